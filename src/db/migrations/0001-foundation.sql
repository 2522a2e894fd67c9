-- Foundation: staff access, sessions, the audit trail, and the shared person and employer records.

CREATE TABLE staff_users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  roles text[] NOT NULL DEFAULT '{}',
  -- Unit scope (a service station, a rehabilitation region); null = whole city.
  unit_code text,
  is_active boolean NOT NULL DEFAULT true,
  failed_login_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_users_username_key ON staff_users (lower(username));

CREATE TABLE staff_sessions (
  -- SHA-256 of the cookie value: a leaked table does not hand out live sessions.
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_user_idx ON staff_sessions (user_id);

CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid,
  actor_username text,
  action text NOT NULL,
  record_type text NOT NULL,
  record_id text,
  request_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at DESC);
CREATE INDEX audit_events_record_idx ON audit_events (record_type, record_id);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_username);

-- The audit trail is append-only, enforced by the database and not only by the absence of a route.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

-- A person known to the bureau: worker, job seeker, foreign worker, complainant, trainee or applicant.
-- Every module links here; none keeps its own copy.
CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- National ID (身分證統一編號) or residence permit number (外來人口統一證號), validated.
  id_number text NOT NULL,
  id_kind text NOT NULL CHECK (id_kind IN ('national-id', 'resident-certificate')),
  name text NOT NULL,
  birth_date date,
  phone text,
  email text,
  district_code text,
  preferred_locale text NOT NULL DEFAULT 'zh-TW',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX people_id_number_key ON people (id_number);

-- Sensitive attributes live apart from the person so that only the roles that need them read them.
CREATE TABLE person_sensitive_attributes (
  person_id uuid PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
  disability_level text CHECK (disability_level IN ('none', 'mild', 'moderate', 'severe', 'profound')),
  special_groups text[] NOT NULL DEFAULT '{}',
  health_notes text,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE person_consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  purpose text NOT NULL,
  given_on date NOT NULL,
  expires_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- An employer (事業單位). Name variants (台/臺) are normalised into name_key for matching.
CREATE TABLE employers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ubn text UNIQUE,
  name text NOT NULL,
  name_key text NOT NULL,
  responsible_person text,
  industry_code text,
  district_code text,
  address text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employers_name_key_idx ON employers (name_key);

CREATE TABLE employer_headcounts (
  employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
  month date NOT NULL,
  employees integer NOT NULL CHECK (employees >= 0),
  PRIMARY KEY (employer_id, month)
);
