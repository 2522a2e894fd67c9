/**
 * The life of a complaint and its two deadlines, as pure functions of the status and the clock.
 *
 * received → assigned → investigating → replied → closed, or transferred to another authority (with a
 * notice the complainant reads). A supervisor assigns (and may reassign before the investigation
 * starts); the assigned inspector does everything after.
 */

export const complaintStatuses = ['received', 'assigned', 'investigating', 'replied', 'closed', 'transferred'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

export const complaintActions = ['investigate', 'notify', 'reply', 'close', 'transfer'] as const;
export type ComplaintAction = (typeof complaintActions)[number];

export type EventKind = 'received' | 'assigned' | 'investigating' | 'notice' | 'replied' | 'closed' | 'transferred';

/** What the assigned inspector may do from each status, and where it leads (`notify` keeps the status). */
const actionRules: Record<ComplaintAction, { from: readonly ComplaintStatus[]; to: ComplaintStatus | 'same'; kind: EventKind }> = {
  investigate: { from: ['assigned'], to: 'investigating', kind: 'investigating' },
  notify: { from: ['assigned', 'investigating'], to: 'same', kind: 'notice' },
  reply: { from: ['investigating'], to: 'replied', kind: 'replied' },
  close: { from: ['replied'], to: 'closed', kind: 'closed' },
  transfer: { from: ['assigned', 'investigating'], to: 'transferred', kind: 'transferred' },
};

export const assignableFrom: readonly ComplaintStatus[] = ['received', 'assigned'];

/** The next status, or undefined when the action is not allowed from `status` (a 409). */
export function nextStatus(status: ComplaintStatus, action: ComplaintAction): { status: ComplaintStatus; kind: EventKind } | undefined {
  const rule = actionRules[action];
  if (!rule.from.includes(status)) return undefined;
  return { status: rule.to === 'same' ? status : rule.to, kind: rule.kind };
}

export function allowedActions(status: ComplaintStatus): ComplaintAction[] {
  return complaintActions.filter((action) => actionRules[action].from.includes(status));
}

/** Statuses whose deadlines still run: the reply has not been sent and the case is still ours. */
export const openStatuses: readonly ComplaintStatus[] = ['received', 'assigned', 'investigating'];

/** Labor Inspection Act Art. 33 para. 1: the inspection result is notified within 14 days. */
export const noticeDays = 14;
/** 勞動基準法檢舉案件保密及處理辦法: a written reply within 60 days. */
export const replyDays = 60;

/** The calendar day an instant falls on in the bureau's time zone, as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Due dates counted in calendar days from the day after receipt (Administrative Procedure Act Art. 48:
 * the first day is not counted); the deadline runs to the end of the due day.
 */
export function dueDates(receivedAt: Date, timeZone: string): { noticeDueOn: string; replyDueOn: string } {
  const day = localDate(receivedAt, timeZone);
  return { noticeDueOn: addDays(day, noticeDays), replyDueOn: addDays(day, replyDays) };
}

export type Deadline = 'notice' | 'reply';

/** Which deadlines a complaint has missed on `today` (a Taiwan calendar day). */
export function overdueDeadlines(
  complaint: { status: ComplaintStatus; noticeDueOn: string; replyDueOn: string; noticeSent: boolean },
  today: string,
): Deadline[] {
  if (!openStatuses.includes(complaint.status)) return [];
  const missed: Deadline[] = [];
  if (!complaint.noticeSent && today > complaint.noticeDueOn) missed.push('notice');
  if (today > complaint.replyDueOn) missed.push('reply');
  return missed;
}
