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
