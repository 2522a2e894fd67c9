/**
 * Demo data for the consultation centre and the 1955 dispatches, through the module's services: a month
 * and a half of consultations in the five languages and over the topics (one became a complaint, one a
 * mediation case, one a follow-up visit), three dispatches (open, overdue, replied), and the demo officer's
 * address for reminders. Dates are relative to today, so the overdue list always has a row.
 */
import type { Db } from '../../db/client.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { createJobsService } from '../../shared/jobs/jobs.service.ts';
import { createLogger } from '../../shared/logger.ts';
import { createComplaintsService } from '../complaints/complaints.service.ts';
import { createEmployersService } from '../employers/employers.service.ts';
import { createMediationService } from '../mediation/mediation.service.ts';
import { createLogEmailChannel, createLogSmsChannel } from '../notifications/notifications.channels.ts';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { ConsultationInput } from './consultations.contract.ts';
import { createConsultationsService } from './consultations.service.ts';
import { createDispatchesService } from './dispatches-1955.service.ts';
import { addDays } from './migrant-workers.dates.ts';
import { localDay } from './migrant-workers.visits.ts';

type Call = Omit<ConsultationInput, 'consultedAt'> & { daysAgo: number; hour: number };

const calls: Call[] = [
  { channel: 'phone', language: 'vi', topic: 'agency-fees', outcome: 'follow-up', durationMinutes: 22, daysAgo: 1, hour: 10, callerName: 'DEMO NGUYEN THI HOA', callerPhone: '0912-000-101', notes: '仲介每月另收服務費，超過規定上限。' },
  { channel: 'phone', language: 'id', topic: 'wages', outcome: 'advised', durationMinutes: 12, daysAgo: 2, hour: 14, notes: '詢問加班費計算方式，已說明。' },
  { channel: 'chat', language: 'th', topic: 'rest-days', outcome: 'advised', durationMinutes: 8, daysAgo: 3, hour: 20 },
  { channel: 'walk-in', language: 'en', topic: 'transfer-of-employer', outcome: 'referred', durationMinutes: 35, daysAgo: 5, hour: 11, callerName: 'DEMO MARIA SANTOS', callerPhone: '0912-000-102' },
  { channel: 'phone', language: 'vi', topic: 'overtime', outcome: 'advised', durationMinutes: 15, daysAgo: 8, hour: 9 },
  { channel: 'phone', language: 'id', topic: 'abuse', outcome: 'follow-up', durationMinutes: 40, daysAgo: 10, hour: 16, callerName: 'DEMO SITI RAHAYU', callerPhone: '0912-000-103', notes: '雇主言語辱罵，希望轉換雇主。' },
  { channel: 'chat', language: 'zh-TW', topic: 'health-insurance', outcome: 'advised', durationMinutes: 6, daysAgo: 14, hour: 13 },
  { channel: 'phone', language: 'th', topic: 'termination', outcome: 'follow-up', durationMinutes: 28, daysAgo: 20, hour: 10, callerName: 'DEMO SOMCHAI DEE', callerPhone: '0912-000-104', notes: '遭提前解約，未給預告工資。' },
  { channel: 'phone', language: 'vi', topic: 'wages', outcome: 'unresolved', durationMinutes: 18, daysAgo: 33, hour: 15 },
  { channel: 'walk-in', language: 'id', topic: 'other', outcome: 'advised', durationMinutes: 10, daysAgo: 40, hour: 9 },
  { channel: 'chat', language: 'en', topic: 'agency-fees', outcome: 'referred', durationMinutes: 14, daysAgo: 45, hour: 19 },
];

