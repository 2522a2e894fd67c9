-- Issue 11 §2: mass-layoff plans (大量解僱勞工保護法), and §4: unions' annual reports, elections and the
-- reminder before a term ends, and the social dialogue register (ADR 0037).

-- The figures of Arts. 2, 4 and 5 as staff enter them, each set with its source and the day it applies from
-- (the official text was not retrieved, so no figure is built in). A plan copies the set it was assessed with.
CREATE TABLE mass_layoff_rule_sets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  effective_from date NOT NULL UNIQUE,
  rules jsonb NOT NULL,
  source text NOT NULL,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL
);

CREATE TABLE mass_layoff_plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers (id),
  site_name text NOT NULL,
  -- 同一廠場僱用勞工人數 without fixed-term contract workers (Art. 2 para. 2).
  site_headcount integer NOT NULL CHECK (site_headcount > 0),
  layoff_on date NOT NULL,
  notice_on date NOT NULL CHECK (notice_on <= layoff_on),
  planned_dismissals integer NOT NULL CHECK (planned_dismissals > 0),
  single_day_max integer NOT NULL CHECK (single_day_max > 0 AND single_day_max <= planned_dismissals),
  enterprise_dismissals integer CHECK (enterprise_dismissals >= planned_dismissals),
  enterprise_single_day_max integer,
  categories jsonb NOT NULL,
  reasons text[] NOT NULL,
  departments text NOT NULL,
  selection_criteria text NOT NULL,
  severance_method text NOT NULL,
  -- Art. 4 para. 1 proviso: a natural disaster, an incident or a sudden event, as the employer states it.
  exempt_event text,
  rule_set_id uuid NOT NULL REFERENCES mass_layoff_rule_sets (id),
  rules jsonb NOT NULL,
  assessment jsonb NOT NULL,
  is_mass boolean NOT NULL,
  notice_status text NOT NULL CHECK (notice_status IN ('in_time', 'late', 'exempt')),
  negotiation_due_on date NOT NULL,
  committee_due_on date NOT NULL,
  agreed_on date,
  committee_convened_on date,
  outcome text CHECK (outcome IN ('agreed', 'not_agreed', 'withdrawn')),
  closed_on date,
  filed_by text NOT NULL CHECK (filed_by IN ('staff', 'employer')),
  account_id uuid,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX mass_layoff_plans_layoff_on ON mass_layoff_plans (layoff_on);
CREATE INDEX mass_layoff_plans_open_committee_due ON mass_layoff_plans (committee_due_on) WHERE closed_on IS NULL AND agreed_on IS NULL AND committee_convened_on IS NULL;

-- Art. 6 para. 1: five to eleven members, the authority's representative (the chair) and equal numbers of each side.
CREATE TABLE mass_layoff_committee_members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES mass_layoff_plans (id),
  side text NOT NULL CHECK (side IN ('authority', 'employer', 'workers')),
  name text NOT NULL,
  title text,
  created_at timestamptz NOT NULL
);

CREATE TABLE mass_layoff_committee_meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES mass_layoff_plans (id),
  held_on date NOT NULL,
  summary text NOT NULL,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  UNIQUE (plan_id, held_on)
);

-- Unions: one annual report per union and year; an amendment replaces it and counts its revision.
CREATE TABLE union_annual_reports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  union_id uuid NOT NULL REFERENCES unions (id),
  year integer NOT NULL,
  members integer NOT NULL CHECK (members >= 0),
  income jsonb NOT NULL,
  spending jsonb NOT NULL,
  income_total bigint NOT NULL,
  spending_total bigint NOT NULL,
  filed_on date NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (union_id, year)
);

-- An election held: the new term's end replaces the union's term end (the registry keeps the latest).
CREATE TABLE union_elections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  union_id uuid NOT NULL REFERENCES unions (id),
  held_on date NOT NULL,
  previous_term_ends_on date,
  new_term_ends_on date NOT NULL CHECK (new_term_ends_on > held_on),
  chair_name text,
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  UNIQUE (union_id, held_on)
);

-- The reminder's lead time and recipient are the bureau's choice, entered as data (no law sets them).
CREATE TABLE union_reminder_settings (
  id integer PRIMARY KEY CHECK (id = 1),
  lead_days integer NOT NULL CHECK (lead_days BETWEEN 1 AND 365),
  recipient_email text NOT NULL,
  locale text NOT NULL,
  updated_by uuid REFERENCES staff_users (id),
  updated_at timestamptz NOT NULL
);

-- One reminder per union and term end, so the daily job never sends it twice.
CREATE TABLE union_election_reminders (
  union_id uuid NOT NULL REFERENCES unions (id),
  term_ends_on date NOT NULL,
  notification_id uuid,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (union_id, term_ends_on)
);

-- Social dialogue (六-1, 六-2): meetings with employers' and workers' organisations, and partnership events.
CREATE TABLE social_dialogue_meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('meeting', 'partnership_event')),
  held_on date NOT NULL,
  title text NOT NULL,
  parties jsonb NOT NULL,
  issues text NOT NULL,
  attendance integer CHECK (attendance >= 0),
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX social_dialogue_meetings_held_on ON social_dialogue_meetings (held_on);

CREATE TABLE social_dialogue_followups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES social_dialogue_meetings (id),
  action text NOT NULL,
  owner text NOT NULL,
  due_on date NOT NULL,
  done_on date,
  created_at timestamptz NOT NULL
);
CREATE INDEX social_dialogue_followups_open ON social_dialogue_followups (due_on) WHERE done_on IS NULL;
