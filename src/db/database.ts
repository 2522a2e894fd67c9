/**
 * @module db/database
 * The tables as Kysely sees them, written from the migrations (src/db/migrations are the truth).
 * `database.test.ts` compares these names with the migrated schema, so a migration that adds, drops or
 * renames a table or column fails the tests until this file follows it. Column types are those the two
 * drivers return: `timestamptz` as Date, `date` and `bigint` as set in client.ts (string, number).
 */
import type { Generated } from 'kysely';

/** A json/jsonb value as the drivers parse it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type AuditEventsTable = {
  id: Generated<number>;
  occurred_at: Generated<Date>;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  request_id: string | null;
  details: Generated<JsonValue>;
};

export type ComplaintAttachmentsTable = {
  id: Generated<string>;
  complaint_id: string;
  position: number;
  file_name: string;
  media_type: string;
  byte_size: number;
  sha256: string;
  content: Uint8Array;
};

export type ComplaintEscalationsTable = {
  complaint_id: string;
  deadline: string;
  due_on: string;
  escalated_at: Date;
};

export type ComplaintEventsTable = {
  id: Generated<number>;
  complaint_id: string;
  occurred_at: Date;
  kind: string;
  status: string;
  public_message: string | null;
  authority: string | null;
  actor_id: string | null;
};

export type ComplaintIdentitiesTable = {
  complaint_id: string;
  name: string;
  phone: string | null;
  email: string | null;
  id_number: string | null;
};

export type ComplaintsTable = {
  id: Generated<string>;
  tracking_code: string;
  secret_hash: string;
  status: string;
  employer_name: string;
  employer_ubn: string | null;
  district_code: string;
  law: string;
  description: string;
  received_at: Date;
  notice_due_on: string;
  reply_due_on: string;
  notice_sent_at: Date | null;
  replied_at: Date | null;
  closed_at: Date | null;
  transferred_to: string | null;
  assigned_to: string | null;
  assigned_at: Date | null;
  updated_at: Date;
  locale: Generated<string>;
};

export type EmployerHeadcountsTable = {
  employer_id: string;
  month: string;
  employees: number;
};

export type EmployersTable = {
  id: Generated<string>;
  ubn: string | null;
  name: string;
  name_key: string;
  responsible_person: string | null;
  industry_code: string | null;
  district_code: string | null;
  address: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type HeatForecastsTable = {
  district_code: string;
  valid_at: Date;
  source: string;
  temperature_c: number;
  relative_humidity: number;
  apparent_temperature_c: number | null;
  heat_index_c: number;
  level: number;
  fetched_at: Date;
};

export type HeatInjuryForecastsTable = {
  district_code: string;
  valid_at: Date;
  source: string;
  heat_injury_index: number | null;
  warning: string | null;
  fetched_at: Date;
};

export type HeatObservationsTable = {
  id: Generated<number>;
  source: string;
  district_code: string;
  station_id: string | null;
  station_name: string | null;
  observed_at: Date;
  temperature_c: number;
  relative_humidity: number;
  heat_index_c: number;
  level: number;
  entered_by: string | null;
  created_at: Generated<Date>;
};

export type HeatSourceStatusTable = {
  dataset: string;
  last_attempt_at: Date;
  last_success_at: Date | null;
  last_error: string | null;
  records: Generated<number>;
};

export type HeatWarningsTable = {
  id: Generated<string>;
  district_codes: string[];
  level: number;
  message_keys: Generated<string[]>;
  texts: Generated<JsonValue>;
  valid_from: Date;
  valid_until: Date;
  published_by: string | null;
  published_at: Date;
  withdrawn_by: string | null;
  withdrawn_at: Date | null;
};

export type NewsPostsTable = {
  id: Generated<string>;
  status: Generated<string>;
  seed_key: string | null;
  published_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type NewsTranslationsTable = {
  post_id: string;
  locale: string;
  title: string;
  body: string;
  updated_at: Generated<Date>;
};

export type NotificationsTable = {
  id: Generated<string>;
  record_type: string;
  record_id: string;
  channel: string;
  template: string;
  locale: string;
  recipient: string | null;
  recipient_masked: string;
  params: JsonValue;
  status: string;
  attempts: Generated<number>;
  last_error: string | null;
  claimed_until: Date | null;
  provider_message_id: string | null;
  job_id: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
  sent_at: Date | null;
};

export type PeopleTable = {
  id: Generated<string>;
  id_number: string;
  id_kind: string;
  name: string;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  district_code: string | null;
  preferred_locale: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  unit_kind: string;
  unit_code: string | null;
};

export type PersonConsentsTable = {
  id: Generated<string>;
  person_id: string;
  purpose: string;
  given_on: string;
  expires_on: string | null;
  created_at: Generated<Date>;
};

export type PersonSensitiveAttributesTable = {
  person_id: string;
  disability_level: string | null;
  special_groups: Generated<string[]>;
  health_notes: string | null;
  updated_at: Generated<Date>;
};

export type QaItemsTable = {
  id: Generated<string>;
  category: string;
  legal_basis: Generated<JsonValue>;
  status: Generated<string>;
  seed_key: string | null;
  sort_order: Generated<number>;
  published_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type QaTranslationsTable = {
  qa_id: string;
  locale: string;
  question: string;
  answer: string;
  question_key: string;
  answer_key: string;
  updated_at: Generated<Date>;
};

export type RateLimitWindowsTable = {
  key_hash: string;
  window_started_at: Date;
  window_ends_at: Date;
  hits: number;
};

export type SchemaMigrationsTable = {
  id: string;
  applied_at: Generated<Date>;
};

export type StaffSessionsTable = {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Date;
};

export type StaffUsersTable = {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string;
  roles: Generated<string[]>;
  home_unit_code: string | null;
  home_unit_kind: string;
  is_active: Generated<boolean>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type UsageDailyCountsTable = {
  day: string;
  kind: string;
  name: string;
  count: Generated<number>;
};

export type ViolationImportsTable = {
  id: Generated<number>;
  actor_id: string | null;
  actor_username: string | null;
  channel: string;
  file_name: string;
  file_sha256: string;
  encoding: string;
  rows_read: number;
  imported: number;
  unchanged: number;
  rejected: number;
  rejected_rows: Generated<JsonValue>;
  created_at: Generated<Date>;
};

export type ViolationRecordsTable = {
  id: Generated<number>;
  source: string;
  status: Generated<string>;
  authority: string | null;
  announced_on: string | null;
  decided_on: string | null;
  decision_number: string | null;
  employer_name: string;
  company_name: string;
  responsible_person: string | null;
  employer_key: string;
  employer_match_key: string;
  search_key: string;
  search_grams: Generated<string[]>;
  law: string | null;
  articles: Generated<string[]>;
  article_keys: Generated<string[]>;
  violations: Generated<string[]>;
  fine: number | null;
  fine_kind: Generated<string>;
  disputed: Generated<boolean>;
  note: string | null;
  employer_id: string | null;
  import_id: number | null;
  row_hash: string | null;
  created_by: string | null;
  published_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

// Mediation (issue 11, migration 0013).
export type MediatorsTable = {
  id: Generated<string>;
  name: string;
  staff_user_id: string | null;
  organisation: string | null;
  certificate_number: string | null;
  certificate_valid_until: string | null;
  languages: Generated<string[]>;
  is_active: Generated<boolean>;
  created_at: Date;
};
export type MediationRoomsTable = { site_code: string; code: string; name: string; capacity: number; phone: string; is_active: Generated<boolean> };
export type MediationCalendarDaysTable = { day: string; is_open: boolean; reason: string; source: string };
export type MediationCasesTable = {
  id: Generated<string>;
  case_number: string;
  secret_hash: string;
  channel: string;
  status: string;
  dispute_type: string;
  route: Generated<string>;
  unit_kind: string;
  unit_code: string;
  employer_id: string | null;
  summary: string;
  origin_kind: string | null;
  origin_ref: string | null;
  duplicate_key: string;
  duplicate_of: string | null;
  received_at: Date;
  received_on: string;
  appoint_due_on: string;
  mediator_id: string | null;
  appointed_on: string | null;
  start_due_on: string | null;
  started_on: string | null;
  proposal_due_on: string | null;
  proposal_on: string | null;
  outcome: string | null;
  outcome_on: string | null;
  agreed_amount: number | null;
  created_by: string | null;
  updated_at: Date;
};
export type MediationPartiesTable = {
  case_id: string;
  role: string;
  kind: string;
  name: string;
  id_number: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  locale: Generated<string>;
};
export type MediationClaimsTable = { case_id: string; position: number; kind: string; amount: number | null; description: string | null };
export type MediationSessionsTable = {
  id: Generated<string>;
  case_id: string;
  site_code: string;
  room_code: string;
  mediator_id: string;
  starts_at: Date;
  ends_at: Date;
  created_by: string | null;
  created_at: Date;
};

export type QuotaEmployerMonthsTable = {
  employer_id: string;
  month: string;
  sector: string;
  disabled_severe: Generated<number>;
  disabled_other: Generated<number>;
  disabled_part_time_half_wage: Generated<number>;
  source: string;
  updated_by: string | null;
  updated_at: Date;
};
export type QuotaPaymentRatesTable = { effective_from: string; monthly_amount: number; source: string; entered_by: string | null; entered_at: Date };
export type UnionsTable = {
  id: Generated<string>;
  name: string;
  kind: string;
  registration_number: string;
  founded_on: string;
  dissolved_on: string | null;
  chair_name: string | null;
  term_ends_on: string | null;
  members: number | null;
  district_code: string | null;
  address: string | null;
  created_at: Date;
  updated_at: Date;
};
export type UnionEvaluationsTable = {
  id: Generated<string>;
  union_id: string;
  year: number;
  evaluated_on: string;
  scores: unknown;
  total_score: string;
  grade: string;
  findings: string | null;
  created_by: string | null;
  created_at: Date;
};
export type UnionGuidanceVisitsTable = { id: Generated<string>; union_id: string; visited_on: string; findings: string; created_by: string | null; created_at: Date };
// indicators module (0015-indicators.sql, ADR 0022). numeric columns arrive as text from the drivers.
export type IndicatorDefinitionsTable = {
  code: string;
  from_year: number;
  position: number;
  dimension: string;
  plan_ref: string;
  weight: string;
  name: JsonValue;
  formula: string;
  numerator_description: JsonValue;
  denominator_description: JsonValue | null;
  factor: string;
  unit: string;
  decimals: number;
  direction: string;
  source: string;
  module: string | null;
  officer_role: string | null;
  created_at: Generated<Date>;
};

export type IndicatorTargetsTable = {
  code: string;
  year: number;
  unit_kind: Generated<string>;
  unit_code: Generated<string>;
  kind: string;
  value: string | null;
  baseline_value: string | null;
  baseline_year: number | null;
  annual_change_percent: string | null;
  source: string;
  updated_by: string | null;
  updated_at: Generated<Date>;
};

export type IndicatorEntriesTable = {
  id: Generated<string>;
  code: string;
  period: string;
  period_start: string;
  period_end: string;
  numerator: string | null;
  denominator: string | null;
  value: string | null;
  source_document: string;
  source_date: string;
  entered_by: string;
  entered_at: Date;
};

export type IndicatorPeriodValuesTable = {
  period: string;
  version: number;
  code: string;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  target: string | null;
  met: boolean | null;
  source: string;
  closed_by: string | null;
  closed_at: Date;
  reason: string | null;
};
// Migrant workers (issue 10, migration 0012).
export type RecruitmentAgenciesTable = {
  id: Generated<string>;
  licence_number: string;
  name: string;
  created_at: Generated<Date>;
};

export type MigrantWorkersTable = {
  id: Generated<string>;
  person_id: string;
  passport_number: string;
  nationality: string;
  preferred_language: string;
  job_category: string;
  employer_id: string | null;
  household_employer_id: string | null;
  agency_id: string | null;
  arrival_date: string;
  permit_from: string | null;
  permit_until: string | null;
  district_code: string;
  status: Generated<string>;
  status_since: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type MigrantDistrictOfficersTable = {
  district_code: string;
  officer_id: string;
  updated_at: Generated<Date>;
};

export type MigrantVisitTasksTable = {
  id: Generated<string>;
  worker_id: string;
  due_on: string;
  district_code: string;
  assigned_to: string | null;
  status: Generated<string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type MigrantVisitsTable = {
  id: Generated<string>;
  task_id: string;
  client_id: string;
  visited_on: string;
  place: string;
  interpreter_language: string | null;
  video_call: boolean;
  present: Generated<string[]>;
  checklist: JsonValue;
  notes: string | null;
  follow_up: Generated<string>;
  complaint_tracking_code: string | null;
  recorded_by: string;
  recorded_at: Generated<Date>;
};

// Public accounts (src/modules/public-accounts, migration 0010).
export type PublicAccountsTable = {
  id: Generated<string>;
  kind: 'citizen' | 'employer';
  email: string | null;
  password_hash: string | null;
  email_verified_at: Date | null;
  person_id: string | null;
  employer_id: string | null;
  employer_role: 'admin' | 'member' | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  locale: Generated<string>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type PublicSessionsTable = {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: Date;
  expires_at: Date;
};

export type PublicAccountTokensTable = {
  token_hash: string;
  account_id: string;
  purpose: 'verify-email' | 'reset-password' | 'employer-invitation';
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
};

export type PublicOidcLoginsTable = {
  state_hash: string;
  nonce: string;
  code_verifier: string;
  created_at: Date;
  expires_at: Date;
};


// programs (migration 0014)
export type ProgramDefinitionsTable = {
  id: Generated<string>;
  code: string;
  effective_from: string;
  kind: string;
  applicant_kind: string;
  names: JsonValue;
  rules: Generated<JsonValue>;
  entitlement: JsonValue;
  documents: Generated<JsonValue>;
  period: string;
  window_opens: string | null;
  window_closes: string | null;
  decision_days: number | null;
  maker_roles: string[];
  checker_roles: string[];
  sources: Generated<JsonValue>;
  created_by: string | null;
  created_at: Generated<Date>;
};

export type ProgramQuotasTable = {
  program_code: string;
  year: number;
  places: number | null;
  budget_twd: number | null;
  places_committed: Generated<number>;
  budget_committed_twd: Generated<number>;
  budget_paid_twd: Generated<number>;
  source: string | null;
};

export type ProgramApplicationsTable = {
  id: Generated<string>;
  program_code: string;
  definition_id: string;
  applicant_kind: string;
  person_id: string | null;
  employer_id: string | null;
  period: string;
  quota_year: number;
  channel: string;
  facts: JsonValue;
  eligibility: JsonValue;
  eligible: boolean;
  amount_twd: number | null;
  locale: string;
  status: string;
  submitted_at: Date;
  decision_due_at: Date | null;
  escalated_at: Date | null;
  created_by: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
};

export type ProgramApplicationEventsTable = {
  id: Generated<number>;
  application_id: string;
  occurred_at: Date;
  kind: string;
  status: string;
  actor_id: string | null;
};

export type ProgramApplicationDocumentsTable = {
  id: Generated<string>;
  application_id: string;
  document_code: string;
  file_name: string;
  media_type: string;
  byte_size: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string | null;
  uploaded_at: Date;
};

export type ProgramPaymentsTable = {
  id: Generated<string>;
  application_id: string;
  amount_twd: number;
  status: string;
  prepared_by: string;
  prepared_at: Date;
  approved_by: string | null;
  paid_at: Date | null;
};

export type ProgramSpecialGroupsTable = {
  program_code: string;
  code: string;
  names: JsonValue;
  source: string;
  sort_order: Generated<number>;
};

export type LaborUniversityCoursesTable = {
  id: Generated<string>;
  year: number;
  code: string;
  title: string;
  location: string;
  district_code: string | null;
  schedule: string;
  hours: number;
  fee_twd: number;
  places: number;
  enrolled: Generated<number>;
};

export type LaborUniversityEnrolmentsTable = {
  id: Generated<string>;
  course_id: string;
  person_id: string;
  year: number;
  special_group: string | null;
  application_id: string | null;
  enrolled_at: Date;
  created_by: string | null;
};


/** Hardening (issue 16): sign-in failures per account and hashed client address. */
export type LoginFailuresTable = {
  user_id: string;
  address_hash: string;
  failures: Generated<number>;
  locked_until: Date | null;
  updated_at: Date;
};

