/**
 * @module labor-rules
 * Pure Taiwan labor-law calculations (no I/O): minimum wage, overtime pay and
 * working-time warnings, severance, average wage, annual leave, old-system
 * pension, disability quota and heat index, each explained step by step in five locales.
 */
export { RateNotFoundError, RuleInputError } from './errors.ts';
export * from './plain-date.ts';
export * from './money.ts';
export { findRate, currentRate, rateOn, periodsCovering, withPublishedRates, type Announcement, type EffectiveDated } from './effective-dated.ts';
export { announcementSource, BUILT_IN_RATE_TABLES, rateTablesFromPublished, rateTablesWith, type PublishedRateData, type RateTables } from './rate-tables.ts';
export type { LawId, LegalBasis, Step, StepParams, Warning, WarningCode } from './steps.ts';
export * from './service-length.ts';
export { minimumWageOn, type MinimumWage } from './minimum-wage/minimum-wage.ts';
export { MINIMUM_WAGE_RATES, type MinimumWageRate } from './minimum-wage/minimum-wage.rates.ts';
export * from './overtime-pay/overtime-pay.ts';
export { REGULAR_DAILY_HOURS, REST_DAY_RULES, type RestDayRule } from './overtime-pay/overtime-pay.rates.ts';
export * from './working-time/working-time.ts';
export * from './severance-pay/severance-pay.ts';
export { NEW_SYSTEM_START, NEW_SYSTEM_CAP_MONTHS } from './severance-pay/severance-pay.rates.ts';
export * from './average-wage/average-wage.ts';
export * from './annual-leave/annual-leave.ts';
export { ANNUAL_LEAVE_SCHEDULES, type AnnualLeaveSchedule } from './annual-leave/annual-leave.rates.ts';
export * from './old-pension/old-pension.ts';
export * from './disability-quota/disability-quota.ts';
export * from './heat-index/heat-index.ts';
export * from './notice-pay/notice-pay.ts';
export * from './maternity-leave/maternity-leave.ts';
export * from './occupational-injury/occupational-injury.ts';
export * from './pension-contribution/pension-contribution.ts';
export {
  CONTRIBUTION_GRADE_TABLES,
  PENSION_CONTRIBUTION_RATES,
  type ContributionGrade,
  type ContributionGradeTable,
  type PensionContributionRate,
} from './pension-contribution/pension-contribution.rates.ts';
export { DISABILITY_GRADE_TABLES, type DisabilityGrade, type DisabilityGradeTable } from './occupational-injury/occupational-injury.rates.ts';
export { PARENTAL_LEAVE_RATES, type ParentalLeaveRate } from './maternity-leave/maternity-leave.rates.ts';
export { LEVEL_THRESHOLDS_C, PRECAUTIONS_BY_LEVEL, type HeatLevel, type Precaution } from './heat-index/heat-index.rates.ts';
export * from './messages/format.ts';
export type { Catalog, MessageKey } from './messages/zh-TW.ts';
export * from './mass-layoff/mass-layoff.ts';
export * from './employment-continuity/employment-continuity.ts';
