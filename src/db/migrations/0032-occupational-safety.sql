-- Occupational safety (issue 12 §3, plan 第一部分 三 and 第二部分 四-4, 四-5, 五-2; ADR 0035).
-- Zero-disaster certification (無災害工程認證): construction projects, one log per project and month with the
-- incidents of that month, the bureau's review (查核) and the certificate. On-site guidance (臨場輔導): experts of
-- the partner universities' platform, requests, visits, the improvements each visit asks for and the
-- follow-up checks. Promotion and training events with registration and attendance.

CREATE TABLE safety_projects (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- ZD-<year>-<serial>, given on registration; the public search and the open data name a project by it.
  project_number text NOT NULL UNIQUE,
  name text NOT NULL,
  owner_name text NOT NULL,
  contractor_ubn text NOT NULL,
  contractor_name text NOT NULL,
  -- The employers register's row for the contractor, when it holds that UBN.
  contractor_employer_id uuid REFERENCES employers (id),
  site_address text NOT NULL,
  district_code text NOT NULL,
  contract_value_twd bigint NOT NULL CHECK (contract_value_twd > 0),
  starts_on date NOT NULL,
  planned_end_on date NOT NULL,
  ended_on date,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended', 'certified', 'not-certified')),
  -- The folded search text of the name, contractor and site (台/臺 alike, no punctuation).
  search_key text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('staff', 'employer')),
  registered_by uuid REFERENCES staff_users (id),
  registered_by_account uuid,
  certificate_number text UNIQUE,
  certified_on date,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (planned_end_on >= starts_on),
  CHECK (ended_on IS NULL OR ended_on >= starts_on),
  CHECK ((status = 'certified') = (certificate_number IS NOT NULL AND certified_on IS NOT NULL)),
  CHECK (status = 'active' OR ended_on IS NOT NULL),
  CHECK (registered_by IS NOT NULL OR registered_by_account IS NOT NULL)
);
CREATE INDEX safety_projects_district_idx ON safety_projects (district_code, id);
CREATE INDEX safety_projects_status_idx ON safety_projects (status, certified_on, id);

-- One log per project and month (month = its first day); an amendment keeps the earlier text in revisions.
CREATE TABLE safety_project_logs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES safety_projects (id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  work_hours integer NOT NULL CHECK (work_hours >= 0),
  headcount integer NOT NULL CHECK (headcount >= 0),
  version integer NOT NULL DEFAULT 1,
  entered_by uuid REFERENCES staff_users (id),
  entered_by_account uuid,
  entered_at timestamptz NOT NULL,
  UNIQUE (project_id, month)
);

-- The incidents of a month's log. `is_major` is the classification under 職業安全衛生法 §37 II (ADR 0035),
-- worked out from the counts by safety.certification.ts; `is_designated` is item 4, which staff decide.
CREATE TABLE safety_incidents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  log_id uuid NOT NULL REFERENCES safety_project_logs (id) ON DELETE CASCADE,
  occurred_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('fall', 'collapse', 'struck-by', 'caught-in', 'electrocution', 'other')),
  deaths integer NOT NULL DEFAULT 0 CHECK (deaths >= 0),
  disabled_victims integer NOT NULL DEFAULT 0 CHECK (disabled_victims >= 0),
  hospitalised integer NOT NULL DEFAULT 0 CHECK (hospitalised >= 0),
  is_designated boolean NOT NULL DEFAULT false,
  is_major boolean NOT NULL,
  description text NOT NULL DEFAULT ''
);
CREATE INDEX safety_incidents_log_idx ON safety_incidents (log_id);

-- An amended log's earlier content (its counts and incidents as JSON), with who amended it and why.
CREATE TABLE safety_log_revisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  log_id uuid NOT NULL REFERENCES safety_project_logs (id),
  version integer NOT NULL,
  content jsonb NOT NULL,
  reason text NOT NULL,
  amended_by uuid REFERENCES staff_users (id),
  amended_by_account uuid,
  amended_at timestamptz NOT NULL,
  UNIQUE (log_id, version)
);

