-- Issue 11 §1 ("deadlines drive due dates, reminders and overdue lists"; ADR 0042): a staff account may hold a
-- work e-mail address and a language, so the platform can remind a mediator or supervisor of a deadline.
-- Both are optional: accounts without an address are simply not reminded.
ALTER TABLE staff_users ADD COLUMN work_email text;
ALTER TABLE staff_users ADD COLUMN locale text;
ALTER TABLE staff_users ADD CONSTRAINT staff_users_locale_check CHECK (locale IS NULL OR locale IN ('zh-TW', 'en', 'id', 'vi', 'th'));
ALTER TABLE staff_users ADD CONSTRAINT staff_users_work_email_check CHECK (work_email IS NULL OR (length(work_email) <= 200 AND work_email LIKE '%_@_%'));

-- How many days before a deadline the reminder goes out: the bureau's choice, not a legal figure.
CREATE TABLE mediation_reminder_settings (
  id integer PRIMARY KEY CHECK (id = 1),
  days_before integer NOT NULL CHECK (days_before BETWEEN 0 AND 30),
  remind_supervisor_when_overdue boolean NOT NULL,
  updated_by uuid REFERENCES staff_users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL
);

-- One message per deadline, stage and recipient: the daily job claims the row before it enqueues the mail,
-- in the same transaction, so repeated or parallel runs never send twice. A deadline whose last day moves
-- (a closed day entered later) is a new due_on and is reminded again.
CREATE TABLE mediation_deadline_reminders (
  case_id uuid NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
  kind text NOT NULL,
  due_on date NOT NULL,
  stage text NOT NULL CHECK (stage IN ('due-soon', 'overdue')),
  recipient_id uuid NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  notification_id uuid,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (case_id, kind, due_on, stage, recipient_id)
);

-- "A party may ask for the nearest site" (issue 11 §1): the party's district, chosen on the form or read from
-- the applicant's address, so staff booking a session see the site the city file's table proposes for it.
ALTER TABLE mediation_cases ADD COLUMN district_code text;
ALTER TABLE mediation_cases ADD COLUMN district_source text CHECK (district_source IN ('chosen', 'address'));
ALTER TABLE mediation_cases ADD CONSTRAINT mediation_cases_district_check CHECK ((district_code IS NULL) = (district_source IS NULL));
