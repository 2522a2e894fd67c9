/**
 * @module programs/escalate
 * Escalation of open applications that reached the point their definition names (programs.deadline.ts),
 * run by the scheduled job in programs.escalation.ts.
 */
import type { Db, Queryable } from '../../db/client.ts';
import type { JsonValue } from '../../db/database.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { deadlineOf } from './programs.deadline.ts';
import type { Definition } from './programs.definitions.ts';
import type { DecisionNotices } from './programs.notices.ts';

type AddEvent = (tx: Queryable, applicationId: string, kind: string, status: string, actor: StaffPrincipal | null) => Promise<void>;

export function createEscalation({ db, clock, addEvent, notices }: { db: Db; clock: () => Date; addEvent: AddEvent; notices?: DecisionNotices | undefined }) {
  return {
  /**
   * Escalates, once, every open application (submitted, or approved and not paid yet) whose definition
   * version has an escalation rule and that reached its escalation point (programs.deadline.ts): marks it
   * (the staff page shows it), records the event and the audit line, and mails the supervisor's mailbox
   * the definition names, all in one transaction. Returns the ids newly escalated. The scheduled job
   * (programs.escalation.ts) runs it; running it twice escalates nothing twice.
   */
  async escalateDue(): Promise<string[]> {
    const now = clock();
    return db.transaction(async (tx) => {
      const candidates = await tx.query<{ id: string; status: string; submitted_at: Date; decision_days: number | null; escalation: JsonValue; names: Record<string, string> }>(
        `SELECT a.id, a.status, a.submitted_at, d.decision_days, d.escalation, d.names FROM program_applications a
           JOIN program_definitions d ON d.id = a.definition_id
          WHERE a.status IN ('submitted', 'approved') AND a.escalated_at IS NULL AND d.escalation IS NOT NULL
          ORDER BY a.submitted_at, a.id
          FOR UPDATE OF a SKIP LOCKED`,
      );
      const escalated: string[] = [];
      for (const row of candidates.rows) {
        const rule = row.escalation as unknown as NonNullable<Definition['escalation']>;
        const state = deadlineOf({ decisionDays: row.decision_days, escalation: rule }, row.submitted_at, now);
        if (state.state !== 'escalate' && state.state !== 'overdue') continue;
        await tx.query('UPDATE program_applications SET escalated_at = $2 WHERE id = $1', [row.id, now]);
        await addEvent(tx, row.id, 'escalated', row.status, null);
        await recordAudit(tx, {
          actor: null,
          action: 'program.escalate',
          recordType: 'program_application',
          recordId: row.id,
          details: { afterHours: rule.afterHours, dueAt: state.dueAt?.toISOString() ?? null },
          occurredAt: now,
        });
        if (notices && rule.notifyEmail && state.dueAt) {
          await notices.queueEscalation(tx, rule.notifyEmail, { applicationId: row.id, programName: row.names, receivedAt: row.submitted_at, dueAt: state.dueAt, hoursLeft: state.hoursLeft ?? 0 });
        }
        escalated.push(row.id);
      }
      return escalated;
    });
  },
  };
}