// Employment services (issue 8, migration 0011).
export type JobSeekersTable = {
  id: Generated<string>;
  person_id: string;
  unit_kind: string;
  unit_code: string | null;
  officer_id: string | null;
  registered_on: string;
  desired_occupations: Generated<string[]>;
  district_codes: Generated<string[]>;
  lowest_wage_type: Generated<string>;
  lowest_wage: number | null;
  employment_type: Generated<string>;
  shifts: Generated<string[]>;
  skills: Generated<string[]>;
  certificates: Generated<unknown>;
  languages: Generated<string[]>;
  driving_licences: Generated<string[]>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};
export type JobSeekerSpecialGroupsTable = {
  job_seeker_id: string;
  special_groups: string[];
  consent_purpose: string;
  consent_given_on: string;
  consent_expires_on: string | null;
  updated_at: Generated<Date>;
};
export type VacanciesTable = {
  id: Generated<string>;
  employer_id: string;
  occupation_code: string;
  title: string;
  description: Generated<string>;
  requirements: Generated<string>;
  district_code: string;
  address: string | null;
  wage_type: string;
  wage_min: number;
  wage_max: number | null;
  hours_per_week: number | null;
  employment_type: string;
  shifts: Generated<string[]>;
  openings: Generated<number>;
  required_certificates: Generated<string[]>;
  languages: Generated<string[]>;
  start_on: string | null;
  expires_on: string;
  status: string;
  closed_reason: string | null;
  screening: Generated<unknown>;
  override_reason: string | null;
  search_text: string;
  created_by: string | null;
  published_by: string | null;
  published_on: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};
