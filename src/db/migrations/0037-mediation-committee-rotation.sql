-- Issue 11 §1, third pass (ADR 0038): the committee route of 勞資爭議處理法 Arts. 13–16, and the fair
-- rotation of mediators with the reason for each skip.

-- Art. 11 para. 1: the applicant asks for a mediator or for a committee.
ALTER TABLE mediation_cases DROP CONSTRAINT mediation_cases_route_check;
ALTER TABLE mediation_cases ADD CONSTRAINT mediation_cases_route_check CHECK (route IN ('mediator', 'committee'));
-- The committee route has no Art. 12 appointment deadline.
ALTER TABLE mediation_cases ALTER COLUMN appoint_due_on DROP NOT NULL;
ALTER TABLE mediation_cases ADD CONSTRAINT mediation_cases_appoint_due_check CHECK (route = 'committee' OR appoint_due_on IS NOT NULL);
-- The committee route's steps, each with the last day of the period it starts (stored so the overdue list
-- is one query, as for Art. 12): Art. 14 para. 1 (notice received -> members chosen, 3 days), Art. 15 (members
-- complete -> convened, 14 days; the convening is the first session, start_due_on/started_on), Art. 16
-- para. 1 (investigator sent -> report, 10 days), para. 2 (report -> meeting, 15 days, or 22 when extended).
ALTER TABLE mediation_cases
  ADD COLUMN notified_on date,
  ADD COLUMN members_due_on date,
  ADD COLUMN members_on date,
  ADD COLUMN investigator_on date,
  ADD COLUMN report_due_on date,
  ADD COLUMN report_on date,
  ADD COLUMN special_circumstance text,
  ADD COLUMN meeting_due_on date,
  ADD COLUMN meeting_extension_reason text,
  ADD COLUMN meeting_on date;

-- Art. 13: one or three members the bureau sends (the first chairs, from the mediators registry), and one
-- chosen by each party, or designated by the bureau when the party did not choose in time (Art. 14 para. 1).
CREATE TABLE mediation_committee_members (
  case_id uuid NOT NULL REFERENCES mediation_cases (id),
  position int NOT NULL CHECK (position BETWEEN 0 AND 4),
  seat text NOT NULL CHECK (seat IN ('bureau', 'applicant', 'respondent')),
  name text NOT NULL,
  mediator_id uuid REFERENCES mediators (id),
  designated boolean NOT NULL,
  is_chair boolean NOT NULL DEFAULT false,
  PRIMARY KEY (case_id, position),
  CHECK (seat = 'bureau' OR mediator_id IS NULL),
  CHECK (NOT is_chair OR seat = 'bureau')
);

-- Rotation: when staff appoint someone other than the mediator the rotation suggested, the reason is kept.
CREATE TABLE mediation_rotation_skips (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES mediation_cases (id),
  suggested_mediator_id uuid NOT NULL REFERENCES mediators (id),
  appointed_mediator_id uuid NOT NULL REFERENCES mediators (id),
  reason text NOT NULL CHECK (length(reason) > 0),
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX mediation_rotation_skips_case_idx ON mediation_rotation_skips (case_id);

-- Art. 22: the record (調解紀錄) reaches both parties. It is e-mailed as a link to each party who gave an
-- address: only the hash of the link's token is kept; the token opens that party's copy until it expires.
CREATE TABLE mediation_record_links (
  token_hash text PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES mediation_cases (id),
  role text NOT NULL CHECK (role IN ('applicant', 'respondent')),
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX mediation_record_links_case_idx ON mediation_record_links (case_id);

-- 調解成立 with the amounts agreed and when each falls due. A payment past its day and not recorded as paid
-- is followed up once by the daily job: the worker's side is told it may ask the court for enforcement (Art. 59).
CREATE TABLE mediation_payments (
  case_id uuid NOT NULL REFERENCES mediation_cases (id),
  position int NOT NULL CHECK (position BETWEEN 0 AND 23),
  amount bigint NOT NULL CHECK (amount > 0),
  due_on date NOT NULL,
  paid_on date,
  followed_up_on date,
  PRIMARY KEY (case_id, position)
);
CREATE INDEX mediation_payments_due_idx ON mediation_payments (due_on) WHERE paid_on IS NULL;
