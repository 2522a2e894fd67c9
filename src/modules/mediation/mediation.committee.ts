/**
 * The committee route (勞資爭議處理法 Arts. 13–16; deadlines in mediation.deadlines.ts). Staff record each step
 * with the day it happened; each step stores the last day of the period it starts, so the overdue list stays
 * one query. The chair (a bureau member from the mediators registry) takes the mediator's place for bookings,
 * so a committee meeting never double-books the chair or the room either.
 */
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { CommitteeStepInput } from './mediation.contract.ts';
import { committeeMeetingDue, deadlineRules, periodEnd, type BureauCalendar } from './mediation.deadlines.ts';
import type { CaseRow, RequestMeta } from './mediation.service.ts';

type MemberRow = { position: number; seat: 'bureau' | 'applicant' | 'respondent'; name: string; designated: boolean; is_chair: boolean };

export function createCommitteeSteps(deps: {
  db: Db;
  clock: () => Date;
  loadCalendar: (on?: Queryable) => Promise<BureauCalendar>;
  visibleCase: (staff: StaffPrincipal, id: string, on?: Queryable) => Promise<CaseRow>;
  today: () => string;
}) {
  const { db, clock } = deps;
  const invalid = (locale: Locale, field: string, message: string, params: Record<string, string> = {}) =>
    new AppError('VALIDATION_FAILED', { fieldIssues: [{ field, code: 'custom', message: translate(locale, message, params) }] });

  /** A step's day: not in the future, and not before the step it follows. */
  function checkDay(locale: Locale, on: string, after: string | null) {
    if (on > deps.today() || (after !== null && on < after)) throw invalid(locale, 'on', 'validation.step_date');
  }

  async function stepRow(tx: Queryable, id: string) {
    return (
      await tx.query<{ members_due_on: string | null; report_due_on: string | null }>(
        'SELECT members_due_on::text AS members_due_on, report_due_on::text AS report_due_on FROM mediation_cases WHERE id = $1',
        [id],
      )
    ).rows[0]!;
  }

  return {
    async committeeOf(tx: Queryable, row: CaseRow) {
      const members = (
        await tx.query<MemberRow>('SELECT position, seat, name, designated, is_chair FROM mediation_committee_members WHERE case_id = $1 ORDER BY position', [row.id])
      ).rows;
      return {
        members: members.map((m) => ({ seat: m.seat, name: m.name, designated: m.designated, chair: m.is_chair })),
        specialCircumstance: row.special_circumstance,
        meetingExtensionReason: row.meeting_extension_reason,
      };
    },

    /** One step of the committee route, by the supervising role; audited in the same transaction. */
    async committeeStep(staff: StaffPrincipal, id: string, input: CommitteeStepInput, meta: RequestMeta) {
      await db.transaction(async (tx) => {
        await tx.query('SELECT id FROM mediation_cases WHERE id = $1 FOR UPDATE', [id]);
        const row = await deps.visibleCase(staff, id, tx);
        if (row.route !== 'committee' || row.status === 'closed') throw new AppError('INVALID_TRANSITION');
        const calendar = await deps.loadCalendar(tx);
        const due = await stepRow(tx, id);
        const { locale } = meta;
        switch (input.step) {
          case 'notified': {
            // Art. 14 para. 1: the 3 days run from the day the parties received the notice.
            if (row.notified_on !== null) throw new AppError('INVALID_TRANSITION');
            checkDay(locale, input.on, row.received_on);
            await tx.query('UPDATE mediation_cases SET notified_on = $2, members_due_on = $3, updated_at = $4 WHERE id = $1', [
              id, input.on, periodEnd(input.on, deadlineRules['choose-members'].days, calendar), clock(),
            ]);
            break;
          }
          case 'members': {
            if (row.notified_on === null || row.members_on !== null) throw new AppError('INVALID_TRANSITION');
            checkDay(locale, input.on, row.notified_on);
            // The bureau designates a party's member only once that party's period has run out without a choice.
            for (const seat of ['applicant', 'respondent'] as const) {
              if (input[seat].designated && input.on <= due.members_due_on!) {
                throw invalid(locale, `${seat}.designated`, 'validation.committee_designation_early', { dueOn: due.members_due_on! });
              }
            }
            const bureauIds = [input.chairMediatorId, ...(input.otherBureauMediatorIds ?? [])];
            if (new Set(bureauIds).size !== bureauIds.length) throw invalid(locale, 'otherBureauMediatorIds', 'validation.committee_members');
            const found = (
              await tx.query<{ id: string; name: string }>(
                'SELECT id, name FROM mediators WHERE id = ANY($1::uuid[]) AND is_active AND (certificate_valid_until IS NULL OR certificate_valid_until >= $2)',
                [bureauIds, deps.today()],
              )
            ).rows;
            if (found.length !== bureauIds.length) throw invalid(locale, 'chairMediatorId', 'validation.mediator');
            const conflict = (
              await tx.query(
                'SELECT 1 FROM mediator_conflicts c JOIN mediation_parties p ON p.case_id = $1 AND p.id_number = c.ubn WHERE c.mediator_id = ANY($2::uuid[]) LIMIT 1',
                [id, bureauIds],
              )
            ).rowCount;
            if (conflict) throw new AppError('MEDIATOR_CONFLICT');
            let position = 0;
            for (const mediatorId of bureauIds) {
              const name = found.find((m) => m.id === mediatorId)!.name;
              await tx.query(
                `INSERT INTO mediation_committee_members (case_id, position, seat, name, mediator_id, designated, is_chair) VALUES ($1, $2, 'bureau', $3, $4, false, $5)`,
                [id, position, name, mediatorId, position === 0],
              );
              position += 1;
            }
            for (const seat of ['applicant', 'respondent'] as const) {
              await tx.query('INSERT INTO mediation_committee_members (case_id, position, seat, name, designated) VALUES ($1, $2, $3, $4, $5)', [
                id, position, seat, input[seat].name, input[seat].designated,
              ]);
              position += 1;
            }
            // Art. 15: formed and convened within 14 days; the chair books the sessions as a mediator would.
            await tx.query(
              `UPDATE mediation_cases SET members_on = $2, mediator_id = $3, appointed_on = $2, start_due_on = $4, status = 'appointed', updated_at = $5 WHERE id = $1`,
              [id, input.on, input.chairMediatorId, periodEnd(input.on, deadlineRules['convene-committee'].days, calendar), clock()],
            );
            break;
          }
          case 'investigator': {
            if (row.members_on === null || row.investigator_on !== null) throw new AppError('INVALID_TRANSITION');
            checkDay(locale, input.on, row.members_on);
            await tx.query('UPDATE mediation_cases SET investigator_on = $2, report_due_on = $3, updated_at = $4 WHERE id = $1', [
              id, input.on, periodEnd(input.on, deadlineRules['investigation-report'].days, calendar), clock(),
            ]);
            break;
          }
          case 'report': {
            if (row.investigator_on === null || row.report_on !== null) throw new AppError('INVALID_TRANSITION');
            checkDay(locale, input.on, row.investigator_on);
            // Art. 16 para. 1 allows a later report only for a special circumstance, which is then on the record.
            const late = input.on > due.report_due_on!;
            if (late && !input.specialCircumstance) throw invalid(locale, 'specialCircumstance', 'validation.committee_report_late', { dueOn: due.report_due_on! });
            await tx.query(
              'UPDATE mediation_cases SET report_on = $2, meeting_due_on = $3, special_circumstance = $4, updated_at = $5 WHERE id = $1',
              [id, input.on, committeeMeetingDue(input.on, false, calendar), late ? input.specialCircumstance : null, clock()],
            );
            break;
          }
          case 'extend': {
            // Art. 16 para. 2: once, by 7 days, when necessary or when both parties agree.
            if (row.report_on === null || row.meeting_on !== null || row.meeting_extension_reason !== null) throw new AppError('INVALID_TRANSITION');
            await tx.query('UPDATE mediation_cases SET meeting_extension_reason = $2, meeting_due_on = $3, updated_at = $4 WHERE id = $1', [
              id, input.reason, committeeMeetingDue(row.report_on, true, calendar), clock(),
            ]);
            break;
          }
          case 'meeting': {
            if (row.report_on === null || row.meeting_on !== null) throw new AppError('INVALID_TRANSITION');
            checkDay(locale, input.on, row.report_on);
            await tx.query('UPDATE mediation_cases SET meeting_on = $2, updated_at = $3 WHERE id = $1', [id, input.on, clock()]);
            break;
          }
        }
        await recordAudit(tx, {
          actor: { id: staff.id, username: staff.username }, action: `mediation.committee.${input.step}`, recordType: 'mediation-case', recordId: id, requestId: meta.requestId,
        });
      });
    },
  };
}
