import type { Generated } from 'kysely';

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
  appoint_due_on: string | null;
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
  notified_on: string | null;
  members_due_on: string | null;
  members_on: string | null;
  investigator_on: string | null;
  report_due_on: string | null;
  report_on: string | null;
  special_circumstance: string | null;
  meeting_due_on: string | null;
  meeting_extension_reason: string | null;
  meeting_on: string | null;
  record_remarks: string | null;
  district_code: string | null;
  district_source: string | null;
};

// Committee route and rotation (migration 0037).
export type MediationCommitteeMembersTable = {
  case_id: string;
  position: number;
  seat: string;
  name: string;
  mediator_id: string | null;
  designated: boolean;
  is_chair: Generated<boolean>;
};

export type MediationRotationSkipsTable = {
  id: Generated<string>;
  case_id: string;
  suggested_mediator_id: string;
  appointed_mediator_id: string;
  reason: string;
  created_by: string | null;
  created_at: Date;
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
  remarks: string | null;
};

export type MediatorConflictsTable = {
  id: Generated<string>;
  mediator_id: string;
  ubn: string;
  party_name: string;
  reason: string;
  declared_on: string;
  created_by: string | null;
  created_at: Date;
};

export type MediationRecordLinksTable = { token_hash: string; case_id: string; role: string; expires_at: Date; created_at: Date };

export type MediationPaymentsTable = { case_id: string; position: number; amount: number; due_on: string; paid_on: string | null; followed_up_on: string | null };

export type MediationReminderSettingsTable = { id: number; days_before: number; remind_supervisor_when_overdue: boolean; updated_by: string | null; updated_at: Date };

export type MediationDeadlineRemindersTable = { case_id: string; kind: string; due_on: string; stage: string; recipient_id: string; notification_id: string | null; sent_at: Date };

export type MediationTables = {
  mediators: MediatorsTable;
  mediation_rooms: MediationRoomsTable;
  mediation_calendar_days: MediationCalendarDaysTable;
  mediation_cases: MediationCasesTable;
  mediation_parties: MediationPartiesTable;
  mediation_claims: MediationClaimsTable;
  mediation_sessions: MediationSessionsTable;
  mediator_conflicts: MediatorConflictsTable;
  mediation_committee_members: MediationCommitteeMembersTable;
  mediation_rotation_skips: MediationRotationSkipsTable;
  mediation_record_links: MediationRecordLinksTable;
  mediation_payments: MediationPaymentsTable;
  mediation_reminder_settings: MediationReminderSettingsTable;
  mediation_deadline_reminders: MediationDeadlineRemindersTable;
};

export const mediationColumns = {
  mediators: ['id', 'name', 'staff_user_id', 'organisation', 'certificate_number', 'certificate_valid_until', 'languages', 'is_active', 'created_at'],
  mediation_rooms: ['site_code', 'code', 'name', 'capacity', 'phone', 'is_active'],
  mediation_calendar_days: ['day', 'is_open', 'reason', 'source'],
  mediation_cases: ['id', 'case_number', 'secret_hash', 'channel', 'status', 'dispute_type', 'route', 'unit_kind', 'unit_code', 'employer_id', 'summary', 'origin_kind', 'origin_ref', 'duplicate_key', 'duplicate_of', 'received_at', 'received_on', 'appoint_due_on', 'mediator_id', 'appointed_on', 'start_due_on', 'started_on', 'proposal_due_on', 'proposal_on', 'outcome', 'outcome_on', 'agreed_amount', 'created_by', 'updated_at', 'notified_on', 'members_due_on', 'members_on', 'investigator_on', 'report_due_on', 'report_on', 'special_circumstance', 'meeting_due_on', 'meeting_extension_reason', 'meeting_on', 'record_remarks', 'district_code', 'district_source'],
  mediation_parties: ['case_id', 'role', 'kind', 'name', 'id_number', 'phone', 'email', 'address', 'locale'],
  mediation_claims: ['case_id', 'position', 'kind', 'amount', 'description'],
  mediation_sessions: ['id', 'case_id', 'site_code', 'room_code', 'mediator_id', 'starts_at', 'ends_at', 'created_by', 'created_at', 'remarks'],
  mediator_conflicts: ['id', 'mediator_id', 'ubn', 'party_name', 'reason', 'declared_on', 'created_by', 'created_at'],
  mediation_committee_members: ['case_id', 'position', 'seat', 'name', 'mediator_id', 'designated', 'is_chair'],
  mediation_payments: ['case_id', 'position', 'amount', 'due_on', 'paid_on', 'followed_up_on'],
  mediation_record_links: ['token_hash', 'case_id', 'role', 'expires_at', 'created_at'],
  mediation_rotation_skips: ['id', 'case_id', 'suggested_mediator_id', 'appointed_mediator_id', 'reason', 'created_by', 'created_at'],
  mediation_reminder_settings: ['id', 'days_before', 'remind_supervisor_when_overdue', 'updated_by', 'updated_at'],
  mediation_deadline_reminders: ['case_id', 'kind', 'due_on', 'stage', 'recipient_id', 'notification_id', 'sent_at'],
} as const;
