/**
 * 大量解僱勞工保護法 (Act for Worker Protection of Mass Redundancy): whether a planned layoff is "mass" (Art. 2),
 * whether the plan was notified early enough (Art. 4 para. 1), and the negotiation's deadlines (Arts. 5, 6).
 *
 * The figures of Arts. 2, 4 and 5 are NOT constants here: their current official text was not retrieved
 * (docs/labor-relations.md, ADR 0037), so staff enter them as a rule set with its source and the rules take
 * it as input. Only Art. 6, read on law.moj.gov.tw (pcode N0020012), gives fixed figures used below.
 */
import { RuleInputError } from '../errors.ts';
import { addDays, assertPlainDate, compareDates, daysBetween, type PlainDate } from '../plain-date.ts';

/** "More than" a count, or "more than" a fraction of the site's headcount (integers, so no float rounding). */
export type DismissalLimit = { kind: 'count'; count: number } | { kind: 'fraction'; numerator: number; denominator: number };

/** One item of Art. 2 para. 1 for a site of a size: headcount from `minHeadcount` up to `maxHeadcount` (exclusive; null = no upper end). */
export type SiteBand = {
  item: number;
  minHeadcount: number;
  maxHeadcount: number | null;
  /** Dismissals within the window (e.g. 60 days) must be more than this. */
  withinWindow: DismissalLimit;
  /** Or dismissals on a single day more than this; null when the item has no single-day test. */
  singleDayOver: number | null;
};

/** The item that counts the whole enterprise (all its sites together). */
export type EnterpriseLimit = { item: number; withinWindowOver: number; singleDayOver: number | null };

/** A rule set as staff enter it, with its source: the figures of Arts. 2, 4 and 5 in force from a date. */
export type MassLayoffRuleSet = {
  effectiveFrom: PlainDate;
  /** Art. 2 para. 1: the window in which dismissals are counted (days). */
  windowDays: number;
  siteBands: readonly SiteBand[];
  enterprise: EnterpriseLimit | null;
  /** Art. 4 para. 1: the plan is notified this many days before. */
  noticeDays: number;
  /** Art. 5 para. 1: days after the plan's notification for the parties to negotiate. */
  negotiationDays: number;
  /** Art. 5 para. 2: days within which the authority convenes the committee when there is no agreement. */
  committeeDays: number;
  source: string;
};

export type MassLayoffInput = {
  /** 同一廠場僱用勞工人數, without fixed-term contract workers (Art. 2 para. 2). */
  siteHeadcount: number;
  /** Workers the site dismisses within the window (fixed-term contract workers left out, Art. 2 para. 2). */
  siteDismissals: number;
  /** The most dismissed on one day at the site. */
  siteSingleDayMax: number;
  /** The whole enterprise's dismissals within the window and on its busiest day (defaults: the site's). */
  enterpriseDismissals?: number | undefined;
  enterpriseSingleDayMax?: number | undefined;
};

export type MassLayoffMatch = { item: number; test: 'window' | 'single_day'; over: number; value: number };

export type MassLayoffAssessment = {
  isMass: boolean;
  /** The Art. 2 item for the site's size, with the limits it sets. */
  band: { item: number; windowOver: number; singleDayOver: number | null } | null;
  matches: MassLayoffMatch[];
  windowDays: number;
  article: string;
};

const ARTICLE_2 = '大量解僱勞工保護法 第2條';

function wholeCount(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RuleInputError(field, 'not-a-count');
  return value;
}

/** The largest number of dismissals that is NOT "more than" the limit: the law says 逾, so mass starts at this + 1. */
function limitFor(limit: DismissalLimit, headcount: number): number {
  return limit.kind === 'count' ? limit.count : Math.floor((headcount * limit.numerator) / limit.denominator);
}

/**
 * Art. 2 para. 1: a layoff is mass when, for the site's size, the dismissals within the window are more than
 * the item's limit or those on a single day more than its single-day limit; or when the whole enterprise's
 * are more than the enterprise item's limits. Every item that matches is listed.
 *
 * @example
 * assessMassLayoff({ siteHeadcount: 100, siteDismissals: 34, siteSingleDayMax: 5 }, rules).isMass // true with the 1/3 item
 */
export function assessMassLayoff(input: MassLayoffInput, rules: MassLayoffRuleSet): MassLayoffAssessment {
  const headcount = wholeCount(input.siteHeadcount, 'siteHeadcount');
  const dismissals = wholeCount(input.siteDismissals, 'siteDismissals');
  const singleDay = wholeCount(input.siteSingleDayMax, 'siteSingleDayMax');
  if (singleDay > dismissals) throw new RuleInputError('siteSingleDayMax', 'more-than-total');
  const enterpriseDismissals = wholeCount(input.enterpriseDismissals ?? dismissals, 'enterpriseDismissals');
  const enterpriseSingleDay = wholeCount(input.enterpriseSingleDayMax ?? singleDay, 'enterpriseSingleDayMax');
  if (enterpriseDismissals < dismissals) throw new RuleInputError('enterpriseDismissals', 'less-than-site');

  const matches: MassLayoffMatch[] = [];
  const site = rules.siteBands.find((b) => headcount >= b.minHeadcount && (b.maxHeadcount === null || headcount < b.maxHeadcount)) ?? null;
  let band: MassLayoffAssessment['band'] = null;
  if (site) {
    const windowOver = limitFor(site.withinWindow, headcount);
    band = { item: site.item, windowOver, singleDayOver: site.singleDayOver };
    if (dismissals > windowOver) matches.push({ item: site.item, test: 'window', over: windowOver, value: dismissals });
    if (site.singleDayOver !== null && singleDay > site.singleDayOver) matches.push({ item: site.item, test: 'single_day', over: site.singleDayOver, value: singleDay });
  }
  const enterprise = rules.enterprise;
  if (enterprise) {
    if (enterpriseDismissals > enterprise.withinWindowOver) matches.push({ item: enterprise.item, test: 'window', over: enterprise.withinWindowOver, value: enterpriseDismissals });
    if (enterprise.singleDayOver !== null && enterpriseSingleDay > enterprise.singleDayOver) {
      matches.push({ item: enterprise.item, test: 'single_day', over: enterprise.singleDayOver, value: enterpriseSingleDay });
    }
  }
  const first = matches[0];
  return { isMass: matches.length > 0, band, matches, windowDays: rules.windowDays, article: first ? `${ARTICLE_2}第1項第${first.item}款` : `${ARTICLE_2}第1項` };
}

