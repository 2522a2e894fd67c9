import type { Generated } from 'kysely';

// migration 0043
export type TrainingClassesTable = {
  id: Generated<string>;
  code: string;
  title: string;
  provider: string;
  occupation_code: string;
  hours: number;
  starts_on: string;
  ends_on: string;
  place: string;
  district_code: string | null;
  places: number;
  selected: Generated<number>;
  selection_on: string;
  allowance_monthly_twd: number | null;
  allowance_source: string | null;
  created_by: string | null;
  created_at: Date;
};

export type TrainingEnrolmentsTable = {
  id: Generated<string>;
  class_id: string;
  job_seeker_id: string;
  person_id: string;
  status: 'applied' | 'selected' | 'waitlisted' | 'dropped' | 'completed';
  attended_hours: Generated<number>;
  channel: 'staff' | 'citizen';
  account_id: string | null;
  applied_at: Date;
  updated_at: Date;
  completed_on: string | null;
  created_by: string | null;
};

export type TrainingEnrolmentEventsTable = {
  id: Generated<string>;
  enrolment_id: string;
  status: string;
  occurred_at: Date;
  actor_id: string | null;
  note: string | null;
};

export type VocationalTrainingTables = {
  training_classes: TrainingClassesTable;
  training_enrolments: TrainingEnrolmentsTable;
  training_enrolment_events: TrainingEnrolmentEventsTable;
};

export const vocationalTrainingColumns = {
  training_classes: ['id', 'code', 'title', 'provider', 'occupation_code', 'hours', 'starts_on', 'ends_on', 'place', 'district_code', 'places', 'selected', 'selection_on', 'allowance_monthly_twd', 'allowance_source', 'created_by', 'created_at'],
  training_enrolments: ['id', 'class_id', 'job_seeker_id', 'person_id', 'status', 'attended_hours', 'channel', 'account_id', 'applied_at', 'updated_at', 'completed_on', 'created_by'],
  training_enrolment_events: ['id', 'enrolment_id', 'status', 'occurred_at', 'actor_id', 'note'],
} as const;
