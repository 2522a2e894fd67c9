-- The consultation centre (外籍勞工諮詢服務中心, plan 第二部分 七-3) and the cases the national 1955 hotline
-- dispatches to the city (派案), issue 10 §3; reminders to migrant officers of their visit tasks and
-- dispatches (ADR 0032). Records of the whole city, like the rest of the module (ADR 0019).

-- A visit task is the 3-month arrival visit (one per arrival, indicator 8) or a follow-up visit asked for
-- by a consultation; only arrival tasks count for indicator 8.
ALTER TABLE migrant_visit_tasks ADD COLUMN kind text NOT NULL DEFAULT 'arrival' CHECK (kind IN ('arrival', 'follow-up'));
ALTER TABLE migrant_visit_tasks DROP CONSTRAINT migrant_visit_tasks_worker_id_key;
CREATE UNIQUE INDEX migrant_visit_tasks_arrival_key ON migrant_visit_tasks (worker_id) WHERE kind = 'arrival';
CREATE INDEX migrant_visit_tasks_worker_idx ON migrant_visit_tasks (worker_id);

CREATE TABLE migrant_consultations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  channel text NOT NULL CHECK (channel IN ('phone', 'chat', 'walk-in')),
  language text NOT NULL CHECK (language IN ('zh-TW', 'en', 'id', 'vi', 'th')),
  topic text NOT NULL CHECK (topic IN ('wages', 'overtime', 'rest-days', 'termination', 'agency-fees', 'abuse',
    'transfer-of-employer', 'health-insurance', 'other')),
  outcome text NOT NULL CHECK (outcome IN ('advised', 'referred', 'follow-up', 'unresolved')),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 0 AND 600),
  consulted_at timestamptz NOT NULL,
  -- The bureau's calendar day of consulted_at: the monthly statistics count by it.
  consulted_on date NOT NULL,
  worker_id uuid REFERENCES migrant_workers (id),
  -- Personal data: masked in lists, shown in full only through the audited contact view.
  caller_name text,
  caller_phone text,
  notes text,
  -- What the consultation became: a complaint (complaints module, by tracking code), a mediation case
  -- (mediation module, by case number), a follow-up visit task.
  complaint_tracking_code text,
  mediation_case_number text,
  visit_task_id uuid REFERENCES migrant_visit_tasks (id),
  recorded_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX migrant_consultations_day_idx ON migrant_consultations (consulted_on, id);
CREATE INDEX migrant_consultations_worker_idx ON migrant_consultations (worker_id);

-- A case dispatched by the 1955 hotline (勞動部 1955 勞工諮詢申訴專線), tracked to the city's reply before
-- the deadline the dispatch itself gives.
CREATE TABLE migrant_dispatches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The hotline's own number for the dispatch: the same number twice is the same dispatch.
  dispatch_number text NOT NULL UNIQUE,
  received_at timestamptz NOT NULL,
  worker_name text NOT NULL,
  -- A resident certificate number (checked) or a passport number, as the hotline gives it.
  worker_document_kind text NOT NULL CHECK (worker_document_kind IN ('resident-certificate', 'passport')),
  worker_document text NOT NULL,
  -- The registered worker with that resident certificate number, when there is one.
  worker_id uuid REFERENCES migrant_workers (id),
  employer_name text NOT NULL,
  issue text NOT NULL,
  reply_deadline date NOT NULL,
  assigned_to uuid NOT NULL REFERENCES staff_users (id),
  source text NOT NULL CHECK (source IN ('form', 'import')),
  replied_on date,
  reply_outcome text CHECK (reply_outcome IN ('resolved', 'complaint-opened', 'mediation-referred', 'visit-arranged',
    'no-contact', 'other')),
  reply_text text,
  replied_by uuid REFERENCES staff_users (id),
  CHECK ((replied_on IS NULL) = (replied_by IS NULL) AND (replied_on IS NULL) = (reply_outcome IS NULL)),
  created_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX migrant_dispatches_deadline_idx ON migrant_dispatches (reply_deadline, id) WHERE replied_on IS NULL;
CREATE INDEX migrant_dispatches_received_idx ON migrant_dispatches (received_at, id);

-- Where a migrant officer is told of their tasks and dispatches (staff accounts hold no address); kept
-- by the supervisor.
CREATE TABLE migrant_staff_contacts (
  staff_id uuid PRIMARY KEY REFERENCES staff_users (id),
  email text NOT NULL,
  locale text NOT NULL DEFAULT 'zh-TW' CHECK (locale IN ('zh-TW', 'en', 'id', 'vi', 'th')),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Each reminder sent, once per record and kind and day: a job run twice the same day sends nothing more.
CREATE TABLE migrant_reminders (
  kind text NOT NULL CHECK (kind IN ('visit-task-due', 'visit-task-overdue', 'dispatch-due', 'dispatch-overdue')),
  record_id uuid NOT NULL,
  reminded_on date NOT NULL,
  staff_id uuid NOT NULL REFERENCES staff_users (id),
  notification_id uuid,
  PRIMARY KEY (kind, record_id, reminded_on)
);
CREATE INDEX migrant_reminders_record_idx ON migrant_reminders (kind, record_id);
