/**
 * @module programs/deadline
 * A program's deadline counted from the hour of the application, and the moment it is escalated to a
 * supervisor before it passes. Pure: the scheduled job (programs.escalation.ts) and the pages use it.
 *
 * The death consolation (職災死亡慰問金) is paid "within 3 days of the application" (plan 第二部分 三-2):
 * the definition's `decisionDays` is 3, counted as 72 hours from the hour the application was received, as
 * the issue asks, and its `escalation.afterHours` (48, the bureau's working rule) puts it in front of a
 * supervisor while a working day is left.
 */
export type DeadlineRule = { decisionDays: number | null; escalation: { afterHours: number } | null };

export type DeadlineState = {
  /** When the deadline passes; null when the program has none. */
  dueAt: Date | null;
  /** When it is escalated; never later than the deadline itself. */
  escalateAt: Date | null;
  /** `open`: before the escalation point; `escalate`: from it until the deadline; `overdue`: at or after the deadline. */
  state: 'none' | 'open' | 'escalate' | 'overdue';
  /** Whole hours left until the deadline (negative once passed); null without a deadline. */
  hoursLeft: number | null;
};

const hour = 3_600_000;

export function deadlineOf(rule: DeadlineRule, submittedAt: Date, now: Date): DeadlineState {
  const dueAt = rule.decisionDays ? new Date(submittedAt.getTime() + rule.decisionDays * 24 * hour) : null;
  const escalateAt = rule.escalation
    ? new Date(Math.min(submittedAt.getTime() + rule.escalation.afterHours * hour, dueAt?.getTime() ?? Number.POSITIVE_INFINITY))
    : null;
  const hoursLeft = dueAt ? Math.floor((dueAt.getTime() - now.getTime()) / hour) : null;
  let state: DeadlineState['state'] = 'none';
  if (dueAt && now.getTime() >= dueAt.getTime()) state = 'overdue';
  else if (escalateAt && now.getTime() >= escalateAt.getTime()) state = 'escalate';
  else if (dueAt || escalateAt) state = 'open';
  return { dueAt, escalateAt, state, hoursLeft };
}
