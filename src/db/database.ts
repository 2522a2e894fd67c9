/**
 * @module db/database
 * The tables as Kysely sees them, written from the migrations (src/db/migrations are the truth).
 * `database.test.ts` compares these names with the migrated schema, so a migration that adds, drops or
 * renames a table or column fails the tests until this file follows it. Column types are those the two
 * drivers return: `timestamptz` as Date, `date` and `bigint` as set in client.ts (string, number).
 * Each module's tables live in `./tables/<module>.ts`; a new module adds its file and one line to each
 * list below.
 */
import { platformColumns, type PlatformTables } from './tables/platform.ts';
import { recordsColumns, type RecordsTables } from './tables/records.ts';
import { complaintsColumns, type ComplaintsTables } from './tables/complaints.ts';
import { violationsColumns, type ViolationsTables } from './tables/violations.ts';
import { contentColumns, type ContentTables } from './tables/content.ts';
import { heatColumns, type HeatTables } from './tables/heat.ts';
import { mediationColumns, type MediationTables } from './tables/mediation.ts';
import { quotaColumns, type QuotaTables } from './tables/quota.ts';
import { unionsColumns, type UnionsTables } from './tables/unions.ts';
import { indicatorsColumns, type IndicatorsTables } from './tables/indicators.ts';
import { migrantWorkersColumns, type MigrantWorkersTables } from './tables/migrant-workers.ts';
import { publicAccountsColumns, type PublicAccountsTables } from './tables/public-accounts.ts';
import { programsColumns, type ProgramsTables } from './tables/programs.ts';
import { programPaymentsColumns, type ProgramPaymentsTables } from './tables/program-payments.ts';
import { employmentColumns, type EmploymentTables } from './tables/employment.ts';
import { casesColumns, type CasesTables } from './tables/cases.ts';
import { youthColumns, type YouthTables } from './tables/youth.ts';
import { jobFairsColumns, type JobFairsTables } from './tables/job-fairs.ts';
import { careerRecordColumns, type CareerRecordTables } from './tables/career-record.ts';
import { ratesColumns, type RatesTables } from './tables/rates.ts';
import { translationsColumns, type TranslationsTables } from './tables/translations.ts';
import { safetyColumns, type SafetyTables } from './tables/safety.ts';
import { migrantCentreColumns, type MigrantCentreTables } from './tables/migrant-centre.ts';
import { massLayoffsColumns, type MassLayoffsTables } from './tables/mass-layoffs.ts';
import { vocationalTrainingColumns, type VocationalTrainingTables } from './tables/vocational-training.ts';
import { startupsColumns, type StartupsTables } from './tables/startups.ts';

export type { JsonValue } from './tables/json.ts';

export type * from './tables/platform.ts';
export type * from './tables/records.ts';
export type * from './tables/complaints.ts';
export type * from './tables/violations.ts';
export type * from './tables/content.ts';
export type * from './tables/heat.ts';
export type * from './tables/mediation.ts';
export type * from './tables/quota.ts';
export type * from './tables/unions.ts';
export type * from './tables/indicators.ts';
export type * from './tables/migrant-workers.ts';
export type * from './tables/public-accounts.ts';
export type * from './tables/programs.ts';
export type * from './tables/program-payments.ts';
export type * from './tables/employment.ts';
export type * from './tables/cases.ts';
export type * from './tables/youth.ts';
export type * from './tables/job-fairs.ts';
export type * from './tables/career-record.ts';
export type * from './tables/rates.ts';
export type * from './tables/translations.ts';
export type * from './tables/safety.ts';
export type * from './tables/migrant-centre.ts';
export type * from './tables/mass-layoffs.ts';
export type * from './tables/vocational-training.ts';
export type * from './tables/startups.ts';

export type Database = PlatformTables
  & RecordsTables
  & ComplaintsTables
  & ViolationsTables
  & ContentTables
  & HeatTables
  & MediationTables
  & QuotaTables
  & UnionsTables
  & IndicatorsTables
  & MigrantWorkersTables
  & PublicAccountsTables
  & ProgramsTables
  & ProgramPaymentsTables
  & EmploymentTables
  & CasesTables
  & YouthTables
  & JobFairsTables
  & CareerRecordTables
  & RatesTables
  & TranslationsTables
  & SafetyTables
  & MigrantCentreTables
  & MassLayoffsTables
  & VocationalTrainingTables
  & StartupsTables;

/** Every column of every table, at run time: the schema test compares them with information_schema. */
export const databaseColumns = {
  ...platformColumns,
  ...recordsColumns,
  ...complaintsColumns,
  ...violationsColumns,
  ...contentColumns,
  ...heatColumns,
  ...mediationColumns,
  ...quotaColumns,
  ...unionsColumns,
  ...indicatorsColumns,
  ...migrantWorkersColumns,
  ...publicAccountsColumns,
  ...programsColumns,
  ...programPaymentsColumns,
  ...employmentColumns,
  ...casesColumns,
  ...youthColumns,
  ...jobFairsColumns,
  ...careerRecordColumns,
  ...ratesColumns,
  ...translationsColumns,
  ...safetyColumns,
  ...migrantCentreColumns,
  ...massLayoffsColumns,
  ...vocationalTrainingColumns,
  ...startupsColumns,
} as const satisfies { readonly [T in keyof Database]: readonly (keyof Database[T] & string)[] };

// A column in a table type but not in the list above fails the typecheck here.
type Unlisted = { [T in keyof Database]: Exclude<keyof Database[T], (typeof databaseColumns)[T][number]> }[keyof Database];
export const everyColumnListed: [Unlisted] extends [never] ? true : Unlisted = true;
