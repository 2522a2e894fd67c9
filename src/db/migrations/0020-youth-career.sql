-- Youth services of the career development centre (職涯發展中心, issue 9 section 3, ADR 0027): counselling
-- slots and their bookings, session records, campus and workplace events with registrations, and summer
-- jobs for college students from low-income households. Indicator 4 counts the services delivered here.
-- Counts of places taken live on the slot and the event row, so that a booking is one conditional UPDATE
-- (never more than the capacity, CHECK as the backstop) whichever engine runs it.

CREATE TABLE youth_slots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  counsellor_id uuid NOT NULL REFERENCES staff_users (id),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  venue text NOT NULL,
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 50),
  booked integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'withdrawn')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  CHECK (booked >= 0 AND booked <= capacity)
);
CREATE INDEX youth_slots_starts_idx ON youth_slots (starts_at, id);

-- A booking names the young person as they gave themselves online; the code (shown once, mailed once) is
-- stored only as its SHA-256. person_id links a signed-in citizen account's person, when there is one.
CREATE TABLE youth_bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slot_id uuid NOT NULL REFERENCES youth_slots (id),
  code_hash text NOT NULL UNIQUE,
  name text NOT NULL,
  email text NOT NULL,
  birth_date date NOT NULL,
  district_code text,
  person_id uuid REFERENCES people (id) ON DELETE SET NULL,
  locale text NOT NULL,
  status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled', 'no-show', 'attended')),
  reminder_sent_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- One live booking per address and slot: the same person booking twice gets 409, not two places.
CREATE UNIQUE INDEX youth_bookings_once_idx ON youth_bookings (slot_id, lower(email)) WHERE status <> 'cancelled';
CREATE INDEX youth_bookings_reminder_idx ON youth_bookings (status, reminder_sent_at);

-- The counsellor's record of a session held: 職業適性診斷, 履歷健診 and the plan.
CREATE TABLE youth_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  booking_id uuid NOT NULL UNIQUE REFERENCES youth_bookings (id),
  counsellor_id uuid NOT NULL REFERENCES staff_users (id),
  held_on date NOT NULL,
  assessment text NOT NULL DEFAULT '',
  resume_review text NOT NULL DEFAULT '',
  plan text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX youth_sessions_held_idx ON youth_sessions (held_on);

-- 職涯探索 (exploration), 職場體驗 (experience), 企業參訪 (visit).
CREATE TABLE youth_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('exploration', 'experience', 'visit')),
  title text NOT NULL,
  starts_at timestamptz NOT NULL,
  venue text NOT NULL,
  district_code text NOT NULL,
  employer_id uuid REFERENCES employers (id),
  capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 2000),
  registered integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
  created_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (registered >= 0 AND registered <= capacity)
);
CREATE INDEX youth_events_starts_idx ON youth_events (starts_at, id);

CREATE TABLE youth_event_registrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES youth_events (id),
  code_hash text NOT NULL UNIQUE,
  name text NOT NULL,
  email text NOT NULL,
  birth_date date NOT NULL,
  district_code text,
  locale text NOT NULL,
  status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'cancelled')),
  -- The day attendance was taken; a registration counts as a service only then.
  attended_on date,
  feedback_rating integer CHECK (feedback_rating BETWEEN 1 AND 5),
  feedback_text text,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX youth_event_registrations_once_idx ON youth_event_registrations (event_id, lower(email)) WHERE status <> 'cancelled';
CREATE INDEX youth_event_registrations_attended_idx ON youth_event_registrations (attended_on);

-- 特定對象大專青年暑期工讀: the household status (社會救助法 §4 低收入戶, §4-1 中低收入戶) is entered by staff
-- from its certificate, whose number and issue date are kept. The hourly wage is checked against the
-- minimum hourly wage in force on the first day (最低工資法 §5), and the figure used is kept with it.
CREATE TABLE youth_summer_jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id),
  birth_date date NOT NULL,
  district_code text,
  school text NOT NULL,
  household_status text NOT NULL CHECK (household_status IN ('low-income', 'middle-low-income')),
  household_document_number text NOT NULL,
  household_document_issued_on date NOT NULL,
  employer_id uuid NOT NULL REFERENCES employers (id),
  start_on date NOT NULL,
  end_on date NOT NULL,
  hours integer NOT NULL CHECK (hours BETWEEN 1 AND 480),
  hourly_wage integer NOT NULL,
  minimum_hourly_wage integer NOT NULL,
  created_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_on >= start_on),
  CHECK (hourly_wage >= minimum_hourly_wage)
);
-- One placement per student and summer.
CREATE UNIQUE INDEX youth_summer_jobs_once_idx ON youth_summer_jobs (person_id, (extract(year FROM start_on)));
CREATE INDEX youth_summer_jobs_start_idx ON youth_summer_jobs (start_on);
