import type { Generated } from 'kysely';
import type { JsonValue } from './json.ts';

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
  /** arrival (the 3-month visit, indicator 8) or follow-up (asked for by a consultation); migration 0029. */
  kind: Generated<string>;
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
  worker_message: string | null;
};

// The consultation centre, 1955 dispatches and reminders (issue 10 §3, migration 0029).
export type MigrantConsultationsTable = {
  id: Generated<string>;
  channel: string;
  language: string;
  topic: string;
  outcome: string;
  duration_minutes: number;
  consulted_at: Date;
  consulted_on: string;
  worker_id: string | null;
  caller_name: string | null;
  caller_phone: string | null;
  notes: string | null;
  complaint_tracking_code: string | null;
  mediation_case_number: string | null;
  visit_task_id: string | null;
  recorded_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type MigrantDispatchesTable = {
  id: Generated<string>;
  dispatch_number: string;
  received_at: Date;
  worker_name: string;
  worker_document_kind: string;
  worker_document: string;
  worker_id: string | null;
  employer_name: string;
  issue: string;
  reply_deadline: string;
  assigned_to: string;
  source: string;
  replied_on: string | null;
  reply_outcome: string | null;
  reply_text: string | null;
  replied_by: string | null;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type MigrantStaffContactsTable = {
  staff_id: string;
  email: string;
  locale: Generated<string>;
  updated_at: Generated<Date>;
};

export type MigrantRemindersTable = {
  kind: string;
  record_id: string;
  reminded_on: string;
  staff_id: string;
  notification_id: string | null;
};

// The field app (migration 0030, ADR 0033).
export type MigrantVisitPhotosTable = {
  id: Generated<string>;
  visit_id: string;
  client_id: string;
  media_type: string;
  content: Uint8Array;
  byte_size: number;
  sha256: string;
  uploaded_by: string;
  created_at: Generated<Date>;
};

export type MigrantFieldKeysTable = {
  id: Generated<string>;
  staff_id: string;
  session_token_hash: string;
  key_bytes: Uint8Array;
  created_at: Generated<Date>;
};

export type MigrantWorkersTables = {
  recruitment_agencies: RecruitmentAgenciesTable;
  migrant_workers: MigrantWorkersTable;
  migrant_district_officers: MigrantDistrictOfficersTable;
  migrant_visit_tasks: MigrantVisitTasksTable;
  migrant_visits: MigrantVisitsTable;
  migrant_consultations: MigrantConsultationsTable;
  migrant_dispatches: MigrantDispatchesTable;
  migrant_staff_contacts: MigrantStaffContactsTable;
  migrant_reminders: MigrantRemindersTable;
  migrant_visit_photos: MigrantVisitPhotosTable;
  migrant_field_keys: MigrantFieldKeysTable;
};

export const migrantWorkersColumns = {
  recruitment_agencies: ['id', 'licence_number', 'name', 'created_at'],
  migrant_workers: ['id', 'person_id', 'passport_number', 'nationality', 'preferred_language', 'job_category', 'employer_id', 'household_employer_id', 'agency_id', 'arrival_date', 'permit_from', 'permit_until', 'district_code', 'status', 'status_since', 'created_by', 'created_at', 'updated_at'],
  migrant_district_officers: ['district_code', 'officer_id', 'updated_at'],
  migrant_visit_tasks: ['id', 'worker_id', 'due_on', 'district_code', 'assigned_to', 'status', 'version', 'created_at', 'updated_at', 'kind'],
  migrant_visits: ['id', 'task_id', 'client_id', 'visited_on', 'place', 'interpreter_language', 'video_call', 'present', 'checklist', 'notes', 'follow_up', 'complaint_tracking_code', 'recorded_by', 'recorded_at', 'worker_message'],
  migrant_consultations: ['id', 'channel', 'language', 'topic', 'outcome', 'duration_minutes', 'consulted_at', 'consulted_on', 'worker_id', 'caller_name', 'caller_phone', 'notes', 'complaint_tracking_code', 'mediation_case_number', 'visit_task_id', 'recorded_by', 'created_at', 'updated_at'],
  migrant_dispatches: ['id', 'dispatch_number', 'received_at', 'worker_name', 'worker_document_kind', 'worker_document', 'worker_id', 'employer_name', 'issue', 'reply_deadline', 'assigned_to', 'source', 'replied_on', 'reply_outcome', 'reply_text', 'replied_by', 'created_by', 'created_at', 'updated_at'],
  migrant_staff_contacts: ['staff_id', 'email', 'locale', 'updated_at'],
  migrant_reminders: ['kind', 'record_id', 'reminded_on', 'staff_id', 'notification_id'],
  migrant_visit_photos: ['id', 'visit_id', 'client_id', 'media_type', 'content', 'byte_size', 'sha256', 'uploaded_by', 'created_at'],
  migrant_field_keys: ['id', 'staff_id', 'session_token_hash', 'key_bytes', 'created_at'],
} as const;
