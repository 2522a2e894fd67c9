/**
 * The deadlines of both routes of 勞資爭議處理法 Art. 11 para. 1.
 *
 * The mediator route's deadlines (勞資爭議處理法 Art. 12, text of 2021-04-28, confirmed at
 * https://laws.mol.gov.tw/FLAW/FLAWDOC01.aspx?flno=12&id=FL014924):
 * - para. 1: the authority appoints the mediator within 3 days of receiving the application;
 * - para. 2: the mediator starts mediating within 7 days of the appointment;
 * - para. 5: the mediator makes a proposal within 10 days of starting.
 *
 * The committee route's (Arts. 14–16; text read in the law database's open data, law.moj.gov.tw
 * N0020007, as copied at github.com/kong0107/mojLawSplitJSON FalV/N0020007.json; docs/labor-relations.md
 * says why that copy is trusted):
 * - Art. 14 para. 1: each party chooses its member within 3 days of receiving the bureau's notice; when the
 *   period ends without a choice, the bureau designates the member;
 * - Art. 15: the committee is formed and its meeting convened within 14 days of the day the members were
 *   all chosen or designated;
 * - Art. 16 para. 1: the member the committee sends to investigate reports the facts and a proposed
 *   solution within 10 days of being sent ("除有特殊情形外": staff record the special circumstance);
 * - Art. 16 para. 2: the committee meets within 15 days of receiving the report, extendable by 7 days
 *   when necessary or when both parties agree.
 * Art. 14 sets no period for sending the notice itself, so none is shown.
 *
 * How the days are counted (行政程序法 Art. 48, the general rule for periods of administrative
 * procedure, as the law itself is silent): calendar days; the day of the event is not counted
 * (para. 2), so "within 3 days of receipt on the 2nd" ends on the 5th; a period whose last day is a
 * Sunday, a national holiday or another day the bureau is closed ends on the next working day, and one
 * ending on a Saturday ends on the following Monday (para. 4). Closed days other than weekends
 * (national holidays, typhoon closures) are data the bureau enters, with their source; a Saturday
 * announced as a make-up working day (補行上班日) is entered as open and is then not skipped.
 */
import { addDays } from '#labor-rules';

export type DeadlineKind =
  | 'appoint-mediator'
  | 'start-mediation'
  | 'mediation-proposal'
  | 'choose-members'
  | 'convene-committee'
  | 'investigation-report'
  | 'committee-meeting';

export type Route = 'mediator' | 'committee';

/**
 * Which text a figure was read in (checked again on 2026-12-01 with the search tool, docs/labor-relations.md):
 * - `official-2021`: the official text in force, 勞資爭議處理法 as amended 2021-04-28 (民國110年04月28日修正),
 *   on laws.mol.gov.tw (Art. 12: FLAWDOC01.aspx?flno=12&id=FL014924);
 * - `open-data-2015`: the law database's open data copy whose latest change is 2015-07-01. The 2021 text of
 *   these articles was not found in the stored sources, nor the list of articles the 2021 amendment changed, so
 *   they are NOT confirmed against the law in force; the bureau must check them before real use.
 */
export type TextChecked = 'official-2021' | 'open-data-2015';

/** The article each deadline comes from, as shown next to it, and the text its figure was read in. */
export const deadlineRules = {
  'appoint-mediator': { days: 3, article: '勞資爭議處理法第12條第1項', text: 'official-2021' },
  'start-mediation': { days: 7, article: '勞資爭議處理法第12條第2項', text: 'official-2021' },
  'mediation-proposal': { days: 10, article: '勞資爭議處理法第12條第5項', text: 'official-2021' },
  'choose-members': { days: 3, article: '勞資爭議處理法第14條第1項', text: 'open-data-2015' },
  'convene-committee': { days: 14, article: '勞資爭議處理法第15條', text: 'open-data-2015' },
  'investigation-report': { days: 10, article: '勞資爭議處理法第16條第1項', text: 'open-data-2015' },
  'committee-meeting': { days: 15, article: '勞資爭議處理法第16條第2項', text: 'open-data-2015' },
} as const satisfies Record<DeadlineKind, { days: number; article: string; text: TextChecked }>;

/** Art. 16 para. 2: the meeting may be put off by 7 days, once (the 7 days are added to the 15 before the last day is moved off a closed day). */
export const committeeMeetingExtensionDays = 7;

export const dueDateRuleArticle = '行政程序法第48條第2項、第4項';

