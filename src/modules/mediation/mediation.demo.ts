/**
 * Demo mediation data, through the module's own service: rooms at the six sites, two mediators (the demo
 * `mediator` account, and one of an entrusted organisation, Art. 11 para. 3), and cases at the bureau in
 * each state: one past its appointment deadline, one appointed, one with a session booked, one settled with
 * two instalments, and one on the committee route (Arts. 13–16) whose parties were just notified.
 */
import { addDays } from '#labor-rules';
import type { Db } from '../../db/client.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import { createLogEmailChannel, createLogSmsChannel } from '../notifications/notifications.channels.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import { createJobsService } from '../../shared/jobs/jobs.service.ts';
import { createLogger } from '../../shared/logger.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { MediationApplicationInput } from './mediation.contract.ts';
import { createTranslationsService } from '../translations/translations.service.ts';
import { createMediationService } from './mediation.service.ts';

const day = 86_400_000;

export async function loadMediationDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date }): Promise<void> {
  const logger = createLogger('silent');
  // Jobs are not started here: the delivery jobs are relayed when the server's workers start (ADR 0014).
  const jobs = createJobsService({ db, logger, timeZone: options.referenceData.city.bureau.timeZone });
  const notices = createNotificationsService({ db, jobs, clock: options.clock, logger, channels: { email: createLogEmailChannel(logger), sms: createLogSmsChannel(logger) } });
  // The Vietnamese applicant's notice remarks wait in the interpreters' queue (ADR 0030).
  const translations = createTranslationsService({ db, clock: options.clock });
  const make = (clock: () => Date) =>
    createMediationService({ db, referenceData: options.referenceData, clock, employers: createEmployersService({ db, referenceData: options.referenceData }), notices, translations });
  const mediation = make(options.clock);

  for (const site of options.referenceData.city.mediationSites) {
    const rooms = site.code === 'bureau' ? ['第一調解室', '第二調解室', '第三調解室'] : ['調解室'];
    for (const [index, name] of rooms.entries()) {
      await mediation.addRoom({ siteCode: site.code, code: `r${index + 1}`, name, capacity: 6, phone: '04-2228-9111' });
    }
  }
  await mediation.setCalendarDay({ day: '2027-01-01', isOpen: false, reason: '中華民國開國紀念日', source: '紀念日及節日實施條例第4條' });

  const account = (await db.query<{ id: string; username: string; display_name: string }>("SELECT id, username, display_name FROM staff_users WHERE username IN ('mediator', 'admin') ORDER BY username")).rows;
  const admin = account.find((a) => a.username === 'admin');
  const mediatorUser = account.find((a) => a.username === 'mediator');
  if (!admin || !mediatorUser) return;
  const mediatorId = await mediation.addMediator({ name: mediatorUser.display_name, staffUserId: mediatorUser.id, certificateNumber: '勞調字第 1120001 號', certificateValidUntil: '2028-12-31', languages: ['zh-TW', 'en'] });
  const entrusted = await mediation.addMediator({ name: '鄭調解人', organisation: '臺中市勞資關係協進會', certificateNumber: '勞調字第 1110321 號', certificateValidUntil: '2027-06-30', languages: ['zh-TW', 'vi'] });
  const supervisor: StaffPrincipal = { id: admin.id, username: admin.username, displayName: admin.display_name, roles: ['admin'], homeUnit: { kind: 'city', code: null }, csrfToken: '', sessionTokenHash: '' };
  const meta = { requestId: 'demo-data', locale: 'zh-TW' as const };
  // A declared conflict of interest: this mediator is never appointed to that employer's cases.
  await mediation.declareConflict(supervisor, entrusted, { ubn: '22099131', partyName: 'DEMO 示範精密股份有限公司', reason: '曾任該公司勞資會議顧問', declaredOn: '2026-01-15' }, meta);

  const base = (name: string, claims: MediationApplicationInput['claims'], overrides: Partial<MediationApplicationInput> & { route?: 'mediator' | 'committee' } = {}): MediationApplicationInput => ({
    disputeType: 'rights',
    route: 'mediator',
    siteCode: 'bureau',
    applicant: { kind: 'worker', name, phone: '0912-000-000', email: 'demo-applicant@example.com' },
    respondent: { kind: 'employer', name: '台中好食餐飲有限公司', email: 'demo-employer@example.com' },
    claims,
    summary: '雇主未給付最後一個月工資，且未經預告終止勞動契約。',
    ...overrides,
  });

  const now = options.clock().getTime();
  // Received ten days ago and never appointed: on the overdue list.
  await make(() => new Date(now - 10 * day)).apply(base('DEMO 王小明', [{ kind: 'unpaid-wages', amount: 42000 }]), { staff: null, meta });
  const appointed = await mediation.apply(base('DEMO 李美華', [{ kind: 'overtime', amount: 18000 }], { respondent: { kind: 'employer', name: '大甲機械工業股份有限公司' } }), { staff: supervisor, meta });
  await mediation.appoint(supervisor, appointed.id, mediatorId, meta, '示範資料：指定本局調解人');
  const scheduled = await mediation.apply(base('DEMO NGUYEN VAN AN', [{ kind: 'severance', amount: 90000 }, { kind: 'notice-pay', amount: 30000 }], { applicant: { kind: 'worker', name: 'DEMO NGUYEN VAN AN', phone: '0988-000-000', email: 'demo-worker@example.com', locale: 'vi' } }), { staff: null, meta });
  await mediation.appoint(supervisor, scheduled.id, mediatorId, meta, '示範資料：指定本局調解人');
  const sessionDay = new Date(now + 2 * day);
  while (sessionDay.getUTCDay() === 0 || sessionDay.getUTCDay() === 6) sessionDay.setTime(sessionDay.getTime() + day);
  const startsAt = `${sessionDay.toISOString().slice(0, 10)}T01:30:00Z`; // 09:30 in Taipei
  await mediation.book(
    supervisor,
    scheduled.id,
    { siteCode: 'bureau', room: 'r1', startsAt, minutes: 120, remarks: '請攜帶勞動契約、最近三個月薪資單及居留證。（示範資料）' },
    meta,
  );
  const settled = await mediation.apply(base('DEMO 陳志明', [{ kind: 'pension-contributions', amount: 25000 }], { disputeType: 'rights' }), { staff: supervisor, meta });
  await mediation.appoint(supervisor, settled.id, mediatorId, meta, '示範資料：指定本局調解人');
  await mediation.book(supervisor, settled.id, { siteCode: 'bureau', room: 'r2', startsAt: new Date(now - 60 * 60_000).toISOString(), minutes: 60 }, meta);
  // Agreed in two instalments: the payments list and the follow-up job have something to show.
  await mediation.recordOutcome(
    supervisor,
    settled.id,
    { outcome: 'agreed', outcomeOn: mediation.today(), agreedAmount: 20000, payments: [{ amount: 10000, dueOn: addDays(mediation.today(), 14) }, { amount: 10000, dueOn: addDays(mediation.today(), 45) }] },
    meta,
  );
  // The committee route (Arts. 13–16): the parties were notified today and have 3 days to choose their members.
  const committee = await mediation.apply(
    base('DEMO 台中市餐飲業產業工會', [{ kind: 'other', description: '年終獎金發放標準' }], {
      route: 'committee',
      disputeType: 'adjustment',
      applicant: { kind: 'union', name: 'DEMO 台中市餐飲業產業工會', phone: '04-2222-0000', email: 'demo-union@example.com' },
    }),
    { staff: supervisor, meta },
  );
  await mediation.committeeStep(supervisor, committee.id, { step: 'notified', on: mediation.today() }, meta);
  // Staff deadline reminders (ADR 0042): two days ahead, overdue ones also to the supervisor (the demo admin
  // and mediator accounts have work addresses, demo-data.ts).
  await mediation.setReminderSettings(supervisor, { daysBefore: 2, remindSupervisorWhenOverdue: true }, 'demo-data');
}
