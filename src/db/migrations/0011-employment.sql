-- Employment services (issue 8): job seekers, vacancies with their legal screening, referrals and their
-- pipeline, and placement follow-ups. A job seeker is a person of the people module (never a copy of one);
-- a vacancy is an employer's (employers module). Unit columns follow ADR 0016.

CREATE TABLE job_seekers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL UNIQUE REFERENCES people (id) ON DELETE CASCADE,
  unit_kind text NOT NULL CHECK (unit_kind IN ('station', 'city')),
  unit_code text,
  officer_id uuid REFERENCES staff_users (id),
  registered_on date NOT NULL,
  desired_occupations text[] NOT NULL DEFAULT '{}',
  district_codes text[] NOT NULL DEFAULT '{}',
  lowest_wage_type text NOT NULL DEFAULT 'monthly' CHECK (lowest_wage_type IN ('monthly', 'hourly')),
  lowest_wage integer CHECK (lowest_wage >= 0),
  employment_type text NOT NULL DEFAULT 'either' CHECK (employment_type IN ('full-time', 'part-time', 'either')),
  shifts text[] NOT NULL DEFAULT '{}',
  skills text[] NOT NULL DEFAULT '{}',
  -- [{"kind": "技術士", "name": "…", "level": "甲"|"乙"|"丙"|"單一級", "number": "…"}]
  certificates jsonb NOT NULL DEFAULT '[]',
  languages text[] NOT NULL DEFAULT '{}',
  driving_licences text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_seekers_unit_idx ON job_seekers (unit_kind, unit_code, registered_on);
CREATE INDEX job_seekers_registered_idx ON job_seekers (registered_on, id);

-- 特定對象 (就業服務法 Art. 24) status, kept apart and only with the person's consent for this purpose.
CREATE TABLE job_seeker_special_groups (
  job_seeker_id uuid PRIMARY KEY REFERENCES job_seekers (id) ON DELETE CASCADE,
  special_groups text[] NOT NULL,
  consent_purpose text NOT NULL,
  consent_given_on date NOT NULL,
  consent_expires_on date,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE vacancies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers (id),
  occupation_code text NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  requirements text NOT NULL DEFAULT '',
  district_code text NOT NULL,
  address text,
  wage_type text NOT NULL CHECK (wage_type IN ('monthly', 'hourly')),
  wage_min integer NOT NULL CHECK (wage_min > 0),
  wage_max integer CHECK (wage_max IS NULL OR wage_max >= wage_min),
  hours_per_week integer CHECK (hours_per_week BETWEEN 1 AND 84),
  employment_type text NOT NULL CHECK (employment_type IN ('full-time', 'part-time')),
  shifts text[] NOT NULL DEFAULT '{}',
  openings integer NOT NULL DEFAULT 1 CHECK (openings >= 1),
  required_certificates text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  start_on date,
  expires_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('held', 'published', 'closed')),
  closed_reason text CHECK (closed_reason IN ('filled', 'withdrawn')),
  -- Terms the screening found: [{"term", "article", "ground", "field", "start", "end"}]
  screening jsonb NOT NULL DEFAULT '[]',
  override_reason text,
  -- Title and text folded for search (台→臺, NFKC, lower case, no spaces).
  search_text text NOT NULL,
  created_by uuid REFERENCES staff_users (id),
  published_by uuid REFERENCES staff_users (id),
  published_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vacancies_public_idx ON vacancies (published_on DESC, id) WHERE status = 'published';
CREATE INDEX vacancies_employer_idx ON vacancies (employer_id);
CREATE INDEX vacancies_created_idx ON vacancies (created_at, id);

CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  card_number text NOT NULL UNIQUE,
  job_seeker_id uuid NOT NULL REFERENCES job_seekers (id) ON DELETE CASCADE,
  vacancy_id uuid NOT NULL REFERENCES vacancies (id),
  unit_kind text NOT NULL CHECK (unit_kind IN ('station', 'city')),
  unit_code text,
  officer_id uuid REFERENCES staff_users (id),
  status text NOT NULL CHECK (status IN ('referred', 'contacted', 'interviewed', 'hired', 'not-hired', 'withdrawn')),
  -- The employer's answer link: only the SHA-256 of a random token is kept; it is no personal data.
  answer_token_hash text NOT NULL UNIQUE,
  answer_token_expires_at timestamptz NOT NULL,
  start_on date,
  monthly_wage integer,
  reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One open referral of a person to a vacancy at a time.
CREATE UNIQUE INDEX referrals_open_key ON referrals (job_seeker_id, vacancy_id)
  WHERE status IN ('referred', 'contacted', 'interviewed');
CREATE INDEX referrals_job_seeker_idx ON referrals (job_seeker_id);

CREATE TABLE referral_events (
  id bigserial PRIMARY KEY,
  referral_id uuid NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  status text NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('staff', 'employer', 'system')),
  actor_id uuid,
  note text
);
CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, occurred_at);

-- 穩定就業 checks at 1 and 3 months after the start date of a placement.
CREATE TABLE placement_followups (
  referral_id uuid NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
  months integer NOT NULL CHECK (months IN (1, 3)),
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'due', 'employed', 'not-employed')),
  checked_at timestamptz,
  checked_by uuid REFERENCES staff_users (id),
  PRIMARY KEY (referral_id, months)
);
CREATE INDEX placement_followups_due_idx ON placement_followups (due_on) WHERE status = 'scheduled';
