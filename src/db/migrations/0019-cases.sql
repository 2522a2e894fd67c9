-- Case management (個案管理; issue 9 §1, ADR 0026): employment cases for vulnerable job seekers (一-3) and
-- the occupational-injury active service (職業災害勞工個案主動服務, 三-2) on one engine. A case belongs to a
-- unit (staff scope, ADR 0016) and has one case manager at a time.

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_number text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('employment', 'injury')),
  person_id uuid NOT NULL REFERENCES people (id),
  -- Who the case serves (一-3's groups): special-category personal data, never in a list.
  target_groups text[] NOT NULL DEFAULT '{}',
  source text NOT NULL CHECK (source IN ('walk-in', 'station', 'department', 'hospital', 'hotline-1955')),
  -- The department or hospital that referred the person, in words (社會局, 中國醫藥大學附設醫院).
  source_detail text,
  status text NOT NULL CHECK (status IN ('open', 'closed')),
  unit_kind text NOT NULL CHECK (unit_kind IN ('city', 'station', 'mediation-site', 'rehabilitation-region')),
  unit_code text,
  manager_id uuid NOT NULL REFERENCES staff_users (id),
  opened_on date NOT NULL,
  placed_on date,
  placement_employer text,
  closed_on date,
  closure_reason text CHECK (closure_reason IN ('employed-stable', 'moved-away', 'refused-services', 'unreachable', 'other')),
  closure_note text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((unit_kind = 'city') = (unit_code IS NULL)),
  CHECK ((status = 'closed') = (closed_on IS NOT NULL AND closure_reason IS NOT NULL)),
  CHECK (closure_reason IS DISTINCT FROM 'other' OR closure_note IS NOT NULL)
);
-- The duplicate check's last guard: one open case of each kind per person.
CREATE UNIQUE INDEX cases_one_open_per_person_kind ON cases (person_id, kind) WHERE status = 'open';
CREATE INDEX cases_unit_idx ON cases (unit_kind, unit_code, opened_on DESC, id);
CREATE INDEX cases_manager_idx ON cases (manager_id, status);

-- Consent (Primero's consent gate, 個資法 Art. 7, 20): what it is for, what it allows, until when.
CREATE TABLE case_consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  purpose text NOT NULL,
  scope text[] NOT NULL CHECK (cardinality(scope) > 0 AND scope <@ ARRAY['referral', 'share-notes']::text[]),
  given_on date NOT NULL,
  expires_on date NOT NULL CHECK (expires_on > given_on),
  withdrawn_on date,
  recorded_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX case_consents_case_idx ON case_consents (case_id, expires_on);

-- The case plan: goals and services (職業適性診斷, 履歷健診, counselling, training, workshops, job referrals,
-- financial aid; for injury cases legal consultation, dispute handling, psychological support, economic aid,
-- vocational rehabilitation and the return to work).
CREATE TABLE case_plan_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The order of entry, when two items share a timestamp.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  kind text NOT NULL,
  description text NOT NULL,
  status text NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
  due_on date,
  -- A job referral's id in the employment module, when the service is one.
  employment_referral_id uuid,
  created_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX case_plan_items_case_idx ON case_plan_items (case_id, seq);

-- Notes. A confidential note is read only by the case manager and the supervising role.
CREATE TABLE case_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  body text NOT NULL,
  confidential boolean NOT NULL,
  author_id uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX case_notes_case_idx ON case_notes (case_id, seq);

-- Tasks with due dates; the follow-ups after placement at 1, 3 and 6 months are tasks with their month.
CREATE TABLE case_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  title text NOT NULL,
  followup_months integer CHECK (followup_months IN (1, 3, 6)),
  due_on date NOT NULL,
  done_on date,
  outcome text CHECK (outcome IN ('done', 'employed', 'not-employed')),
  done_by uuid REFERENCES staff_users (id),
  created_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  CHECK ((done_on IS NULL) = (outcome IS NULL))
);
CREATE UNIQUE INDEX case_tasks_one_followup ON case_tasks (case_id, followup_months) WHERE followup_months IS NOT NULL;
CREATE INDEX case_tasks_open_idx ON case_tasks (case_id, due_on) WHERE done_on IS NULL;

-- Transfers to another case manager, of the same unit or another; the receiver accepts or rejects.
CREATE TABLE case_transfers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  from_manager_id uuid NOT NULL REFERENCES staff_users (id),
  to_manager_id uuid NOT NULL REFERENCES staff_users (id),
  to_unit_kind text NOT NULL,
  to_unit_code text,
  reason text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
  answer_reason text,
  requested_at timestamptz NOT NULL,
  answered_at timestamptz,
  CHECK ((status = 'pending') = (answered_at IS NULL)),
  CHECK (status <> 'rejected' OR answer_reason IS NOT NULL)
);
CREATE UNIQUE INDEX case_transfers_one_pending ON case_transfers (case_id) WHERE status = 'pending';
CREATE INDEX case_transfers_receiver_idx ON case_transfers (to_manager_id, status);

-- What left the bureau: a referral to another organisation, or a note shared with one. Each names the
-- consent it relied on, or the supervisor's override and its reason.
CREATE TABLE case_disclosures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('referral', 'share-notes')),
  organisation text NOT NULL,
  reason text NOT NULL,
  note_id uuid REFERENCES case_notes (id),
  consent_id uuid REFERENCES case_consents (id),
  override_reason text,
  override_by uuid REFERENCES staff_users (id),
  created_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL,
  CHECK ((consent_id IS NULL) = (override_reason IS NOT NULL)),
  CHECK ((override_reason IS NULL) = (override_by IS NULL)),
  CHECK ((kind = 'share-notes') = (note_id IS NOT NULL))
);
CREATE INDEX case_disclosures_case_idx ON case_disclosures (case_id, created_at);
