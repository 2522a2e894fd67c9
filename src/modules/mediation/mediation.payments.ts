/**
 * Agreed amounts and their payment days (調解成立). A payment past its last day and not recorded as paid is
 * overdue; the daily job follows each one up once, by e-mail to the worker's side (the applicant, unless the
 * applicant is the employer), in that party's language, saying that the court may order enforcement
 * (勞資爭議處理法 Art. 59, text read as for Arts. 14–16). Staff see the same list on the case.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { resolveLocale } from '../notifications/notifications.templates.ts';
import type { ReferenceData } from '../reference-data/reference-data.ts';
import type { CaseRow, RequestMeta } from './mediation.service.ts';
import type { NoticeSender } from './mediation.sessions.ts';

export const paymentFollowUpJob = 'mediation.payment-follow-up';

type PaymentRow = { position: number; amount: number; due_on: string; paid_on: string | null; followed_up_on: string | null };

export function createMediationPayments(deps: {
  db: Db;
  clock: () => Date;
  referenceData: ReferenceData;
  notices: NoticeSender;
  visibleCase: (staff: StaffPrincipal, id: string, on?: Queryable) => Promise<CaseRow>;
  mayHandle: (staff: StaffPrincipal, row: CaseRow) => boolean;
  today: () => string;
}) {
  const { db, clock } = deps;
  const { referenceData } = deps;
  const { bureau } = referenceData.city;

  return {
    async paymentsOf(tx: Queryable, caseId: string) {
      const day = deps.today();
      const rows = (
        await tx.query<PaymentRow>(
          'SELECT position, amount, due_on::text AS due_on, paid_on::text AS paid_on, followed_up_on::text AS followed_up_on FROM mediation_payments WHERE case_id = $1 ORDER BY position',
          [caseId],
        )
      ).rows;
      return rows.map((p) => ({
        position: p.position, amount: Number(p.amount), dueOn: p.due_on, paidOn: p.paid_on, followedUpOn: p.followed_up_on,
        overdue: p.paid_on === null && day > p.due_on,
      }));
    },

    /** The party says it was paid, or the bureau saw the proof: the day it was paid (audited). */
    async markPaid(staff: StaffPrincipal, id: string, position: number, paidOn: string, meta: RequestMeta) {
      await db.transaction(async (tx) => {
        const row = await deps.visibleCase(staff, id, tx);
        if (!deps.mayHandle(staff, row)) throw new AppError('NOT_ASSIGNED');
        if (paidOn > deps.today() || (row.outcome_on !== null && paidOn < row.outcome_on)) {
          throw new AppError('VALIDATION_FAILED', { fieldIssues: [{ field: 'paidOn', code: 'custom', message: 'validation.step_date' }] });
        }
        const updated = await tx.query('UPDATE mediation_payments SET paid_on = $3 WHERE case_id = $1 AND position = $2 AND paid_on IS NULL', [id, position, paidOn]);
        if (!updated.rowCount) throw new AppError('NOT_FOUND');
        await recordAudit(tx, { actor: { id: staff.id, username: staff.username }, action: 'mediation.payment.paid', recordType: 'mediation-case', recordId: id, requestId: meta.requestId, details: { position } });
      });
    },

    /**
     * The daily run: each payment past its day, unpaid and not yet followed up, gets one e-mail to the
     * worker's side (when it gave an address) and is marked followed up in the same transaction, so a run
     * repeated the same day, or by two instances, sends nothing twice.
     */
    followUpOverduePayments,

    async startWorkers(jobs: JobsService) {
      await jobs.work(paymentFollowUpJob, async () => {
        await followUpOverduePayments();
      });
      // 08:10 in the jobs' time zone (the bureau's): the morning after the last day.
      await jobs.schedule(paymentFollowUpJob, '10 8 * * *');
    },
  };

  async function followUpOverduePayments(): Promise<number> {
      const day = deps.today();
      return db.transaction(async (tx) => {
        const due = (
          await tx.query<{ case_id: string; position: number; amount: number; due_on: string; case_number: string; unit_code: string }>(
            `SELECT p.case_id, p.position, p.amount, p.due_on::text AS due_on, m.case_number, m.unit_code
             FROM mediation_payments p JOIN mediation_cases m ON m.id = p.case_id
             WHERE p.paid_on IS NULL AND p.followed_up_on IS NULL AND p.due_on < cast($1 as date)
             ORDER BY p.due_on, p.case_id, p.position FOR UPDATE OF p SKIP LOCKED`,
            [day],
          )
        ).rows;
        for (const payment of due) {
          const parties = (await tx.query<{ role: string; kind: string; name: string; email: string | null; locale: string }>(
            'SELECT role, kind, name, email, locale FROM mediation_parties WHERE case_id = $1', [payment.case_id],
          )).rows;
          const applicant = parties.find((p) => p.role === 'applicant');
          const worker = applicant && applicant.kind !== 'employer' ? applicant : parties.find((p) => p.role === 'respondent');
          const phone = (await tx.query<{ phone: string }>('SELECT phone FROM mediation_rooms WHERE site_code = $1 ORDER BY code LIMIT 1', [payment.unit_code])).rows[0]?.phone ?? '';
          if (worker?.email) {
            const locale = resolveLocale(worker.locale);
            await deps.notices.notify(tx, {
              recordType: 'mediation-case', recordId: payment.case_id, channel: 'email', template: 'mediation-payment-overdue', locale: worker.locale, to: worker.email,
              params: {
                bureau: referenceData.bureauName(locale), caseNumber: payment.case_number, recipientName: worker.name,
                amount: Number(payment.amount).toLocaleString('en-US'), dueOn: payment.due_on, contactPhone: phone,
              },
            });
          }
          await tx.query('UPDATE mediation_payments SET followed_up_on = $3 WHERE case_id = $1 AND position = $2', [payment.case_id, payment.position, day]);
          await recordAudit(tx, { actor: null, action: 'mediation.payment.follow-up', recordType: 'mediation-case', recordId: payment.case_id, requestId: paymentFollowUpJob, details: { position: payment.position, emailed: Boolean(worker?.email) }, occurredAt: clock() });
        }
        return due.length;
      });
  }
}
