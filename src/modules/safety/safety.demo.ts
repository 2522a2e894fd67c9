/**
 * Demo data of the occupational safety screens, made through the module's own services with their clock set
 * back to when each thing happened: experts of the four partner universities; a certified project, one
 * still running with three months logged, and one refused after a worker was hospitalised; guidance
 * requests (one with improvements, one overdue; one waiting for an expert); a past promotion event with
 * attendance and a training event to come.
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createEvents } from './safety.events.ts';
import { createGuidance } from './safety.guidance.ts';
import { createProjects } from './safety.projects.ts';

const dayMs = 86_400_000;
/** The first day of the month `offset` months from the month of `from`, as `YYYY-MM-DD`. */
const monthStart = (from: Date, offset: number) => {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + offset, 1));
  return d.toISOString().slice(0, 10);
};
/** The last day of that month. */
const monthEnd = (from: Date, offset: number) => new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + offset + 1, 0)).toISOString().slice(0, 10);
const noon = (day: string) => new Date(`${day}T12:00:00+08:00`);

export async function loadSafetyDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date }) {
  const { referenceData } = options;
  const realNow = options.clock();
  let now = realNow;
  const clock = () => now;
  const timeZone = referenceData.city.bureau.timeZone;
  const employers = createEmployersService({ db, referenceData });
  const projects = createProjects({ db, clock, timeZone, employers });
  const guidance = createGuidance({ db, clock, timeZone, employers });
  const events = createEvents({ db, clock });
  const row = (await db.query<{ id: string; display_name: string }>(`SELECT id, display_name FROM staff_users WHERE username = 'safety-officer'`)).rows[0];
  if (!row) return;
  const officer: StaffPrincipal = {
    id: row.id, username: 'safety-officer', displayName: row.display_name, roles: ['safety-officer'], homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '',
  };
  const staff = { kind: 'staff' as const, staff: officer };
  const meta = 'demo-data';
  const district = (name: string) => referenceData.city.districts.find((d) => d.name === name)?.townCode ?? '';
  const employer = async (name: string) => (await db.query<{ ubn: string }>('SELECT ubn FROM employers WHERE name = $1', [name])).rows[0]?.ubn ?? '';
  const at = async <T>(day: string, work: () => Promise<T>) => {
    now = noon(day);
    try {
      return await work();
    } finally {
      now = realNow;
    }
  };

  // Experts of the 安全衛生資源共享平台: one per university (plan 五-2).
  const expertIds: string[] = [];
  for (const [name, university, specialty] of [
    ['李明哲', 'csmu', '職業衛生、化學品暴露評估'],
    ['陳怡君', 'cmu', '職業醫學、人因工程'],
    ['王建宏', 'ctust', '機械安全、營造作業安全'],
    ['張雅惠', 'hk', '安全衛生管理系統'],
  ] as const) {
    expertIds.push((await guidance.addExpert(officer, { name, university, specialty }, meta)).id);
  }

  const contractor = await employer('沙鹿營造股份有限公司');
  const logMonths = async (id: string, from: number, to: number, incidents: (offset: number) => unknown[] = () => []) => {
    for (let offset = from; offset <= to; offset += 1) {
      const month = monthStart(realNow, offset).slice(0, 7);
      await at(monthEnd(realNow, offset), () =>
        projects.addLog(staff, id, { month, workHours: 9_600 + offset * 120, headcount: 48 + offset, incidents: incidents(offset) as never }, meta),
      );
    }
  };

  // 1. Certified: six months of works that ended two months ago, every month logged, no major accident.
  const certified = await at(monthStart(realNow, -6), () =>
    projects.register(staff, {
      name: '臺中市立圖書館沙鹿分館新建工程', ownerName: '臺中市立圖書館', contractorUbn: contractor, contractorName: '沙鹿營造股份有限公司',
      siteAddress: '中山路 300 號', districtCode: district('沙鹿區'), contractValueTwd: 186_000_000,
      startsOn: monthStart(realNow, -6), plannedEndOn: monthEnd(realNow, -2),
    }, meta),
  );
  await logMonths(certified.id, -6, -2, (offset) => (offset === -4 ? [{ occurredOn: `${monthStart(realNow, -4).slice(0, 8)}12`, kind: 'struck-by', deaths: 0, disabledVictims: 1, hospitalised: 0, isDesignated: false, description: '搬運鋼筋時手部挫傷，休養 2 日' }] : []));
  await at(monthEnd(realNow, -2), () => projects.end(staff, certified.id, monthEnd(realNow, -2), meta));
  await at(monthStart(realNow, -1), () => projects.review(officer, certified.id, '月報齊全，現場抽查無重大職業災害。', meta));

  // 2. Running: started three months ago, three months logged.
  const running = await at(monthStart(realNow, -3), () =>
    projects.register(staff, {
      name: '北屯區崇德路社會住宅新建工程', ownerName: '臺中市政府住宅發展工程處', contractorUbn: contractor, contractorName: '沙鹿營造股份有限公司',
      siteAddress: '崇德路三段 88 號', districtCode: district('北屯區'), contractValueTwd: 920_000_000,
      startsOn: monthStart(realNow, -3), plannedEndOn: monthEnd(realNow, 9),
    }, meta),
  );
  await logMonths(running.id, -3, -1);

  // 3. Refused: a worker fell from scaffolding and was hospitalised (職業安全衛生法 §37 II item 3).
  const refused = await at(monthStart(realNow, -5), () =>
    projects.register(staff, {
      name: '梧棲區臨港路倉儲擴建工程', ownerName: '台中港物流股份有限公司', contractorUbn: '04595257', contractorName: '港區營造有限公司',
      siteAddress: '臨港路四段 20 號', districtCode: district('梧棲區'), contractValueTwd: 64_500_000,
      startsOn: monthStart(realNow, -5), plannedEndOn: monthEnd(realNow, -2),
    }, meta),
  );
  await logMonths(refused.id, -5, -2, (offset) => (offset === -2 ? [{ occurredOn: `${monthStart(realNow, -2).slice(0, 8)}08`, kind: 'fall', deaths: 0, disabledVictims: 1, hospitalised: 1, isDesignated: false, description: '施工架組拆作業墜落，送醫住院' }] : []));
  await at(monthEnd(realNow, -2), () => projects.end(staff, refused.id, monthEnd(realNow, -2), meta));
  await at(monthStart(realNow, -1), () => projects.review(officer, refused.id, '發生需住院治療之職業災害，不予認證。', meta));

  // Guidance: a request visited three weeks ago with two improvements (one now overdue), and one waiting.
  const visitedOn = new Date(realNow.getTime() - 21 * dayMs).toISOString().slice(0, 10);
  const foundry = await employer('大里精密鑄造有限公司');
  const textiles = await employer('太平紡織股份有限公司');
  const asked = await at(new Date(realNow.getTime() - 30 * dayMs).toISOString().slice(0, 10), () =>
    guidance.request(staff, { employerUbn: foundry, employerName: '大里精密鑄造有限公司', districtCode: district('大里區'), siteAddress: '仁化路 55 號', topic: '熔爐作業區高溫及噪音危害改善' }, meta),
  );
  await at(visitedOn, () => guidance.assign(officer, asked.id, expertIds[2]!, meta));
  await at(visitedOn, () =>
    guidance.recordVisit(officer, asked.id, {
      visitedOn, notes: '與廠長及安全衛生管理員會同巡視熔爐區與成品倉。',
      hazards: [
        { hazard: '熔爐區未設隔熱屏障', improvement: '設置隔熱屏障並提供防護具', dueOn: new Date(realNow.getTime() - 7 * dayMs).toISOString().slice(0, 10) },
        { hazard: '成品倉通道堆放料件', improvement: '清除通道並劃設標線', dueOn: new Date(realNow.getTime() + 14 * dayMs).toISOString().slice(0, 10) },
      ],
      checks: [],
    }, meta),
  );
  await at(new Date(realNow.getTime() - 3 * dayMs).toISOString().slice(0, 10), () =>
    guidance.request(staff, { employerUbn: textiles, employerName: '太平紡織股份有限公司', districtCode: district('太平區'), siteAddress: '中興東路 12 號', topic: '紡織機捲夾危害診斷' }, meta),
  );

  // Events: a promotion held last month (with attendance) and a training in two weeks.
  const pastDay = new Date(realNow.getTime() - 25 * dayMs).toISOString().slice(0, 10);
  const past = await at(new Date(realNow.getTime() - 40 * dayMs).toISOString().slice(0, 10), () =>
    events.create(officer, { kind: 'promotion', title: '營造工地職災案例宣導會', startsAt: `${pastDay}T14:00:00+08:00`, endsAt: `${pastDay}T16:30:00+08:00`, venue: '臺中市政府勞工局 3 樓會議室', districtCode: district('西屯區'), capacity: 80 }, meta),
  );
  for (const [name, organisation] of [['林志明', '沙鹿營造股份有限公司'], ['黃秀英', '港區營造有限公司'], ['陳冠宇', '大里精密鑄造有限公司']] as const) {
    const registered = await at(new Date(realNow.getTime() - 30 * dayMs).toISOString().slice(0, 10), () => events.register(officer, past.id, { attendeeName: name, organisation }, meta));
    if (name !== '陳冠宇') await at(pastDay, () => events.markAttended(officer, past.id, registered.id, meta));
  }
  const nextDay = new Date(realNow.getTime() + 14 * dayMs).toISOString().slice(0, 10);
  const upcoming = await events.create(officer, { kind: 'training', title: '安全衛生家族：高處作業安全教育訓練', startsAt: `${nextDay}T09:00:00+08:00`, endsAt: `${nextDay}T12:00:00+08:00`, venue: '豐原區公所 5 樓禮堂', districtCode: district('豐原區'), capacity: 60 }, meta);
  await events.register(officer, upcoming.id, { attendeeName: '吳家豪', organisation: '沙鹿營造股份有限公司' }, meta);
}
