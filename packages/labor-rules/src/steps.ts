import type { MessageKey } from './messages/zh-TW.ts';
import type { PlainDate } from './plain-date.ts';

/** Laws and official instruments the steps cite; each has a translated name in every message catalog (`law.<id>`). */
export type LawId =
  | 'laborStandardsAct'
  | 'laborStandardsActEnforcementRules'
  | 'laborPensionAct'
  | 'minimumWageAct'
  | 'disabilityRightsAct'
  | 'occupationalSafetyFacilityRules'
  | 'heatHazardGuideline'
  | 'civilCode'
  | 'genderEqualityInEmploymentAct'
  | 'laborInsuranceAct'
  | 'occupationalAccidentInsuranceAct'
  // Cited by the public foreign workers page (issue 10 §4), not by a calculation.
  | 'employmentServiceAct'
  | 'privateEmploymentAgencyFeeStandard';

/**
 * Where a step rests. `article` is the article number as written in the law
 * ("17", "24", "84-2" for 第84條之2); `table-N` cites an appended table (附表).
 */
export type LegalBasis = {
  readonly law: LawId;
  readonly article: string;
  readonly paragraph?: number;
  readonly subparagraph?: number;
};

/** Values substituted into `{placeholder}`s of a message. Numbers are display values; exact fractions are written as text. */
export type StepParams = Readonly<Record<string, string | number>>;

/**
 * One explained step of a calculation. `key` is a message key (see
 * `formatStep`); `assumption: true` marks a step that relies on a reading of a
 * point labor-law.md lists as unconfirmed, explained by `assumptionKey`.
 */
export type Step = {
  readonly key: MessageKey;
  readonly legalBasis: LegalBasis;
  readonly params: StepParams;
  readonly value?: number | string;
  readonly assumption?: true;
  readonly assumptionKey?: MessageKey;
};

/** Working-time warning codes (工時警示); each has the message key `warning.<code>`. */
export type WarningCode =
  | 'dailyHoursOver12'
  | 'monthlyOvertimeOver46'
  | 'monthlyOvertimeOver54'
  | 'threeMonthOvertimeOver138'
  | 'seventhConsecutiveWorkingDay'
  | 'restBetweenShiftsUnder11'
  | 'belowMinimumWage'
  | 'regularDayOffWorked'
  | 'consecutiveWorkingDaysOverFlexibleLimit'
  | 'restBetweenShiftsNote'
  | 'threeMonthOvertimeNeedsPeriod';

/**
 * A possible breach of working-time or wage rules found in the worker's days. `note: true` marks
 * information rather than a breach: a rule that may apply, when the input does not say whether it does.
 */
export type Warning = {
  readonly code: WarningCode;
  readonly date?: PlainDate;
  readonly legalBasis: LegalBasis;
  readonly params: StepParams;
  readonly note?: true;
};

/** Shorthand for a Labor Standards Act citation. @example lsa('24', 1) */
export function lsa(article: string, paragraph?: number, subparagraph?: number): LegalBasis {
  return basis('laborStandardsAct', article, paragraph, subparagraph);
}

/** Builds a legal basis, omitting absent paragraph numbers. @example basis('laborPensionAct', '12', 1) */
export function basis(law: LawId, article: string, paragraph?: number, subparagraph?: number): LegalBasis {
  return {
    law,
    article,
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(subparagraph === undefined ? {} : { subparagraph }),
  };
}

/** Builds a step, omitting an absent value. @example step('overtimePay.hourlyFromMonthly', lsa('24'), { monthlyWage: 36000 }, 150) */
export function step(key: MessageKey, legalBasis: LegalBasis, params: StepParams = {}, value?: number | string): Step {
  return { key, legalBasis, params, ...(value === undefined ? {} : { value }) };
}

/**
 * A step resting on an unconfirmed point, with the key of the message that explains the reading taken.
 *
 * @example
 * assumedStep('overtimePay.total', lsa('24'), 'assumption.roundUp', { exact: 222.2222 }, 223)
 */
export function assumedStep(
  key: MessageKey,
  legalBasis: LegalBasis,
  assumptionKey: MessageKey,
  params: StepParams = {},
  value?: number | string,
): Step {
  return { ...step(key, legalBasis, params, value), assumption: true, assumptionKey };
}
