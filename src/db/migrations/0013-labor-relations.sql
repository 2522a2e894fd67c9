-- Labor dispute mediation (勞資爭議處理法; issue 11, ADR 0020): applications, their parties and claims,
-- the mediators, the rooms of the six mediation sites, sessions booked without overbooking, and the
-- days the bureau is closed (for due dates, 行政程序法 Art. 48 para. 4).

CREATE TABLE mediators (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  -- The staff account of a mediator who works in the platform; an entrusted organisation's mediator
  -- (Art. 11 para. 3) may have none.
  staff_user_id uuid UNIQUE REFERENCES staff_users (id),
  organisation text,
  certificate_number text,
  certificate_valid_until date,
  languages text[] NOT NULL DEFAULT '{zh-TW}',
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL
);

CREATE TABLE mediation_rooms (
  site_code text NOT NULL,
  code text NOT NULL,
  name text NOT NULL,
  capacity integer NOT NULL CHECK (capacity > 0),
  -- The number the notice gives parties to call, entered by the site.
  phone text NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (site_code, code)
);

-- Days the bureau is closed besides weekends (is_open false), and weekend days it works (is_open true,
-- 補行上班日), each with its source.
CREATE TABLE mediation_calendar_days (
  day date PRIMARY KEY,
  is_open boolean NOT NULL,
  reason text NOT NULL,
  source text NOT NULL
);

CREATE TABLE mediation_cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_number text NOT NULL UNIQUE,
  -- Only the hash of the applicant's receipt secret.
  secret_hash text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('online', 'staff')),
  status text NOT NULL CHECK (status IN ('received', 'appointed', 'scheduled', 'closed')),
  dispute_type text NOT NULL CHECK (dispute_type IN ('rights', 'adjustment')),
  route text NOT NULL DEFAULT 'mediator' CHECK (route IN ('mediator')),
  -- The mediation site the case belongs to (staff scope, ADR 0016).
  unit_kind text NOT NULL CHECK (unit_kind = 'mediation-site'),
  unit_code text NOT NULL,
  employer_id uuid REFERENCES employers (id),
  summary text NOT NULL,
  -- What led to it: a complaint, a visit or a consultation, by its reference.
  origin_kind text CHECK (origin_kind IN ('complaint', 'visit', 'consultation')),
  origin_ref text,
  -- The same parties and claims as an earlier open case: flagged, never refused.
  duplicate_key text NOT NULL,
  duplicate_of uuid REFERENCES mediation_cases (id),
  received_at timestamptz NOT NULL,
  received_on date NOT NULL,
  appoint_due_on date NOT NULL,
  mediator_id uuid REFERENCES mediators (id),
  appointed_on date,
  start_due_on date,
  started_on date,
  proposal_due_on date,
  proposal_on date,
  outcome text CHECK (outcome IN ('agreed', 'not-agreed', 'withdrawn', 'absent')),
  outcome_on date,
  agreed_amount bigint CHECK (agreed_amount >= 0),
  created_by uuid REFERENCES staff_users (id),
  updated_at timestamptz NOT NULL,
  CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
  CHECK (status <> 'closed' OR outcome IS NOT NULL)
);
CREATE INDEX mediation_cases_unit_idx ON mediation_cases (unit_kind, unit_code, received_at DESC, id);
CREATE INDEX mediation_cases_duplicate_idx ON mediation_cases (duplicate_key) WHERE outcome IS NULL;
CREATE INDEX mediation_cases_mediator_idx ON mediation_cases (mediator_id);

-- The parties. Personal data: never in a list or a log; read in full by the case's mediator or a
-- supervisor, every reading audited.
CREATE TABLE mediation_parties (
  case_id uuid NOT NULL REFERENCES mediation_cases (id),
  role text NOT NULL CHECK (role IN ('applicant', 'respondent')),
  kind text NOT NULL CHECK (kind IN ('worker', 'employer', 'union')),
  name text NOT NULL,
  id_number text,
  phone text,
  email text,
  address text,
  locale text NOT NULL DEFAULT 'zh-TW' CHECK (locale IN ('zh-TW', 'en', 'id', 'vi', 'th')),
  PRIMARY KEY (case_id, role)
);

