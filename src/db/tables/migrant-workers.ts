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
  migrant_visit_photos: MigrantVisitPhotosTable;
  migrant_field_keys: MigrantFieldKeysTable;
};

export const migrantWorkersColumns = {
  recruitment_agencies: ['id', 'licence_number', 'name', 'created_at'],
  migrant_workers: ['id', 'person_id', 'passport_number', 'nationality', 'preferred_language', 'job_category', 'employer_id', 'household_employer_id', 'agency_id', 'arrival_date', 'permit_from', 'permit_until', 'district_code', 'status', 'status_since', 'created_by', 'created_at', 'updated_at'],
  migrant_district_officers: ['district_code', 'officer_id', 'updated_at'],
  migrant_visit_tasks: ['id', 'worker_id', 'due_on', 'district_code', 'assigned_to', 'status', 'version', 'created_at', 'updated_at'],
  migrant_visits: ['id', 'task_id', 'client_id', 'visited_on', 'place', 'interpreter_language', 'video_call', 'present', 'checklist', 'notes', 'follow_up', 'complaint_tracking_code', 'recorded_by', 'recorded_at'],
  migrant_visit_photos: ['id', 'visit_id', 'client_id', 'media_type', 'content', 'byte_size', 'sha256', 'uploaded_by', 'created_at'],
  migrant_field_keys: ['id', 'staff_id', 'session_token_hash', 'key_bytes', 'created_at'],
} as const;
