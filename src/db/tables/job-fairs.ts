import type { Generated } from 'kysely';

// Job fairs (issue 8, migration 0024, ADR 0029).
export type JobFairsTable = {
  id: Generated<string>;
  kind: string;
  title: string;
  description: Generated<string>;
  starts_at: Date;
  ends_at: Date;
  venue: string;
  district_code: string;
  capacity: number;
  registered: Generated<number>;
  status: Generated<string>;
  published_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  cancelled_at: Date | null;
  cancel_reason: string | null;
};

export type JobFairEmployersTable = {
  id: Generated<string>;
  fair_id: string;
  employer_id: string;
  status: Generated<string>;
  signed_up_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
};

export type JobFairVacanciesTable = {
  fair_employer_id: string;
  vacancy_id: string;
};

export type JobFairRegistrationsTable = {
  id: Generated<string>;
  fair_id: string;
  code: string;
  name: string;
  person_id: string | null;
  channel: string;
  checked_in_at: Date | null;
  checked_in_by: string | null;
  created_at: Date;
  locale: Generated<string>;
};

export type JobFairOutcomesTable = {
  id: Generated<string>;
  fair_id: string;
  registration_id: string;
  employer_id: string;
  vacancy_id: string | null;
  kind: string;
  recorded_by: string;
  recorded_at: Date;
};

export type JobFairsTables = {
  job_fairs: JobFairsTable;
  job_fair_employers: JobFairEmployersTable;
  job_fair_vacancies: JobFairVacanciesTable;
  job_fair_registrations: JobFairRegistrationsTable;
  job_fair_outcomes: JobFairOutcomesTable;
};

export const jobFairsColumns = {
  job_fairs: ['id', 'kind', 'title', 'description', 'starts_at', 'ends_at', 'venue', 'district_code', 'capacity', 'registered', 'status', 'published_at', 'created_by', 'created_at', 'updated_at', 'cancelled_at', 'cancel_reason'],
  job_fair_employers: ['id', 'fair_id', 'employer_id', 'status', 'signed_up_at', 'decided_by', 'decided_at'],
  job_fair_vacancies: ['fair_employer_id', 'vacancy_id'],
  job_fair_registrations: ['id', 'fair_id', 'code', 'name', 'person_id', 'channel', 'checked_in_at', 'checked_in_by', 'created_at', 'locale'],
  job_fair_outcomes: ['id', 'fair_id', 'registration_id', 'employer_id', 'vacancy_id', 'kind', 'recorded_by', 'recorded_at'],
} as const;
