import type { Generated } from 'kysely';

// Youth services (issue 9 section 3, migration 0020).
export type YouthSlotsTable = {
  id: Generated<string>;
  counsellor_id: string;
  starts_at: Date;
  ends_at: Date;
  venue: string;
  capacity: number;
  booked: Generated<number>;
  status: Generated<string>;
  created_at: Generated<Date>;
};

export type YouthBookingsTable = {
  id: Generated<string>;
  slot_id: string;
  code_hash: string;
  name: string;
  email: string;
  birth_date: string;
  district_code: string | null;
  person_id: string | null;
  locale: string;
  status: Generated<string>;
  reminder_sent_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

export type YouthSessionsTable = {
  id: Generated<string>;
  booking_id: string;
  counsellor_id: string;
  held_on: string;
  assessment: Generated<string>;
  resume_review: Generated<string>;
  plan: Generated<string>;
  created_at: Generated<Date>;
};

export type YouthEventsTable = {
  id: Generated<string>;
  kind: string;
  title: string;
  starts_at: Date;
  venue: string;
  district_code: string;
  employer_id: string | null;
  capacity: number;
  registered: Generated<number>;
  status: Generated<string>;
  created_by: string;
  created_at: Generated<Date>;
};

export type YouthEventRegistrationsTable = {
  id: Generated<string>;
  event_id: string;
  code_hash: string;
  name: string;
  email: string;
  birth_date: string;
  district_code: string | null;
  locale: string;
  status: Generated<string>;
  attended_on: string | null;
  feedback_rating: number | null;
  feedback_text: string | null;
  created_at: Date;
};

export type YouthSummerJobsTable = {
  id: Generated<string>;
  person_id: string;
  birth_date: string;
  district_code: string | null;
  school: string;
  household_status: string;
  household_document_number: string;
  household_document_issued_on: string;
  employer_id: string;
  start_on: string;
  end_on: string;
  hours: number;
  hourly_wage: number;
  minimum_hourly_wage: number;
  created_by: string;
  created_at: Generated<Date>;
};

export type YouthTables = {
  youth_slots: YouthSlotsTable;
  youth_bookings: YouthBookingsTable;
  youth_sessions: YouthSessionsTable;
  youth_events: YouthEventsTable;
  youth_event_registrations: YouthEventRegistrationsTable;
  youth_summer_jobs: YouthSummerJobsTable;
};

export const youthColumns = {
  youth_slots: ['id', 'counsellor_id', 'starts_at', 'ends_at', 'venue', 'capacity', 'booked', 'status', 'created_at'],
  youth_bookings: ['id', 'slot_id', 'code_hash', 'name', 'email', 'birth_date', 'district_code', 'person_id', 'locale', 'status', 'reminder_sent_at', 'created_at', 'updated_at'],
  youth_sessions: ['id', 'booking_id', 'counsellor_id', 'held_on', 'assessment', 'resume_review', 'plan', 'created_at'],
  youth_events: ['id', 'kind', 'title', 'starts_at', 'venue', 'district_code', 'employer_id', 'capacity', 'registered', 'status', 'created_by', 'created_at'],
  youth_event_registrations: ['id', 'event_id', 'code_hash', 'name', 'email', 'birth_date', 'district_code', 'locale', 'status', 'attended_on', 'feedback_rating', 'feedback_text', 'created_at'],
  youth_summer_jobs: ['id', 'person_id', 'birth_date', 'district_code', 'school', 'household_status', 'household_document_number', 'household_document_issued_on', 'employer_id', 'start_on', 'end_on', 'hours', 'hourly_wage', 'minimum_hourly_wage', 'created_by', 'created_at'],
} as const;
