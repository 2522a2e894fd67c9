import type { Generated } from 'kysely';

// Occupational safety (issue 12 §3, migration 0032, ADR 0035).

export type SafetyProjectsTable = {
  id: Generated<string>;
  project_number: string;
  name: string;
  owner_name: string;
  contractor_ubn: string;
  contractor_name: string;
  contractor_employer_id: string | null;
  site_address: string;
  district_code: string;
  contract_value_twd: number;
  starts_on: string;
  planned_end_on: string;
  ended_on: string | null;
  status: Generated<string>;
  search_key: string;
  channel: string;
  registered_by: string | null;
  registered_by_account: string | null;
  certificate_number: string | null;
  certified_on: string | null;
  created_at: Date;
  updated_at: Date;
};

export type SafetyProjectLogsTable = {
  id: Generated<string>;
  project_id: string;
  month: string;
  work_hours: number;
  headcount: number;
  version: Generated<number>;
  entered_by: string | null;
  entered_by_account: string | null;
  entered_at: Date;
};

export type SafetyIncidentsTable = {
  id: Generated<string>;
  log_id: string;
  occurred_on: string;
  kind: string;
  deaths: Generated<number>;
  disabled_victims: Generated<number>;
  hospitalised: Generated<number>;
  is_designated: Generated<boolean>;
  is_major: boolean;
  description: Generated<string>;
};

export type SafetyLogRevisionsTable = {
  id: Generated<string>;
  log_id: string;
  version: number;
  content: unknown;
  reason: string;
  amended_by: string | null;
  amended_by_account: string | null;
  amended_at: Date;
};

export type SafetyProjectReviewsTable = {
  id: Generated<string>;
  project_id: string;
  outcome: string;
  rule_result: unknown;
  note: Generated<string>;
  reviewed_by: string;
  reviewed_at: Date;
};

export type SafetyExpertsTable = {
  id: Generated<string>;
  name: string;
  university: string;
  specialty: string;
  is_active: Generated<boolean>;
  created_by: string;
  created_at: Date;
};

export type SafetyGuidanceRequestsTable = {
  id: Generated<string>;
  employer_ubn: string;
  employer_name: string;
  employer_id: string | null;
  district_code: string;
  site_address: string;
  topic: string;
  channel: string;
  status: Generated<string>;
  expert_id: string | null;
  assigned_by: string | null;
  assigned_at: Date | null;
  requested_by: string | null;
  requested_by_account: string | null;
  requested_at: Date;
  updated_at: Date;
};

export type SafetyGuidanceVisitsTable = {
  id: Generated<string>;
  request_id: string;
  kind: string;
  visited_on: string;
  expert_id: string;
  notes: Generated<string>;
  recorded_by: string;
  recorded_at: Date;
};

export type SafetyImprovementsTable = {
  id: Generated<string>;
  request_id: string;
  found_visit_id: string;
  hazard: string;
  improvement: string;
  due_on: string;
  status: Generated<string>;
  closed_visit_id: string | null;
  closed_on: string | null;
};

export type SafetyImprovementChecksTable = {
  id: Generated<string>;
  improvement_id: string;
  visit_id: string;
  result: string;
  next_due_on: string | null;
};

export type SafetyEventsTable = {
  id: Generated<string>;
  kind: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  venue: string;
  district_code: string;
  capacity: number;
  registered: Generated<number>;
  created_by: string;
  created_at: Date;
};

export type SafetyEventRegistrationsTable = {
  id: Generated<string>;
  event_id: string;
  attendee_name: string;
  organisation: Generated<string>;
  attended_at: Date | null;
  registered_by: string;
  registered_at: Date;
};

export type SafetyTables = {
  safety_projects: SafetyProjectsTable;
  safety_project_logs: SafetyProjectLogsTable;
  safety_incidents: SafetyIncidentsTable;
  safety_log_revisions: SafetyLogRevisionsTable;
  safety_project_reviews: SafetyProjectReviewsTable;
  safety_experts: SafetyExpertsTable;
  safety_guidance_requests: SafetyGuidanceRequestsTable;
  safety_guidance_visits: SafetyGuidanceVisitsTable;
  safety_improvements: SafetyImprovementsTable;
  safety_improvement_checks: SafetyImprovementChecksTable;
  safety_events: SafetyEventsTable;
  safety_event_registrations: SafetyEventRegistrationsTable;
};

export const safetyColumns = {
  safety_projects: ['id', 'project_number', 'name', 'owner_name', 'contractor_ubn', 'contractor_name', 'contractor_employer_id', 'site_address', 'district_code', 'contract_value_twd', 'starts_on', 'planned_end_on', 'ended_on', 'status', 'search_key', 'channel', 'registered_by', 'registered_by_account', 'certificate_number', 'certified_on', 'created_at', 'updated_at'],
  safety_project_logs: ['id', 'project_id', 'month', 'work_hours', 'headcount', 'version', 'entered_by', 'entered_by_account', 'entered_at'],
  safety_incidents: ['id', 'log_id', 'occurred_on', 'kind', 'deaths', 'disabled_victims', 'hospitalised', 'is_designated', 'is_major', 'description'],
  safety_log_revisions: ['id', 'log_id', 'version', 'content', 'reason', 'amended_by', 'amended_by_account', 'amended_at'],
  safety_project_reviews: ['id', 'project_id', 'outcome', 'rule_result', 'note', 'reviewed_by', 'reviewed_at'],
  safety_experts: ['id', 'name', 'university', 'specialty', 'is_active', 'created_by', 'created_at'],
  safety_guidance_requests: ['id', 'employer_ubn', 'employer_name', 'employer_id', 'district_code', 'site_address', 'topic', 'channel', 'status', 'expert_id', 'assigned_by', 'assigned_at', 'requested_by', 'requested_by_account', 'requested_at', 'updated_at'],
  safety_guidance_visits: ['id', 'request_id', 'kind', 'visited_on', 'expert_id', 'notes', 'recorded_by', 'recorded_at'],
  safety_improvements: ['id', 'request_id', 'found_visit_id', 'hazard', 'improvement', 'due_on', 'status', 'closed_visit_id', 'closed_on'],
  safety_improvement_checks: ['id', 'improvement_id', 'visit_id', 'result', 'next_due_on'],
  safety_events: ['id', 'kind', 'title', 'starts_at', 'ends_at', 'venue', 'district_code', 'capacity', 'registered', 'created_by', 'created_at'],
  safety_event_registrations: ['id', 'event_id', 'attendee_name', 'organisation', 'attended_at', 'registered_by', 'registered_at'],
} as const;
