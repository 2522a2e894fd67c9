/**
 * Where a 1955 dispatch stands against its reply deadline. The deadline is the dispatch's own (the hotline
 * sets it when it dispatches the case; the city invents none): a day, inclusive — a reply on the deadline is
 * on time, and the dispatch is overdue from the day after. The officer is reminded on the day before the
 * deadline (and on the deadline day itself when the dispatch arrived too late for that), and once more when
 * it is overdue. Pure: the bureau's calendar day is passed in.
 */
import { addDays } from './migrant-workers.dates.ts';

export type DispatchState = 'open' | 'due-soon' | 'overdue' | 'replied' | 'replied-late';

/** The days before the deadline on which the officer is reminded: the day before (issue 10 §3). */
export const reminderLeadDays = 1;

export function dispatchState(input: { replyDeadline: string; repliedOn: string | null; today: string }): DispatchState {
  const { replyDeadline, repliedOn, today } = input;
  if (repliedOn !== null) return repliedOn <= replyDeadline ? 'replied' : 'replied-late';
  if (today > replyDeadline) return 'overdue';
  if (today >= addDays(replyDeadline, -reminderLeadDays)) return 'due-soon';
  return 'open';
}

/** The reminder due today, if any: `due` the day before the deadline (or on it), `overdue` after it. */
export function dispatchReminder(input: { replyDeadline: string; repliedOn: string | null; today: string }): 'dispatch-due' | 'dispatch-overdue' | null {
  const state = dispatchState(input);
  if (state === 'due-soon') return 'dispatch-due';
  if (state === 'overdue') return 'dispatch-overdue';
  return null;
}

/** The first day a dispatch with this deadline is overdue (for the list's SQL: `reply_deadline < today`). */
export function overdueFrom(replyDeadline: string): string {
  return addDays(replyDeadline, 1);
}