CREATE TABLE mediation_claims (
  case_id uuid NOT NULL REFERENCES mediation_cases (id),
  position integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('unpaid-wages', 'overtime', 'severance', 'notice-pay', 'pension-contributions', 'occupational-injury', 'other')),
  amount bigint CHECK (amount >= 0),
  description text,
  PRIMARY KEY (case_id, position)
);

CREATE TABLE mediation_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES mediation_cases (id),
  site_code text NOT NULL,
  room_code text NOT NULL,
  mediator_id uuid NOT NULL REFERENCES mediators (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at),
  FOREIGN KEY (site_code, room_code) REFERENCES mediation_rooms (site_code, code)
);
CREATE INDEX mediation_sessions_room_idx ON mediation_sessions (site_code, room_code, starts_at);
CREATE INDEX mediation_sessions_mediator_idx ON mediation_sessions (mediator_id, starts_at);
CREATE INDEX mediation_sessions_case_idx ON mediation_sessions (case_id, starts_at);

-- Disability employment quota (身心障礙者權益保障法 Arts. 38, 43). Per employer and month: the sector and
-- the disabled employees by how they count (Art. 38 para. 3); the total insured comes from the employers'
-- monthly headcounts (employer_headcounts).
CREATE TABLE quota_employer_months (
  employer_id uuid NOT NULL REFERENCES employers (id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  sector text NOT NULL CHECK (sector IN ('public', 'private')),
  disabled_severe integer NOT NULL DEFAULT 0 CHECK (disabled_severe >= 0),
  disabled_other integer NOT NULL DEFAULT 0 CHECK (disabled_other >= 0),
  disabled_part_time_half_wage integer NOT NULL DEFAULT 0 CHECK (disabled_part_time_half_wage >= 0),
  source text NOT NULL,
  updated_by uuid REFERENCES staff_users (id),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (employer_id, month)
);
CREATE INDEX quota_employer_months_month_idx ON quota_employer_months (month);

-- The monthly amount each missing person costs (差額補助費, Art. 43 para. 2). The law says 基本工資; whether
-- the minimum wage that replaced it applies is not confirmed, so staff enter the figure with its source.
CREATE TABLE quota_payment_rates (
  effective_from date PRIMARY KEY CHECK (extract(day FROM effective_from) = 1),
  monthly_amount integer NOT NULL CHECK (monthly_amount > 0),
  source text NOT NULL,
  entered_by uuid REFERENCES staff_users (id),
  entered_at timestamptz NOT NULL
);

-- Unions (工會法) and their evaluation and guidance (indicator 5).
CREATE TABLE unions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('enterprise', 'industrial', 'occupational', 'federation')),
  registration_number text NOT NULL UNIQUE,
  founded_on date NOT NULL,
  dissolved_on date,
  chair_name text,
  term_ends_on date,
  members integer CHECK (members >= 0),
  district_code text,
  address text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (dissolved_on IS NULL OR dissolved_on >= founded_on)
);

CREATE TABLE union_evaluations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  union_id uuid NOT NULL REFERENCES unions (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  evaluated_on date NOT NULL,
  -- Criteria with weights and scores, as the year's evaluation form has them.
  scores jsonb NOT NULL,
  total_score numeric(6, 2) NOT NULL,
  grade text NOT NULL,
  findings text,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  UNIQUE (union_id, year)
);

CREATE TABLE union_guidance_visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  union_id uuid NOT NULL REFERENCES unions (id),
  visited_on date NOT NULL,
  findings text NOT NULL,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX union_guidance_visits_union_idx ON union_guidance_visits (union_id, visited_on);
