-- Issue 11 §3: monthly headcounts imported from the labour-insurance data as CSV, and the shortfall payment
-- notices (差額補助費, 身心障礙者權益保障法 Art. 43 para. 2) each import issues. A notice copies the amount
-- and the source it was issued with (ADR 0020): a rate entered later never changes a notice already sent.
CREATE TABLE quota_headcount_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  file_sha256 text NOT NULL,
  rows_imported integer NOT NULL CHECK (rows_imported >= 0),
  rows_rejected integer NOT NULL CHECK (rows_rejected >= 0),
  notices_issued integer NOT NULL CHECK (notices_issued >= 0),
  created_by uuid REFERENCES staff_users (id),
  created_at timestamptz NOT NULL
);

CREATE TABLE quota_payment_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers (id),
  -- The addressee as the notice named it when issued (a copy of the document, not a live join).
  employer_name text NOT NULL,
  employer_ubn text NOT NULL,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  required integer NOT NULL CHECK (required >= 0),
  counted double precision NOT NULL CHECK (counted >= 0),
  shortfall integer NOT NULL CHECK (shortfall > 0),
  monthly_amount integer NOT NULL CHECK (monthly_amount > 0),
  amount bigint NOT NULL CHECK (amount > 0),
  source text NOT NULL,
  article text NOT NULL,
  import_id uuid REFERENCES quota_headcount_imports (id),
  issued_at timestamptz NOT NULL,
  -- One notice per employer and month: importing the same month again reissues it in place (idempotent).
  UNIQUE (employer_id, month)
);
CREATE INDEX quota_payment_notices_month_idx ON quota_payment_notices (month, employer_id);
