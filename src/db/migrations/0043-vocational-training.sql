-- Vocational training for the unemployed (失業者職業訓練, plan 第二部分 二-5; ADR 0041). Owned by the programs
-- module. Applicants are job seekers of the employment module, linked by the job seeker's id.
CREATE TABLE training_classes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  title text NOT NULL,
  -- The training provider (訓練單位) running the class.
  provider text NOT NULL,
  -- The occupation trained for, in the employment module's classification (employment.occupations).
  occupation_code text NOT NULL,
  hours integer NOT NULL CHECK (hours > 0),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  place text NOT NULL,
  district_code text,
  places integer NOT NULL CHECK (places > 0),
  -- Trainees holding a place (selected, and later completed); never more than the places.
  selected integer NOT NULL DEFAULT 0 CHECK (selected >= 0),
  -- The day the applicants are selected (甄試日); applications close the day before.
  selection_on date NOT NULL,
  -- 職業訓練生活津貼: not in the plan, so only as staff enter it, with its source; both or neither.
  allowance_monthly_twd integer CHECK (allowance_monthly_twd >= 0),
  allowance_source text,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  CHECK (selected <= places),
  CHECK (ends_on >= starts_on),
  CHECK (selection_on <= starts_on),
  CHECK ((allowance_monthly_twd IS NULL) = (allowance_source IS NULL))
);

CREATE TABLE training_enrolments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  class_id uuid NOT NULL REFERENCES training_classes (id),
  job_seeker_id uuid NOT NULL REFERENCES job_seekers (id),
  person_id uuid NOT NULL REFERENCES people (id),
  status text NOT NULL CHECK (status IN ('applied', 'selected', 'waitlisted', 'dropped', 'completed')),
  attended_hours integer NOT NULL DEFAULT 0 CHECK (attended_hours >= 0),
  channel text NOT NULL CHECK (channel IN ('staff', 'citizen')),
  account_id uuid,
  applied_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  completed_on date,
  created_by uuid REFERENCES staff_users (id),
  UNIQUE (class_id, job_seeker_id),
  CHECK ((status = 'completed') = (completed_on IS NOT NULL))
);
CREATE INDEX training_enrolments_person_idx ON training_enrolments (person_id);
CREATE INDEX training_enrolments_completed_idx ON training_enrolments (completed_on) WHERE status = 'completed';

CREATE TABLE training_enrolment_events (
  id bigserial PRIMARY KEY,
  enrolment_id uuid NOT NULL REFERENCES training_enrolments (id) ON DELETE CASCADE,
  status text NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_id uuid REFERENCES staff_users (id),
  note text
);