export type NoticeCheck = {
  /** The last day the plan may be notified: the layoff date minus the notice days, in calendar days. */
  latestNoticeOn: PlainDate;
  status: 'in_time' | 'late' | 'exempt';
  /** Days the notice came before the layoff (the layoff day itself not counted). */
  daysBefore: number;
  article: string;
};

/**
 * Art. 4 para. 1: the plan is notified `noticeDays` before the layoff, except for a natural disaster, an
 * incident or a sudden event (the proviso), which staff record. Calendar days: counted back from the layoff
 * date, which is not counted itself (行政程序法 Art. 48 para. 2); a weekend or holiday does not move a day
 * counted backwards, so a notice on the latest day is in time and one a day later is late.
 *
 * @example
 * checkLayoffNotice({ noticeOn: '2026-12-31', layoffOn: '2027-03-01', noticeDays: 60 }).status // 'in_time'
 */
export function checkLayoffNotice(input: { noticeOn: PlainDate; layoffOn: PlainDate; noticeDays: number; exempt?: boolean | undefined }): NoticeCheck {
  const noticeOn = assertPlainDate(input.noticeOn, 'noticeOn');
  const layoffOn = assertPlainDate(input.layoffOn, 'layoffOn');
  wholeCount(input.noticeDays, 'noticeDays');
  if (compareDates(noticeOn, layoffOn) > 0) throw new RuleInputError('noticeOn', 'after-layoff');
  const latestNoticeOn = addDays(layoffOn, -input.noticeDays);
  const daysBefore = daysBetween(noticeOn, layoffOn);
  const inTime = compareDates(noticeOn, latestNoticeOn) <= 0;
  const status = inTime ? 'in_time' : input.exempt ? 'exempt' : 'late';
  return { latestNoticeOn, status, daysBefore, article: status === 'exempt' ? '大量解僱勞工保護法 第4條第1項但書' : '大量解僱勞工保護法 第4條第1項' };
}

/** Art. 6 para. 1 (official text): the committee has five to eleven members, the authority's one among them. */
export const COMMITTEE_MIN_MEMBERS = 5;
export const COMMITTEE_MAX_MEMBERS = 11;
/** Art. 6 para. 3 (official text): the chair convenes the committee at least every two weeks. */
export const COMMITTEE_MEETING_INTERVAL_DAYS = 14;

export type NegotiationDeadline = { kind: 'notice' | 'negotiation' | 'committee' | 'next_meeting'; dueOn: PlainDate; article: string; metOn: PlainDate | null };

/**
 * The plan's deadlines. Periods run forward in calendar days from the day after their event (行政程序法
 * Art. 48 para. 2): the negotiation from the plan's notification (Art. 5 para. 1), the committee from the
 * negotiation's end when there is no agreement (Art. 5 para. 2), and the next meeting two weeks after the last (Art. 6 para. 3).
 */
export function negotiationDeadlines(input: {
  layoffOn: PlainDate;
  noticeOn: PlainDate;
  rules: Pick<MassLayoffRuleSet, 'noticeDays' | 'negotiationDays' | 'committeeDays'>;
  agreedOn: PlainDate | null;
  committeeConvenedOn: PlainDate | null;
  lastMeetingOn: PlainDate | null;
  closedOn: PlainDate | null;
}): NegotiationDeadline[] {
  const notice = checkLayoffNotice({ noticeOn: input.noticeOn, layoffOn: input.layoffOn, noticeDays: input.rules.noticeDays });
  const negotiationDue = addDays(input.noticeOn, input.rules.negotiationDays);
  const deadlines: NegotiationDeadline[] = [
    { kind: 'notice', dueOn: notice.latestNoticeOn, article: notice.article, metOn: notice.status === 'in_time' ? input.noticeOn : null },
    { kind: 'negotiation', dueOn: negotiationDue, article: '大量解僱勞工保護法 第5條第1項', metOn: input.agreedOn && compareDates(input.agreedOn, negotiationDue) <= 0 ? input.agreedOn : null },
  ];
  const agreedInTime = deadlines[1]!.metOn !== null;
  if (!agreedInTime) {
    const committeeDue = addDays(negotiationDue, input.rules.committeeDays);
    deadlines.push({ kind: 'committee', dueOn: committeeDue, article: '大量解僱勞工保護法 第5條第2項', metOn: input.committeeConvenedOn });
  }
  if (input.committeeConvenedOn && !input.closedOn) {
    const from = input.lastMeetingOn ?? input.committeeConvenedOn;
    deadlines.push({ kind: 'next_meeting', dueOn: addDays(from, COMMITTEE_MEETING_INTERVAL_DAYS), article: '大量解僱勞工保護法 第6條第3項', metOn: null });
  }
  return deadlines;
}

/** Overdue from the day after the due date, while unmet. */
export function isOverdue(deadline: NegotiationDeadline, today: PlainDate): boolean {
  return deadline.metOn === null && compareDates(today, deadline.dueOn) > 0;
}
