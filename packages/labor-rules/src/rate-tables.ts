import { type Announcement, withPublishedRates } from './effective-dated.ts';
import { MINIMUM_WAGE_RATES, type MinimumWageRate } from './minimum-wage/minimum-wage.rates.ts';
import { DISABILITY_GRADE_TABLES, type DisabilityGrade, type DisabilityGradeTable } from './occupational-injury/occupational-injury.rates.ts';
import { CONTRIBUTION_GRADE_TABLES, type ContributionGrade, type ContributionGradeTable } from './pension-contribution/pension-contribution.rates.ts';
import type { PlainDate } from './plain-date.ts';

/**
 * The rate tables that change by announcement (issue 14 §3, ADR 0024): the minimum wage, the pension
 * contribution grade table and the labour-insurance disability table. Each rule that needs one takes it
 * as an optional input; these are what the app passes.
 */
export type RateTables = {
  readonly minimumWages: readonly MinimumWageRate[];
  readonly contributionGradeTables: readonly ContributionGradeTable[];
  readonly disabilityGradeTables: readonly DisabilityGradeTable[];
};

/** Only the shipped periods: what the calculators use offline before any published period was fetched. */
export const BUILT_IN_RATE_TABLES: RateTables = {
  minimumWages: MINIMUM_WAGE_RATES,
  contributionGradeTables: CONTRIBUTION_GRADE_TABLES,
  disabilityGradeTables: DISABILITY_GRADE_TABLES,
};

/**
 * The shipped tables with the periods published as data merged after them (`withPublishedRates`: a
 * published period never changes one in force before it). The server and the browser call the same.
 *
 * @example
 * rateTablesWith({ minimumWages: [published2027] }).minimumWages.at(-1)?.effectiveFrom // '2027-01-01'
 */
export function rateTablesWith(published: Partial<RateTables>): RateTables {
  return {
    minimumWages: withPublishedRates(MINIMUM_WAGE_RATES, published.minimumWages ?? []),
    contributionGradeTables: withPublishedRates(CONTRIBUTION_GRADE_TABLES, published.contributionGradeTables ?? []),
    disabilityGradeTables: withPublishedRates(DISABILITY_GRADE_TABLES, published.disabilityGradeTables ?? []),
  };
}

/** A period as published (the answer of `GET /api/v1/rates`): its start and its announcement. */
type Published = { readonly effectiveFrom: PlainDate; readonly announcement: Announcement };

/** The published periods of each kind, as staff entered them. */
export type PublishedRateData = {
  readonly minimumWage: readonly (Published & { readonly monthly: number; readonly hourly: number })[];
  readonly contributionGrades: readonly (Published & { readonly grades: readonly ContributionGrade[] })[];
  readonly disabilityGrades: readonly (Published & { readonly grades: readonly DisabilityGrade[] })[];
};

/** How steps name a published period's source: the announcement, its number and date. */
export function announcementSource(announcement: Announcement): string {
  return `${announcement.name}（${announcement.number}，${announcement.date}）`;
}

/**
 * The tables with the published periods merged in: what the server and the browser compute with.
 *
 * @example
 * rateTablesFromPublished({ minimumWage: [], contributionGrades: [], disabilityGrades: [] }) // the shipped tables
 */
export function rateTablesFromPublished(data: PublishedRateData): RateTables {
  const dated = (row: Published) => ({ effectiveFrom: row.effectiveFrom, effectiveTo: null, source: announcementSource(row.announcement), announcement: row.announcement });
  return rateTablesWith({
    minimumWages: data.minimumWage.map((row) => ({ ...dated(row), monthly: row.monthly, hourly: row.hourly })),
    contributionGradeTables: data.contributionGrades.map((row) => ({ ...dated(row), grades: row.grades })),
    disabilityGradeTables: data.disabilityGrades.map((row) => ({ ...dated(row), grades: row.grades })),
  });
}
