-- Payment batches, the bank file, the bank's result per line, and recovery of an overpayment (issue 12 §1
-- Payments, ADR 0039).

-- Where an approved application is paid to: bank account data, personal data read only by the roles that
-- pay (programs.pay). Entered by staff from the application; masked everywhere but the bank file.
CREATE TABLE program_payees (
  application_id uuid PRIMARY KEY REFERENCES program_applications (id),
  payee_name text NOT NULL CHECK (length(payee_name) BETWEEN 1 AND 100),
  -- 3-digit bank code, or the 7-digit bank and branch code (金融機構代號).
  bank_code text NOT NULL CHECK (bank_code ~ '^[0-9]{3}([0-9]{4})?$'),
  account_number text NOT NULL CHECK (account_number ~ '^[0-9]{6,16}$'),
  recorded_by uuid NOT NULL REFERENCES staff_users (id),
  recorded_at timestamptz NOT NULL
);

CREATE SEQUENCE program_payment_batch_numbers;

CREATE TABLE program_payment_batches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- 'PB2026-0001': what the bank file and the result file carry.
  number text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN ('prepared', 'approved', 'exported', 'closed')),
  prepared_by uuid NOT NULL REFERENCES staff_users (id),
  prepared_at timestamptz NOT NULL,
  approved_by uuid REFERENCES staff_users (id),
  approved_at timestamptz,
  first_exported_at timestamptz,
  export_count integer NOT NULL DEFAULT 0 CHECK (export_count >= 0),
  -- Maker–checker: the one who gathered the batch never approves it.
  CHECK (approved_by IS NULL OR approved_by <> prepared_by),
  CHECK ((status = 'prepared') = (approved_by IS NULL))
);

-- One payment of one approved application in a batch. The payee is copied in when the batch is made, so
-- what the checker approved is what the file says.
CREATE TABLE program_payment_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  batch_id uuid NOT NULL REFERENCES program_payment_batches (id),
  line_no integer NOT NULL CHECK (line_no >= 1),
  application_id uuid NOT NULL REFERENCES program_applications (id),
  program_code text NOT NULL,
  quota_year integer NOT NULL,
  amount_twd bigint NOT NULL CHECK (amount_twd > 0),
  payee_name text NOT NULL,
  bank_code text NOT NULL,
  account_number text NOT NULL,
  status text NOT NULL CHECK (status IN ('in-batch', 'exported', 'paid', 'returned')),
  result_reason text,
  result_at timestamptz,
  result_by uuid REFERENCES staff_users (id),
  UNIQUE (batch_id, line_no),
  CHECK ((status = 'returned') = (result_reason IS NOT NULL))
);
-- A payment is never in two open batches, nor paid twice: only a returned line lets it go into another.
-- Two staff batching the same payment at once: the second insert meets this index (23505) and loses.
CREATE UNIQUE INDEX program_payment_lines_live_key ON program_payment_lines (application_id) WHERE status <> 'returned';
CREATE INDEX program_payment_lines_batch ON program_payment_lines (batch_id, line_no);

-- Recovery of an overpayment (追繳): the amount to recover (at most what was paid, less earlier
-- recoveries), the reason and legal basis as staff enter them, a due date, and what has come back.
CREATE TABLE program_recoveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL REFERENCES program_applications (id),
  program_code text NOT NULL,
  quota_year integer NOT NULL,
  amount_twd bigint NOT NULL CHECK (amount_twd > 0),
  recovered_twd bigint NOT NULL DEFAULT 0 CHECK (recovered_twd >= 0 AND recovered_twd <= amount_twd),
  reason text NOT NULL,
  legal_basis text NOT NULL,
  due_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'settled', 'written-off')),
  opened_by uuid NOT NULL REFERENCES staff_users (id),
  opened_at timestamptz NOT NULL,
  write_off_reason text,
  write_off_requested_by uuid REFERENCES staff_users (id),
  write_off_requested_at timestamptz,
  written_off_by uuid REFERENCES staff_users (id),
  written_off_at timestamptz,
  -- A write-off needs a second person.
  CHECK (written_off_by IS NULL OR written_off_by <> write_off_requested_by),
  CHECK ((status = 'settled') = (recovered_twd = amount_twd)),
  CHECK ((status = 'written-off') = (written_off_by IS NOT NULL))
);
CREATE INDEX program_recoveries_application ON program_recoveries (application_id);

CREATE TABLE program_recovery_repayments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  recovery_id uuid NOT NULL REFERENCES program_recoveries (id),
  amount_twd bigint NOT NULL CHECK (amount_twd > 0),
  received_on date NOT NULL,
  note text,
  recorded_by uuid NOT NULL REFERENCES staff_users (id),
  recorded_at timestamptz NOT NULL
);
CREATE INDEX program_recovery_repayments_recovery ON program_recovery_repayments (recovery_id);