export async function loadMigrantCentreDemo(db: Db, options: { referenceData: ReferenceData; clock: () => Date }): Promise<void> {
  const { referenceData, clock } = options;
  const account = (await db.query<{ id: string; display_name: string }>("SELECT id, display_name FROM staff_users WHERE username = 'migrant-officer'")).rows[0];
  if (!account) return;
  const officer: StaffPrincipal = {
    id: account.id,
    username: 'migrant-officer',
    displayName: account.display_name,
    roles: ['migrant-officer'],
    homeUnit: { kind: 'city', code: null },
    csrfToken: '',
    sessionTokenHash: '',
  };
  const logger = createLogger('silent');
  const notices = createNotificationsService({
    db,
    jobs: createJobsService({ db, logger, timeZone: referenceData.city.bureau.timeZone }),
    clock,
    logger,
    channels: { email: createLogEmailChannel(logger), sms: createLogSmsChannel(logger) },
  });
  const employers = createEmployersService({ db, referenceData });
  const consultations = createConsultationsService({
    db,
    clock,
    referenceData,
    complaints: createComplaintsService({ db, referenceData, clock }),
    mediation: createMediationService({ db, referenceData, clock, employers, notices }),
  });
  const dispatches = createDispatchesService({ db, clock, referenceData });
  const meta = { requestId: 'demo-data', locale: 'zh-TW' as const };
  const today = localDay(clock(), referenceData.city.bureau.timeZone);
  const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;

  const worker = (await db.query<{ id: string }>('SELECT id FROM migrant_workers ORDER BY arrival_date DESC LIMIT 1')).rows[0];
  const ids: string[] = [];
  for (const [index, { daysAgo, hour, ...call }] of calls.entries()) {
    const input: ConsultationInput = { ...call, consultedAt: at(addDays(today, -daysAgo), hour), ...(index === 5 && worker ? { workerId: worker.id } : {}) };
    ids.push((await consultations.create(officer, input, meta)).id);
  }
  // One an hour ago, so that the current month's figures are never empty.
  await consultations.create(
    officer,
    { channel: 'phone', language: 'vi', topic: 'wages', outcome: 'advised', durationMinutes: 9, consultedAt: new Date(clock().getTime() - 3_600_000).toISOString() },
    meta,
  );
  const [agencyFees, , , , , abuse, , termination] = ids;
  if (agencyFees) {
    await consultations.toComplaint(officer, agencyFees, { employerName: '範例精密工業股份有限公司', districtCode: '66000080', description: '仲介每月另收服務費，超過規定上限（諮詢轉申訴）。', withCallerContact: false }, { ...meta, locale: 'vi' });
  }
  if (termination && referenceData.city.mediationSites[0]) {
    await consultations.toMediation(
      officer,
      termination,
      { siteCode: referenceData.city.mediationSites[0].code, respondentName: '範例營造有限公司', claimKind: 'notice-pay', claimAmount: 27470, summary: '提前解約未給預告工資。' },
      meta,
    );
  }
  if (abuse && worker) await consultations.toVisit(officer, abuse, { dueOn: addDays(today, 7) }, meta);

  const dispatch = (number: string, receivedDaysAgo: number, deadlineInDays: number, extra: { workerName: string; passportNumber: string; employerName: string; issue: string }) =>
    dispatches.create(
      officer,
      { dispatchNumber: number, receivedAt: at(addDays(today, -receivedDaysAgo), 9), replyDeadline: addDays(today, deadlineInDays), ...extra },
      meta,
    );
  const stamp = today.replaceAll('-', '');
  await dispatch(`1955-${stamp}-0001`, 1, 6, { workerName: 'DEMO TRAN VAN NAM', passportNumber: 'C3456789', employerName: '範例食品有限公司', issue: '反映宿舍環境不佳，希望轉換雇主。' });
  await dispatch(`1955-${stamp}-0002`, 10, -3, { workerName: 'DEMO DEWI ANGGRAINI', passportNumber: 'B9876543', employerName: '陳雇主', issue: '雇主保管護照與居留證。' });
  const replied = await dispatch(`1955-${stamp}-0003`, 12, -5, { workerName: 'DEMO ANONG SRI', passportNumber: 'AA7654321', employerName: '範例紡織股份有限公司', issue: '詢問休假日出勤工資。' });
  await dispatches.reply(officer, replied.id, { repliedOn: addDays(today, -6), outcome: 'resolved', text: '已電話聯繫勞工並說明休假日工資之計算；雇主已補發差額。' }, meta);

  await dispatches.setStaffContact(officer, officer.id, { email: 'migrant-officer@example.gov.tw', locale: 'zh-TW' }, meta.requestId);
}
