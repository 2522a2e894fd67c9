import type { Generated } from 'kysely';

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
  search_grams: Generated<string[]>;
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

/** A job seeker's own online application (migration 0021, ADR 0028). */
export type JobApplicationsTable = {
  id: Generated<string>;
  job_seeker_id: string;
  vacancy_id: string;
  applied_at: Date;
  withdrawn_at: Date | null;
  locale: Generated<string>;
};

export type EmploymentTables = {
  job_seekers: JobSeekersTable;
  job_seeker_special_groups: JobSeekerSpecialGroupsTable;
  vacancies: VacanciesTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
  placement_followups: PlacementFollowupsTable;
  job_applications: JobApplicationsTable;
};

export const employmentColumns = {
  job_seekers: ['id', 'person_id', 'unit_kind', 'unit_code', 'officer_id', 'registered_on', 'desired_occupations', 'district_codes', 'lowest_wage_type', 'lowest_wage', 'employment_type', 'shifts', 'skills', 'certificates', 'languages', 'driving_licences', 'created_at', 'updated_at'],
  job_seeker_special_groups: ['job_seeker_id', 'special_groups', 'consent_purpose', 'consent_given_on', 'consent_expires_on', 'updated_at'],
  vacancies: ['id', 'employer_id', 'occupation_code', 'title', 'description', 'requirements', 'district_code', 'address', 'wage_type', 'wage_min', 'wage_max', 'hours_per_week', 'employment_type', 'shifts', 'openings', 'required_certificates', 'languages', 'start_on', 'expires_on', 'status', 'closed_reason', 'screening', 'override_reason', 'search_text', 'search_grams', 'created_by', 'published_by', 'published_on', 'created_at', 'updated_at'],
  referrals: ['id', 'card_number', 'job_seeker_id', 'vacancy_id', 'unit_kind', 'unit_code', 'officer_id', 'status', 'answer_token_hash', 'answer_token_expires_at', 'start_on', 'monthly_wage', 'reason', 'created_at', 'updated_at'],
  referral_events: ['id', 'referral_id', 'status', 'occurred_at', 'actor_kind', 'actor_id', 'note'],
  placement_followups: ['referral_id', 'months', 'due_on', 'status', 'checked_at', 'checked_by'],
  job_applications: ['id', 'job_seeker_id', 'vacancy_id', 'applied_at', 'withdrawn_at', 'locale'],
} as const;