export type ReferralsTable = {
  id: Generated<string>;
  card_number: string;
  job_seeker_id: string;
  vacancy_id: string;
  unit_kind: string;
  unit_code: string | null;
  officer_id: string | null;
  status: string;
  answer_token_hash: string;
  answer_token_expires_at: Date;
  start_on: string | null;
  monthly_wage: number | null;
  reason: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};
export type ReferralEventsTable = {
  id: Generated<string>;
  referral_id: string;
  status: string;
  occurred_at: Date;
  actor_kind: string;
  actor_id: string | null;
  note: string | null;
};
export type PlacementFollowupsTable = {
  referral_id: string;
  months: number;
  due_on: string;
  status: Generated<string>;
  checked_at: Date | null;
  checked_by: string | null;
};


export type Database = {
  audit_events: AuditEventsTable;
  complaint_attachments: ComplaintAttachmentsTable;
  complaint_escalations: ComplaintEscalationsTable;
  complaint_events: ComplaintEventsTable;
  complaint_identities: ComplaintIdentitiesTable;
  complaints: ComplaintsTable;
  employer_headcounts: EmployerHeadcountsTable;
  employers: EmployersTable;
  heat_forecasts: HeatForecastsTable;
  heat_injury_forecasts: HeatInjuryForecastsTable;
  heat_observations: HeatObservationsTable;
  heat_source_status: HeatSourceStatusTable;
  heat_warnings: HeatWarningsTable;
  news_posts: NewsPostsTable;
  news_translations: NewsTranslationsTable;
  notifications: NotificationsTable;
  people: PeopleTable;
  person_consents: PersonConsentsTable;
  person_sensitive_attributes: PersonSensitiveAttributesTable;
  qa_items: QaItemsTable;
  qa_translations: QaTranslationsTable;
  rate_limit_windows: RateLimitWindowsTable;
  schema_migrations: SchemaMigrationsTable;
  staff_sessions: StaffSessionsTable;
  staff_users: StaffUsersTable;
  usage_daily_counts: UsageDailyCountsTable;
  violation_imports: ViolationImportsTable;
  violation_records: ViolationRecordsTable;
  mediators: MediatorsTable;
  mediation_rooms: MediationRoomsTable;
  mediation_calendar_days: MediationCalendarDaysTable;
  mediation_cases: MediationCasesTable;
  mediation_parties: MediationPartiesTable;
  mediation_claims: MediationClaimsTable;
  mediation_sessions: MediationSessionsTable;
  quota_employer_months: QuotaEmployerMonthsTable;
  quota_payment_rates: QuotaPaymentRatesTable;
  unions: UnionsTable;
  union_evaluations: UnionEvaluationsTable;
  union_guidance_visits: UnionGuidanceVisitsTable;
  // indicators module
  indicator_definitions: IndicatorDefinitionsTable;
  indicator_targets: IndicatorTargetsTable;
  indicator_entries: IndicatorEntriesTable;
  indicator_period_values: IndicatorPeriodValuesTable;
  // Migrant workers (issue 10).
  recruitment_agencies: RecruitmentAgenciesTable;
  migrant_workers: MigrantWorkersTable;
  migrant_district_officers: MigrantDistrictOfficersTable;
  migrant_visit_tasks: MigrantVisitTasksTable;
  migrant_visits: MigrantVisitsTable;
  public_accounts: PublicAccountsTable;
  public_sessions: PublicSessionsTable;
  public_account_tokens: PublicAccountTokensTable;
  public_oidc_logins: PublicOidcLoginsTable;
  // programs (migration 0014)
  program_definitions: ProgramDefinitionsTable;
  program_quotas: ProgramQuotasTable;
  program_applications: ProgramApplicationsTable;
  program_application_events: ProgramApplicationEventsTable;
  program_application_documents: ProgramApplicationDocumentsTable;
  program_payments: ProgramPaymentsTable;
  program_special_groups: ProgramSpecialGroupsTable;
  labor_university_courses: LaborUniversityCoursesTable;
  labor_university_enrolments: LaborUniversityEnrolmentsTable;
  login_failures: LoginFailuresTable;
  // Employment services (issue 8).
  job_seekers: JobSeekersTable;
  job_seeker_special_groups: JobSeekerSpecialGroupsTable;
  vacancies: VacanciesTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
  placement_followups: PlacementFollowupsTable;
};