/** The bureau's calendar: days it is closed besides weekends, and Saturdays it works. */
export type BureauCalendar = { closedDays: ReadonlySet<string>; openSaturdaysAndSundays: ReadonlySet<string> };

export const weekendOnlyCalendar: BureauCalendar = { closedDays: new Set(), openSaturdaysAndSundays: new Set() };

function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function isClosed(day: string, calendar: BureauCalendar): boolean {
  if (calendar.closedDays.has(day)) return true;
  const dow = weekday(day);
  return (dow === 0 || dow === 6) && !calendar.openSaturdaysAndSundays.has(day);
}

/** The last day of a period of `days` days counted from the day after `from` (Art. 48 paras. 2 and 4). */
export function periodEnd(from: string, days: number, calendar: BureauCalendar): string {
  let end = addDays(from, days);
  // A whole week of closed days cannot happen in practice; the bound keeps bad data from looping forever.
  for (let guard = 0; guard < 60 && isClosed(end, calendar); guard += 1) end = addDays(end, 1);
  return end;
}

export type Deadline = { kind: DeadlineKind; dueOn: string; article: string; metOn: string | null };

/** The events of a case that start and meet the deadlines, as calendar days (YYYY-MM-DD). */
export type CaseDates = {
  receivedOn: string;
  appointedOn: string | null;
  startedOn: string | null;
  proposalOn: string | null;
  /** The committee route only. */
  committee?: {
    /** The day the parties received the notice to choose their members. */
    notifiedOn: string | null;
    /** The day the last member was chosen or designated. */
    membersOn: string | null;
    investigatorOn: string | null;
    reportOn: string | null;
    meetingExtended: boolean;
    meetingOn: string | null;
  };
};

/** Each deadline that has begun to run, with the day that met it, if any. */
export function caseDeadlines(dates: CaseDates, calendar: BureauCalendar): Deadline[] {
  const deadline = (kind: DeadlineKind, from: string, metOn: string | null): Deadline => ({
    kind,
    dueOn: periodEnd(from, deadlineRules[kind].days, calendar),
    article: deadlineRules[kind].article,
    metOn,
  });
  if (dates.committee) return committeeDeadlines(dates, dates.committee, calendar);
  const list = [deadline('appoint-mediator', dates.receivedOn, dates.appointedOn)];
  if (dates.appointedOn) list.push(deadline('start-mediation', dates.appointedOn, dates.startedOn));
  if (dates.startedOn) list.push(deadline('mediation-proposal', dates.startedOn, dates.proposalOn));
  return list;
}

function committeeDeadlines(dates: CaseDates, steps: NonNullable<CaseDates['committee']>, calendar: BureauCalendar): Deadline[] {
  const deadline = (kind: DeadlineKind, from: string, metOn: string | null, extraDays = 0): Deadline => ({
    kind,
    dueOn: periodEnd(from, deadlineRules[kind].days + extraDays, calendar),
    article: deadlineRules[kind].article,
    metOn,
  });
  const list: Deadline[] = [];
  if (steps.notifiedOn) list.push(deadline('choose-members', steps.notifiedOn, steps.membersOn));
  // The committee convenes at its first meeting with the parties: the first session booked.
  if (steps.membersOn) list.push(deadline('convene-committee', steps.membersOn, dates.startedOn));
  if (steps.investigatorOn) list.push(deadline('investigation-report', steps.investigatorOn, steps.reportOn));
  if (steps.reportOn) list.push(deadline('committee-meeting', steps.reportOn, steps.meetingOn, steps.meetingExtended ? committeeMeetingExtensionDays : 0));
  return list;
}

/** The last day for the committee meeting after the report (Art. 16 para. 2), extended or not. */
export function committeeMeetingDue(reportOn: string, extended: boolean, calendar: BureauCalendar): string {
  return periodEnd(reportOn, deadlineRules['committee-meeting'].days + (extended ? committeeMeetingExtensionDays : 0), calendar);
}

/** A deadline is overdue on `today` when its last day has passed and nothing met it. */
export function isOverdue(deadline: Deadline, today: string): boolean {
  return deadline.metOn === null && today > deadline.dueOn;
}

/** A deadline met after its last day: kept on the record (statistics), not in the overdue list. */
export function metLate(deadline: Deadline): boolean {
  return deadline.metOn !== null && deadline.metOn > deadline.dueOn;
}
