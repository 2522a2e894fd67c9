/**
 * Demo data of the youth screens, made through the module's own services: counselling slots in the coming
 * days (some booked), a slot of last week with a session record and a no-show, events (one to come, one
 * held with attendance and feedback) and a summer-job placement. The counsellor is the demo
 * `employment-officer`. Past records are made with the service's clock set back two weeks, as they were.
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { createLogger } from '../../shared/logger.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createLogEmailChannel, createLogSmsChannel } from '../notifications/notifications.channels.ts';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createYouthService } from './youth.service.ts';

const dayMs = 86_400_000;
/** 10:00 in Taichung, `days` from the day of `from`. */
const tenOClock = (from: Date, days: number, hour = 10) => {
  const day = new Date(from.getTime() + 8 * 3_600_000 + days * dayMs).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
};

export async function loadYouthDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date }) {
  const realNow = options.clock();
  let now = new Date(realNow.getTime() - 14 * dayMs);
  const clock = () => now;
  const logger = createLogger('silent');
  // Without started jobs the outbox rows wait; nothing is mailed while the demo loads.
  const notifications = createNotificationsService({
    db,
    jobs: { started: false, send: async () => null },
    clock,
    channels: { email: createLogEmailChannel(logger), sms: createLogSmsChannel(logger) },
    logger,
  });
  const employers = createEmployersService({ db, referenceData: options.referenceData });
  const youth = createYouthService({
    db,
    clock,
    timeZone: options.referenceData.city.bureau.timeZone,
    bureauName: () => options.referenceData.city.bureau.name,
    notifications,
    employers,
  });
  const row = (await db.query<{ id: string; display_name: string }>(`SELECT id, display_name FROM staff_users WHERE username = 'employment-officer'`)).rows[0];
  if (!row) return;
  const counsellor: StaffPrincipal = {
    id: row.id,
    username: 'employment-officer',
    displayName: row.display_name,
    roles: ['employment-officer'],
    homeUnit: { kind: 'station', code: 'dajia' },
    csrfToken: '',
    sessionTokenHash: '',
  };
  const meta = 'demo-data';
  const venue = '臺中市職涯發展中心 諮詢室 A';
  const dali = '66000280';
  const young = (name: string, email: string, birthDate: string, districtCode = dali) => ({ name, email, birthDate, districtCode, locale: 'zh-TW' as const });

  // Last week (made two weeks ago, as it was booked then).
  const past = await youth.bookings.createSlot(counsellor, { startsAt: tenOClock(realNow, -7), minutes: 60, venue, capacity: 2 }, meta);
  await youth.bookings.book(past.id, young('李思妤', 'siyu.li@example.tw', '2003-04-18'), undefined, meta);
  await youth.bookings.book(past.id, young('周柏宇', 'boyu.zhou@example.tw', '1999-11-02', '66000140'), undefined, meta);
  const held = await youth.events.create(
    counsellor,
    { kind: 'exploration', title: '校園職涯探索：職場達人秀', startsAt: tenOClock(realNow, -5, 14), venue: '國立臺中科技大學 中正大樓', districtCode: '66000050', capacity: 80 },
    meta,
  );
  const heldCodes: string[] = [];
  for (const [name, email, birth] of [['許家瑜', 'jiayu.xu@example.tw', '2004-02-09'], ['蕭宇翔', 'yuxiang.hsiao@example.tw', '2003-08-30'], ['鄭心怡', 'xinyi.zheng@example.tw', '2005-01-15']] as const) {
    heldCodes.push((await youth.events.register(held.id, young(name, email, birth), meta)).code);
  }

  // Today: the sessions and the attendance of last week are recorded.
  now = realNow;
  const pastDetail = await youth.bookings.slotDetail(past.id);
  const [first, second] = pastDetail.bookings;
  if (first) await youth.bookings.recordSession(counsellor, first.id, { assessment: '職業興趣量表：社會型、企業型較高。', resumeReview: '自傳偏長，建議聚焦社團幹部經驗。', plan: '報名職場體驗；兩週後再約諮詢。' }, meta);
  if (second) await youth.bookings.recordNoShow(counsellor, second.id, meta);
  const heldDetail = await youth.events.detail(held.id);
  await youth.events.recordAttendance(counsellor, held.id, heldDetail.registrations.slice(0, 2).map((r) => r.id), meta);
  for (const code of heldCodes) {
    try {
      await youth.events.feedback({ code, rating: 5, text: '講者分享很實際，希望多辦。' }, meta);
      break;
    } catch {
      // Only those who attended may give feedback; the first of them does.
    }
  }

  // The coming days: open slots (one almost full) and an event with places.
  for (const [days, hour, capacity] of [[2, 10, 1], [2, 14, 1], [3, 10, 3], [5, 15, 1], [8, 10, 1]] as const) {
    await youth.bookings.createSlot(counsellor, { startsAt: tenOClock(realNow, days, hour), minutes: 60, venue, capacity }, meta);
  }
  const busy = await youth.bookings.createSlot(counsellor, { startsAt: tenOClock(realNow, 4), minutes: 90, venue: '臺中市職涯發展中心 團體諮詢室', capacity: 4 }, meta);
  await youth.bookings.book(busy.id, young('賴冠廷', 'guanting.lai@example.tw', '2002-06-06'), undefined, meta);
  const employerId = (await db.query<{ id: string }>('SELECT id FROM employers ORDER BY ubn LIMIT 1')).rows[0]?.id;
  await youth.events.create(
    counsellor,
    { kind: 'visit', title: '精密機械產業企業參訪', startsAt: tenOClock(realNow, 10, 13), venue: '大里區工業園區', districtCode: dali, ...(employerId ? { employerId } : {}), capacity: 30 },
    meta,
  );

  // A summer job for a demo person in the youth ages, at the minimum hourly wage in force or above.
  const student = (await db.query<{ id_number: string }>(`SELECT id_number FROM people WHERE name = '張雅婷'`)).rows[0];
  if (student && employerId) {
    const year = realNow.getUTCFullYear();
    await youth.summerJobs.create(
      counsellor,
      {
        personIdNumber: student.id_number,
        school: '國立中興大學',
        householdStatus: 'middle-low-income',
        householdDocument: { number: `中市中低字第${year - 1911}0001號`, issuedOn: `${year}-01-10` },
        employerId,
        startOn: `${year}-07-01`,
        endOn: `${year}-08-31`,
        hours: 240,
        hourlyWage: 200,
      },
      meta,
    );
  }
}
