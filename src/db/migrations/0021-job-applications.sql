-- Issue 8: a job seeker applies to a published vacancy online (self-service, ADR 0028). An application is
-- not a referral: an officer may refer on it, and only a referral's hire counts in indicator 1.
CREATE TABLE job_applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  job_seeker_id uuid NOT NULL REFERENCES job_seekers (id) ON DELETE CASCADE,
  vacancy_id uuid NOT NULL REFERENCES vacancies (id),
  applied_at timestamptz NOT NULL,
  withdrawn_at timestamptz,
  -- One application per person and vacancy; a second is a 409 (mapped on both engines).
  CONSTRAINT job_applications_once UNIQUE (job_seeker_id, vacancy_id)
);
CREATE INDEX job_applications_vacancy_idx ON job_applications (vacancy_id, applied_at);
