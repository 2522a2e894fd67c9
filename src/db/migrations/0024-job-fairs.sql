-- Job fairs (就業博覽會, issue 8 "Job fairs", plan 一-2 and 五-4, ADR 0029): fairs published by employment
-- officers, the employers who sign up with vacancies they offer, job seekers' pre-registrations with the
-- code their QR code carries, check-in at the door, and interviews and hires recorded at the fair.
-- Places taken live on the fair's row, so a registration is one conditional UPDATE (never more than the
-- capacity, CHECK as the backstop) whichever engine runs it, as for the youth events (migration 0020).

CREATE TABLE job_fairs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- 單一徵才, regional joint fair (區域聯合徵才), expo (就業博覽會), 中彰投 joint fair.
  kind text NOT NULL CHECK (kind IN ('single-employer', 'regional', 'expo', 'zhong-zhang-tou')),
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  venue text NOT NULL,
  district_code text NOT NULL,
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 20000),
  registered integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
  published_at timestamptz,
  created_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (registered >= 0 AND registered <= capacity)
);
CREATE INDEX job_fairs_starts_idx ON job_fairs (starts_at, id);

-- An employer's sign-up for a fair; an officer approves it. One per employer and fair.
CREATE TABLE job_fair_employers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fair_id uuid NOT NULL REFERENCES job_fairs (id),
  employer_id uuid NOT NULL REFERENCES employers (id),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  signed_up_at timestamptz NOT NULL,
  decided_by uuid REFERENCES staff_users (id),
  decided_at timestamptz,
  UNIQUE (fair_id, employer_id)
);

-- The vacancies (of the employment module, by id) an employer offers at the fair.
CREATE TABLE job_fair_vacancies (
  fair_employer_id uuid NOT NULL REFERENCES job_fair_employers (id) ON DELETE CASCADE,
  vacancy_id uuid NOT NULL REFERENCES vacancies (id),
  PRIMARY KEY (fair_employer_id, vacancy_id)
);

-- A job seeker's place: pre-registered by a signed-in citizen (person_id set) or at the door by staff.
-- The code is what the QR code carries; it only checks the holder in, so it is kept as issued (the
-- citizen's "my QR code" page shows it again), unique across fairs.
CREATE TABLE job_fair_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fair_id uuid NOT NULL REFERENCES job_fairs (id),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  person_id uuid REFERENCES people (id) ON DELETE SET NULL,
  channel text NOT NULL CHECK (channel IN ('online', 'door')),
  checked_in_at timestamptz,
  checked_in_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL
);
-- One place per person and fair: a second pre-registration is a 409, not two places.
CREATE UNIQUE INDEX job_fair_registrations_person_idx ON job_fair_registrations (fair_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX job_fair_registrations_fair_idx ON job_fair_registrations (fair_id, created_at, id);

-- Interviews and hires on the spot, by employer; one of each kind per job seeker and employer.
CREATE TABLE job_fair_outcomes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fair_id uuid NOT NULL REFERENCES job_fairs (id),
  registration_id uuid NOT NULL REFERENCES job_fair_registrations (id),
  employer_id uuid NOT NULL REFERENCES employers (id),
  vacancy_id uuid REFERENCES vacancies (id),
  kind text NOT NULL CHECK (kind IN ('interview', 'hire')),
  recorded_by uuid NOT NULL REFERENCES staff_users (id),
  recorded_at timestamptz NOT NULL,
  UNIQUE (registration_id, employer_id, kind)
);
CREATE INDEX job_fair_outcomes_fair_idx ON job_fair_outcomes (fair_id);
