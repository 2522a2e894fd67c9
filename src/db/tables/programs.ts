import type { Generated } from 'kysely';
import type { JsonValue } from './json.ts';

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
  /** Migration 0033: when to escalate an open application, as data. */
  escalation: JsonValue | null;
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
  /** Migration 0033: the public account that filed it online. */
  account_id: string | null;
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
  /** Migration 0033: the applicant's account, for an upload made online. */
  uploaded_by_account: string | null;
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
  /** Migration 0042: the period a part payment is for (a month, a loan period); null = the whole amount. */
  period_label: string | null;
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

export type ProgramsTables = {
  program_definitions: ProgramDefinitionsTable;
  program_quotas: ProgramQuotasTable;
  program_applications: ProgramApplicationsTable;
  program_application_events: ProgramApplicationEventsTable;
  program_application_documents: ProgramApplicationDocumentsTable;
  program_payments: ProgramPaymentsTable;
  program_special_groups: ProgramSpecialGroupsTable;
  labor_university_courses: LaborUniversityCoursesTable;
  labor_university_enrolments: LaborUniversityEnrolmentsTable;
  labor_university_sessions: LaborUniversitySessionsTable;
  labor_university_attendance: LaborUniversityAttendanceTable;
};

// migration 0034
export type LaborUniversitySessionsTable = {
  id: Generated<string>;
  course_id: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
};

export type LaborUniversityAttendanceTable = {
  session_id: string;
  enrolment_id: string;
  present: boolean;
  recorded_by: string | null;
  recorded_at: Date;
};

export const programsColumns = {
  program_definitions: ['id', 'code', 'effective_from', 'kind', 'applicant_kind', 'names', 'rules', 'entitlement', 'documents', 'period', 'window_opens', 'window_closes', 'decision_days', 'maker_roles', 'checker_roles', 'sources', 'created_by', 'created_at', 'escalation'],
  program_quotas: ['program_code', 'year', 'places', 'budget_twd', 'places_committed', 'budget_committed_twd', 'budget_paid_twd', 'source'],
  program_applications: ['id', 'program_code', 'definition_id', 'applicant_kind', 'person_id', 'employer_id', 'period', 'quota_year', 'channel', 'facts', 'eligibility', 'eligible', 'amount_twd', 'locale', 'status', 'submitted_at', 'decision_due_at', 'escalated_at', 'created_by', 'decided_by', 'decided_at', 'decision_reason', 'account_id'],
  program_application_events: ['id', 'application_id', 'occurred_at', 'kind', 'status', 'actor_id'],
  program_application_documents: ['id', 'application_id', 'document_code', 'file_name', 'media_type', 'byte_size', 'sha256', 'content', 'uploaded_by', 'uploaded_at', 'uploaded_by_account'],
  program_payments: ['id', 'application_id', 'amount_twd', 'status', 'prepared_by', 'prepared_at', 'approved_by', 'paid_at', 'period_label'],
  program_special_groups: ['program_code', 'code', 'names', 'source', 'sort_order'],
  labor_university_courses: ['id', 'year', 'code', 'title', 'location', 'district_code', 'schedule', 'hours', 'fee_twd', 'places', 'enrolled'],
  labor_university_enrolments: ['id', 'course_id', 'person_id', 'year', 'special_group', 'application_id', 'enrolled_at', 'created_by'],
  labor_university_sessions: ['id', 'course_id', 'starts_at', 'ends_at', 'location'],
  labor_university_attendance: ['session_id', 'enrolment_id', 'present', 'recorded_by', 'recorded_at'],
} as const;
