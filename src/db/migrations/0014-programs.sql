-- Bureau programs (subsidies, awards, courses, incentives, aid): one engine, definitions as data (ADR 0021).

-- A program, as one row per version. The version in force on a date is the one with the latest
-- effective_from on or before it, so a rule can change mid-year and earlier applications keep the version
-- they were decided under (program_applications.definition_id).
CREATE TABLE program_definitions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL CHECK (code ~ '^[a-z0-9-]{2,60}$'),
  effective_from date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('subsidy', 'award', 'course', 'incentive', 'aid')),
  applicant_kind text NOT NULL CHECK (applicant_kind IN ('person', 'employer')),
  -- { "zh-TW": "...", "en": "...", ... }
  names jsonb NOT NULL,
  -- Eligibility rules (programs.rules.ts): [{ "code", "kind", ...parameters }].
  rules jsonb NOT NULL DEFAULT '[]',
  -- { "kind": "fixed" | "monthly" | "share", "amount" | "percent", "maxMonths", "capPerPerson", "capPerYear" };
  -- an amount the plan does not give is null, and staff enter it on the decision.
  entitlement jsonb NOT NULL,
  -- [{ "code", "names", "required", "mediaTypes", "maxBytes" }]
  documents jsonb NOT NULL DEFAULT '[]',
  -- 'year' (one per applicant a year), 'month', or 'once' (one ever): the period a second application is refused in.
  period text NOT NULL CHECK (period IN ('year', 'month', 'once')),
  window_opens date,
  window_closes date,
  -- A decision (and for some programs the payment) is due this many days after the hour of the application.
  decision_days integer CHECK (decision_days > 0),
  maker_roles text[] NOT NULL,
  checker_roles text[] NOT NULL,
  -- Where each figure comes from: [{ "field", "source" }]; a figure with no source is left null.
  sources jsonb NOT NULL DEFAULT '[]',
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, effective_from),
  CHECK (window_closes IS NULL OR window_opens IS NULL OR window_closes >= window_opens)
);

-- Places and budget per program and year. The counters only move through conditional updates, and the
-- CHECKs make overbooking impossible even for a writer that forgets the condition.
CREATE TABLE program_quotas (
  program_code text NOT NULL,
  year integer NOT NULL,
  places integer CHECK (places >= 0),
  budget_twd bigint CHECK (budget_twd >= 0),
  places_committed integer NOT NULL DEFAULT 0 CHECK (places_committed >= 0),
  budget_committed_twd bigint NOT NULL DEFAULT 0 CHECK (budget_committed_twd >= 0),
  budget_paid_twd bigint NOT NULL DEFAULT 0 CHECK (budget_paid_twd >= 0),
  source text,
  PRIMARY KEY (program_code, year),
  CHECK (places IS NULL OR places_committed <= places),
  CHECK (budget_twd IS NULL OR budget_committed_twd <= budget_twd)
);

CREATE TABLE program_applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_code text NOT NULL,
  definition_id uuid NOT NULL REFERENCES program_definitions (id),
  applicant_kind text NOT NULL CHECK (applicant_kind IN ('person', 'employer')),
  person_id uuid REFERENCES people (id),
  employer_id uuid REFERENCES employers (id),
  -- '2026', '2026-03' or 'once', from the definition's period and the application date.
  period text NOT NULL,
  quota_year integer NOT NULL,
  channel text NOT NULL CHECK (channel IN ('staff', 'citizen', 'employer')),
  -- The facts the rules were run on (entered evidence and the applicant's records at the time).
  facts jsonb NOT NULL,
  eligibility jsonb NOT NULL,
  eligible boolean NOT NULL,
  amount_twd bigint CHECK (amount_twd >= 0),
  locale text NOT NULL,
  status text NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected', 'paid', 'withdrawn')),
  submitted_at timestamptz NOT NULL,
  decision_due_at timestamptz,
  escalated_at timestamptz,
  created_by uuid REFERENCES staff_users (id),
  decided_by uuid REFERENCES staff_users (id),
  decided_at timestamptz,
  decision_reason text,
  CHECK ((applicant_kind = 'person') = (person_id IS NOT NULL)),
  CHECK ((applicant_kind = 'employer') = (employer_id IS NOT NULL)),
  -- The maker never decides their own application (also checked in the service, with its own error code).
  CHECK (decided_by IS NULL OR created_by IS NULL OR decided_by <> created_by)
);
-- One live application per applicant, program and period; a rejected or withdrawn one may be made again.
CREATE UNIQUE INDEX program_applications_once_key
  ON program_applications (program_code, period, (coalesce(person_id, employer_id)))
  WHERE status NOT IN ('rejected', 'withdrawn');
CREATE INDEX program_applications_status_idx ON program_applications (program_code, status, submitted_at);

CREATE TABLE program_application_events (
  id bigserial PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES program_applications (id) ON DELETE CASCADE,
  occurred_at timestamptz NOT NULL,
  kind text NOT NULL,
  status text NOT NULL,
  actor_id uuid REFERENCES staff_users (id)
);
CREATE INDEX program_application_events_app_idx ON program_application_events (application_id, id);

CREATE TABLE program_application_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES program_applications (id) ON DELETE CASCADE,
  document_code text NOT NULL,
  file_name text NOT NULL,
  media_type text NOT NULL,
  byte_size integer NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES staff_users (id),
  uploaded_at timestamptz NOT NULL
);

-- A payment is prepared by one staff member and approved by another (the second approval).
CREATE TABLE program_payments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES program_applications (id),
  amount_twd bigint NOT NULL CHECK (amount_twd > 0),
  status text NOT NULL CHECK (status IN ('prepared', 'paid')),
  prepared_by uuid NOT NULL REFERENCES staff_users (id),
  prepared_at timestamptz NOT NULL,
  approved_by uuid REFERENCES staff_users (id),
  paid_at timestamptz,
  CHECK (approved_by IS NULL OR approved_by <> prepared_by)
);
CREATE UNIQUE INDEX program_payments_one_key ON program_payments (application_id);

-- Special groups a program recognises (the labor university's 12 with full subsidy), as data with a source.
CREATE TABLE program_special_groups (
  program_code text NOT NULL,
  code text NOT NULL CHECK (code ~ '^[a-z0-9-]{2,40}$'),
  names jsonb NOT NULL,
  source text NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  PRIMARY KEY (program_code, code)
);

-- Labor university (勞工大學): courses and enrolments. A subsidised enrolment carries its application.
CREATE TABLE labor_university_courses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL,
  code text NOT NULL,
  title text NOT NULL,
  location text NOT NULL,
  district_code text,
  schedule text NOT NULL,
  hours integer NOT NULL CHECK (hours > 0),
  fee_twd integer NOT NULL CHECK (fee_twd >= 0),
  places integer NOT NULL CHECK (places > 0),
  enrolled integer NOT NULL DEFAULT 0 CHECK (enrolled >= 0),
  UNIQUE (year, code),
  CHECK (enrolled <= places)
);

CREATE TABLE labor_university_enrolments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES labor_university_courses (id),
  person_id uuid NOT NULL REFERENCES people (id),
  year integer NOT NULL,
  special_group text,
  application_id uuid REFERENCES program_applications (id),
  enrolled_at timestamptz NOT NULL,
  created_by uuid REFERENCES staff_users (id),
  UNIQUE (course_id, person_id),
  CHECK ((special_group IS NULL) = (application_id IS NULL))
);
CREATE INDEX labor_university_enrolments_year_idx ON labor_university_enrolments (year);
