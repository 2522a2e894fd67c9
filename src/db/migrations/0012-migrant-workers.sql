-- Migrant workers (外國人工作管理, issue 10; ADR 0019). A foreign worker is a person of the people module
-- (their resident certificate number is the person's id_number); this module adds what is particular to
-- the work in Taiwan: passport, nationality, job, employer, agency, arrival and permit dates, district,
-- status. Records belong to the whole city (ADR 0019): the migrant-worker section works city-wide and
-- shares its tasks out by work district, not by employment station.

CREATE TABLE recruitment_agencies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- 私立就業服務機構許可證字號: the agency's own identifier; names change, licences do not.
  licence_number text NOT NULL UNIQUE,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE migrant_workers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id),
  passport_number text NOT NULL,
  nationality text NOT NULL CHECK (nationality IN ('ID', 'VN', 'TH', 'PH', 'other')),
  preferred_language text NOT NULL CHECK (preferred_language IN ('zh-TW', 'en', 'id', 'vi', 'th')),
  job_category text NOT NULL CHECK (job_category IN ('manufacturing', 'construction', 'institutional-care',
    'home-care', 'domestic-help', 'agriculture', 'marine-fishing')),
  -- A business with a UBN (employers) or a household employer, who is a person (people).
  employer_id uuid REFERENCES employers (id),
  household_employer_id uuid REFERENCES people (id),
  CHECK (employer_id IS NULL OR household_employer_id IS NULL),
  agency_id uuid REFERENCES recruitment_agencies (id),
  arrival_date date NOT NULL,
  permit_from date,
  permit_until date,
  CHECK (permit_until IS NULL OR permit_from IS NULL OR permit_until >= permit_from),
  district_code text NOT NULL,
  status text NOT NULL DEFAULT 'working'
    CHECK (status IN ('working', 'transferred', 'contract-ended', 'left-taiwan', 'out-of-contact')),
  -- The day the status took effect: indicator 8 leaves out a worker who left Taiwan before the due date.
  status_since date,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- One record per entry: the same person arriving again is a new arrival; the same arrival twice is not.
  UNIQUE (person_id, arrival_date)
);
CREATE INDEX migrant_workers_arrival_idx ON migrant_workers (arrival_date, id);
CREATE INDEX migrant_workers_district_idx ON migrant_workers (district_code, arrival_date);

-- Which migrant officer visits which work district; a supervisor keeps it.
CREATE TABLE migrant_district_officers (
  district_code text PRIMARY KEY,
  officer_id uuid NOT NULL REFERENCES staff_users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One visit task per arrival, due 3 months after the arrival date (migrant-workers.dates.ts).
CREATE TABLE migrant_visit_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  worker_id uuid NOT NULL UNIQUE REFERENCES migrant_workers (id),
  due_on date NOT NULL,
  district_code text NOT NULL,
  assigned_to uuid REFERENCES staff_users (id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  -- Bumped on every reassignment: a visit synced from a device that saw an older version is a conflict.
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX migrant_visit_tasks_due_idx ON migrant_visit_tasks (status, due_on, id);

CREATE TABLE migrant_visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id uuid NOT NULL REFERENCES migrant_visit_tasks (id),
  -- The id the field app gave the visit on the device: the same visit synced twice is stored once.
  client_id uuid NOT NULL UNIQUE,
  visited_on date NOT NULL,
  place text NOT NULL,
  interpreter_language text,
  video_call boolean NOT NULL,
  present text[] NOT NULL DEFAULT '{}',
  checklist jsonb NOT NULL,
  notes text,
  follow_up text NOT NULL DEFAULT 'none' CHECK (follow_up IN ('none', 'follow-up-visit', 'complaint')),
  -- The complaint a finding opened (complaints module), by its tracking code.
  complaint_tracking_code text,
  recorded_by uuid NOT NULL REFERENCES staff_users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX migrant_visits_task_idx ON migrant_visits (task_id, visited_on);