-- The bureau's review (查核) of an ended project: the rule's result at that moment and the decision.
CREATE TABLE safety_project_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id uuid NOT NULL REFERENCES safety_projects (id),
  outcome text NOT NULL CHECK (outcome IN ('certified', 'not-certified')),
  rule_result jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  reviewed_by uuid NOT NULL REFERENCES staff_users (id),
  reviewed_at timestamptz NOT NULL
);
CREATE INDEX safety_project_reviews_project_idx ON safety_project_reviews (project_id, reviewed_at);

-- Experts of the partner universities' 安全衛生資源共享平台 (plan 五-2), kept by staff.
CREATE TABLE safety_experts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  university text NOT NULL CHECK (university IN ('csmu', 'cmu', 'ctust', 'hk')),
  specialty text NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL
);

CREATE TABLE safety_guidance_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_ubn text NOT NULL,
  employer_name text NOT NULL,
  employer_id uuid REFERENCES employers (id),
  district_code text NOT NULL,
  site_address text NOT NULL,
  topic text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('staff', 'employer')),
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'assigned', 'visited', 'closed')),
  expert_id uuid REFERENCES safety_experts (id),
  assigned_by uuid REFERENCES staff_users (id),
  assigned_at timestamptz,
  requested_by uuid REFERENCES staff_users (id),
  requested_by_account uuid,
  requested_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (status = 'requested' OR expert_id IS NOT NULL)
);
CREATE INDEX safety_guidance_requests_status_idx ON safety_guidance_requests (status, requested_at, id);

CREATE TABLE safety_guidance_visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES safety_guidance_requests (id),
  kind text NOT NULL CHECK (kind IN ('first', 'follow-up')),
  visited_on date NOT NULL,
  expert_id uuid NOT NULL REFERENCES safety_experts (id),
  notes text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL REFERENCES staff_users (id),
  recorded_at timestamptz NOT NULL
);
CREATE INDEX safety_guidance_visits_request_idx ON safety_guidance_visits (request_id, visited_on);

-- A hazard found on a visit and the improvement asked for, due by a date; a follow-up visit checks it.
CREATE TABLE safety_improvements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES safety_guidance_requests (id),
  found_visit_id uuid NOT NULL REFERENCES safety_guidance_visits (id),
  hazard text NOT NULL,
  improvement text NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  closed_visit_id uuid REFERENCES safety_guidance_visits (id),
  closed_on date,
  CHECK ((status = 'done') = (closed_visit_id IS NOT NULL))
);
CREATE INDEX safety_improvements_due_idx ON safety_improvements (status, due_on, id);

-- Each follow-up's check of an improvement: done, or not done with the next due date.
CREATE TABLE safety_improvement_checks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  improvement_id uuid NOT NULL REFERENCES safety_improvements (id),
  visit_id uuid NOT NULL REFERENCES safety_guidance_visits (id),
  result text NOT NULL CHECK (result IN ('done', 'not-done')),
  next_due_on date,
  CHECK ((result = 'not-done') = (next_due_on IS NOT NULL)),
  UNIQUE (improvement_id, visit_id)
);

-- 宣導會, 教育訓練, 安全衛生家族 activities. Places taken live on the row: one conditional UPDATE per
-- registration, CHECK as the backstop (as job fairs and youth events do).
CREATE TABLE safety_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('promotion', 'training', 'safety-family')),
  title text NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  venue text NOT NULL,
  district_code text NOT NULL,
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 5000),
  registered integer NOT NULL DEFAULT 0,
  created_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (registered >= 0 AND registered <= capacity)
);

CREATE TABLE safety_event_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES safety_events (id),
  attendee_name text NOT NULL,
  organisation text NOT NULL DEFAULT '',
  attended_at timestamptz,
  registered_by uuid NOT NULL REFERENCES staff_users (id),
  registered_at timestamptz NOT NULL
);
CREATE INDEX safety_event_registrations_event_idx ON safety_event_registrations (event_id, registered_at);