/** Every column of every table, at run time: the schema test compares them with information_schema. */
export const databaseColumns = {
  audit_events: ['id', 'occurred_at', 'actor_id', 'actor_username', 'action', 'record_type', 'record_id', 'request_id', 'details'],
  complaint_attachments: ['id', 'complaint_id', 'position', 'file_name', 'media_type', 'byte_size', 'sha256', 'content'],
  complaint_escalations: ['complaint_id', 'deadline', 'due_on', 'escalated_at'],
  complaint_events: ['id', 'complaint_id', 'occurred_at', 'kind', 'status', 'public_message', 'authority', 'actor_id'],
  complaint_identities: ['complaint_id', 'name', 'phone', 'email', 'id_number'],
  complaints: ['id', 'tracking_code', 'secret_hash', 'status', 'employer_name', 'employer_ubn', 'district_code', 'law', 'description', 'received_at', 'notice_due_on', 'reply_due_on', 'notice_sent_at', 'replied_at', 'closed_at', 'transferred_to', 'assigned_to', 'assigned_at', 'updated_at', 'locale'],
  employer_headcounts: ['employer_id', 'month', 'employees'],
  employers: ['id', 'ubn', 'name', 'name_key', 'responsible_person', 'industry_code', 'district_code', 'address', 'created_at', 'updated_at'],
  heat_forecasts: ['district_code', 'valid_at', 'source', 'temperature_c', 'relative_humidity', 'apparent_temperature_c', 'heat_index_c', 'level', 'fetched_at'],
  heat_injury_forecasts: ['district_code', 'valid_at', 'source', 'heat_injury_index', 'warning', 'fetched_at'],
  heat_observations: ['id', 'source', 'district_code', 'station_id', 'station_name', 'observed_at', 'temperature_c', 'relative_humidity', 'heat_index_c', 'level', 'entered_by', 'created_at'],
  heat_source_status: ['dataset', 'last_attempt_at', 'last_success_at', 'last_error', 'records'],
  heat_warnings: ['id', 'district_codes', 'level', 'message_keys', 'texts', 'valid_from', 'valid_until', 'published_by', 'published_at', 'withdrawn_by', 'withdrawn_at'],
  news_posts: ['id', 'status', 'seed_key', 'published_at', 'created_at', 'updated_at'],
  news_translations: ['post_id', 'locale', 'title', 'body', 'updated_at'],
  notifications: ['id', 'record_type', 'record_id', 'channel', 'template', 'locale', 'recipient', 'recipient_masked', 'params', 'status', 'attempts', 'last_error', 'claimed_until', 'provider_message_id', 'job_id', 'created_at', 'last_attempt_at', 'sent_at'],
  people: ['id', 'id_number', 'id_kind', 'name', 'birth_date', 'phone', 'email', 'district_code', 'preferred_locale', 'created_at', 'updated_at', 'unit_kind', 'unit_code'],
  person_consents: ['id', 'person_id', 'purpose', 'given_on', 'expires_on', 'created_at'],
  person_sensitive_attributes: ['person_id', 'disability_level', 'special_groups', 'health_notes', 'updated_at'],
  qa_items: ['id', 'category', 'legal_basis', 'status', 'seed_key', 'sort_order', 'published_at', 'created_at', 'updated_at'],
  qa_translations: ['qa_id', 'locale', 'question', 'answer', 'question_key', 'answer_key', 'updated_at'],
  rate_limit_windows: ['key_hash', 'window_started_at', 'window_ends_at', 'hits'],
  schema_migrations: ['id', 'applied_at'],
  staff_sessions: ['token_hash', 'user_id', 'csrf_token', 'created_at', 'expires_at'],
  staff_users: ['id', 'username', 'display_name', 'password_hash', 'roles', 'home_unit_code', 'home_unit_kind', 'is_active', 'failed_login_count', 'locked_until', 'last_login_at', 'created_at', 'updated_at'],
  usage_daily_counts: ['day', 'kind', 'name', 'count'],
  violation_imports: ['id', 'actor_id', 'actor_username', 'channel', 'file_name', 'file_sha256', 'encoding', 'rows_read', 'imported', 'unchanged', 'rejected', 'rejected_rows', 'created_at'],
  violation_records: ['id', 'source', 'status', 'authority', 'announced_on', 'decided_on', 'decision_number', 'employer_name', 'company_name', 'responsible_person', 'employer_key', 'employer_match_key', 'search_key', 'search_grams', 'law', 'articles', 'article_keys', 'violations', 'fine', 'fine_kind', 'disputed', 'note', 'employer_id', 'import_id', 'row_hash', 'created_by', 'published_at', 'created_at', 'updated_at'],
  mediators: ['id', 'name', 'staff_user_id', 'organisation', 'certificate_number', 'certificate_valid_until', 'languages', 'is_active', 'created_at'],
  mediation_rooms: ['site_code', 'code', 'name', 'capacity', 'phone', 'is_active'],
  mediation_calendar_days: ['day', 'is_open', 'reason', 'source'],
  mediation_cases: ['id', 'case_number', 'secret_hash', 'channel', 'status', 'dispute_type', 'route', 'unit_kind', 'unit_code', 'employer_id', 'summary', 'origin_kind', 'origin_ref', 'duplicate_key', 'duplicate_of', 'received_at', 'received_on', 'appoint_due_on', 'mediator_id', 'appointed_on', 'start_due_on', 'started_on', 'proposal_due_on', 'proposal_on', 'outcome', 'outcome_on', 'agreed_amount', 'created_by', 'updated_at'],
  mediation_parties: ['case_id', 'role', 'kind', 'name', 'id_number', 'phone', 'email', 'address', 'locale'],
  mediation_claims: ['case_id', 'position', 'kind', 'amount', 'description'],
  mediation_sessions: ['id', 'case_id', 'site_code', 'room_code', 'mediator_id', 'starts_at', 'ends_at', 'created_by', 'created_at'],
  quota_employer_months: ['employer_id', 'month', 'sector', 'disabled_severe', 'disabled_other', 'disabled_part_time_half_wage', 'source', 'updated_by', 'updated_at'],
  quota_payment_rates: ['effective_from', 'monthly_amount', 'source', 'entered_by', 'entered_at'],
  unions: ['id', 'name', 'kind', 'registration_number', 'founded_on', 'dissolved_on', 'chair_name', 'term_ends_on', 'members', 'district_code', 'address', 'created_at', 'updated_at'],
  union_evaluations: ['id', 'union_id', 'year', 'evaluated_on', 'scores', 'total_score', 'grade', 'findings', 'created_by', 'created_at'],
  union_guidance_visits: ['id', 'union_id', 'visited_on', 'findings', 'created_by', 'created_at'],
  // indicators module
  indicator_definitions: ['code', 'from_year', 'position', 'dimension', 'plan_ref', 'weight', 'name', 'formula', 'numerator_description', 'denominator_description', 'factor', 'unit', 'decimals', 'direction', 'source', 'module', 'officer_role', 'created_at'],
  indicator_targets: ['code', 'year', 'unit_kind', 'unit_code', 'kind', 'value', 'baseline_value', 'baseline_year', 'annual_change_percent', 'source', 'updated_by', 'updated_at'],
  indicator_entries: ['id', 'code', 'period', 'period_start', 'period_end', 'numerator', 'denominator', 'value', 'source_document', 'source_date', 'entered_by', 'entered_at'],
  indicator_period_values: ['period', 'version', 'code', 'value', 'numerator', 'denominator', 'target', 'met', 'source', 'closed_by', 'closed_at', 'reason'],
  // Migrant workers (issue 10).
  recruitment_agencies: ['id', 'licence_number', 'name', 'created_at'],
  migrant_workers: ['id', 'person_id', 'passport_number', 'nationality', 'preferred_language', 'job_category', 'employer_id', 'household_employer_id', 'agency_id', 'arrival_date', 'permit_from', 'permit_until', 'district_code', 'status', 'status_since', 'created_by', 'created_at', 'updated_at'],
  migrant_district_officers: ['district_code', 'officer_id', 'updated_at'],
  migrant_visit_tasks: ['id', 'worker_id', 'due_on', 'district_code', 'assigned_to', 'status', 'version', 'created_at', 'updated_at'],
  migrant_visits: ['id', 'task_id', 'client_id', 'visited_on', 'place', 'interpreter_language', 'video_call', 'present', 'checklist', 'notes', 'follow_up', 'complaint_tracking_code', 'recorded_by', 'recorded_at'],
  public_accounts: ['id', 'kind', 'email', 'password_hash', 'email_verified_at', 'person_id', 'employer_id', 'employer_role', 'oidc_issuer', 'oidc_subject', 'locale', 'failed_login_count', 'locked_until', 'last_login_at', 'created_at', 'updated_at'],
  public_sessions: ['token_hash', 'account_id', 'csrf_token', 'created_at', 'expires_at'],
  public_account_tokens: ['token_hash', 'account_id', 'purpose', 'created_at', 'expires_at', 'used_at'],
  public_oidc_logins: ['state_hash', 'nonce', 'code_verifier', 'created_at', 'expires_at'],
  // programs (migration 0014)
  program_definitions: ['id', 'code', 'effective_from', 'kind', 'applicant_kind', 'names', 'rules', 'entitlement', 'documents', 'period', 'window_opens', 'window_closes', 'decision_days', 'maker_roles', 'checker_roles', 'sources', 'created_by', 'created_at'],
  program_quotas: ['program_code', 'year', 'places', 'budget_twd', 'places_committed', 'budget_committed_twd', 'budget_paid_twd', 'source'],
  program_applications: ['id', 'program_code', 'definition_id', 'applicant_kind', 'person_id', 'employer_id', 'period', 'quota_year', 'channel', 'facts', 'eligibility', 'eligible', 'amount_twd', 'locale', 'status', 'submitted_at', 'decision_due_at', 'escalated_at', 'created_by', 'decided_by', 'decided_at', 'decision_reason'],
  program_application_events: ['id', 'application_id', 'occurred_at', 'kind', 'status', 'actor_id'],
  program_application_documents: ['id', 'application_id', 'document_code', 'file_name', 'media_type', 'byte_size', 'sha256', 'content', 'uploaded_by', 'uploaded_at'],
  program_payments: ['id', 'application_id', 'amount_twd', 'status', 'prepared_by', 'prepared_at', 'approved_by', 'paid_at'],
  program_special_groups: ['program_code', 'code', 'names', 'source', 'sort_order'],
  labor_university_courses: ['id', 'year', 'code', 'title', 'location', 'district_code', 'schedule', 'hours', 'fee_twd', 'places', 'enrolled'],
  labor_university_enrolments: ['id', 'course_id', 'person_id', 'year', 'special_group', 'application_id', 'enrolled_at', 'created_by'],
  login_failures: ['user_id', 'address_hash', 'failures', 'locked_until', 'updated_at'],
  // Employment services (issue 8).
  job_seekers: ['id', 'person_id', 'unit_kind', 'unit_code', 'officer_id', 'registered_on', 'desired_occupations', 'district_codes', 'lowest_wage_type', 'lowest_wage', 'employment_type', 'shifts', 'skills', 'certificates', 'languages', 'driving_licences', 'created_at', 'updated_at'],
  job_seeker_special_groups: ['job_seeker_id', 'special_groups', 'consent_purpose', 'consent_given_on', 'consent_expires_on', 'updated_at'],
  vacancies: ['id', 'employer_id', 'occupation_code', 'title', 'description', 'requirements', 'district_code', 'address', 'wage_type', 'wage_min', 'wage_max', 'hours_per_week', 'employment_type', 'shifts', 'openings', 'required_certificates', 'languages', 'start_on', 'expires_on', 'status', 'closed_reason', 'screening', 'override_reason', 'search_text', 'created_by', 'published_by', 'published_on', 'created_at', 'updated_at'],
  referrals: ['id', 'card_number', 'job_seeker_id', 'vacancy_id', 'unit_kind', 'unit_code', 'officer_id', 'status', 'answer_token_hash', 'answer_token_expires_at', 'start_on', 'monthly_wage', 'reason', 'created_at', 'updated_at'],
  referral_events: ['id', 'referral_id', 'status', 'occurred_at', 'actor_kind', 'actor_id', 'note'],
  placement_followups: ['referral_id', 'months', 'due_on', 'status', 'checked_at', 'checked_by'],
} as const satisfies { readonly [T in keyof Database]: readonly (keyof Database[T] & string)[] };

// A column in a table type but not in the list above fails the typecheck here.
type Unlisted = { [T in keyof Database]: Exclude<keyof Database[T], (typeof databaseColumns)[T][number]> }[keyof Database];
export const everyColumnListed: [Unlisted] extends [never] ? true : Unlisted = true;
