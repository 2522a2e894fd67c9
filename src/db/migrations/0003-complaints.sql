-- Complaints (檢舉) against employers, with the complainant's identity sealed (LSA Art. 74, ADR 0008).

-- The complaint as staff handle it. Nothing here identifies the complainant: the identity lives in
-- complaint_identities and attachment file names are replaced by evidence-N.<ext>.
CREATE TABLE complaints (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- TC- and 8 Crockford base32 characters, typed by the complainant to read the status.
  tracking_code text NOT NULL UNIQUE,
  -- SHA-256 (hex) of the normalised secret: the secret itself is shown once and never stored.
  secret_hash text NOT NULL,
  status text NOT NULL CHECK (status IN ('received', 'assigned', 'investigating', 'replied', 'closed', 'transferred')),
  employer_name text NOT NULL,
  employer_ubn text,
  district_code text NOT NULL,
  law text NOT NULL,
  description text NOT NULL,
  received_at timestamptz NOT NULL,
  -- Taiwan calendar days: Labor Inspection Act Art. 33 (result notice, 14 days) and the written reply
  -- of the LSA complaint rules (60 days), counted from the day after receipt.
  notice_due_on date NOT NULL,
  reply_due_on date NOT NULL,
  notice_sent_at timestamptz,
  replied_at timestamptz,
  closed_at timestamptz,
  transferred_to text,
  assigned_to uuid REFERENCES staff_users (id),
  assigned_at timestamptz,
  updated_at timestamptz NOT NULL
);
CREATE INDEX complaints_status_idx ON complaints (status, received_at DESC);
CREATE INDEX complaints_assigned_idx ON complaints (assigned_to);

-- The sealed identity of a named complaint (an anonymous one has no row). Read only through the
-- audited reveal of the complaints service; never joined into lists.
CREATE TABLE complaint_identities (
  complaint_id uuid PRIMARY KEY REFERENCES complaints (id) ON DELETE CASCADE,
  name text NOT NULL,
  phone text,
  email text,
  id_number text
);

-- Status history and the bureau's messages. public_message is what the complainant reads with the receipt.
CREATE TABLE complaint_events (
  id bigserial PRIMARY KEY,
  complaint_id uuid NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
  occurred_at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('received', 'assigned', 'investigating', 'notice', 'replied', 'closed', 'transferred')),
  status text NOT NULL,
  public_message text,
  authority text,
  actor_id uuid REFERENCES staff_users (id)
);
CREATE INDEX complaint_events_complaint_idx ON complaint_events (complaint_id, occurred_at, id);

-- Evidence, stored with the complaint in the same transaction. The type is the one found in the bytes.
CREATE TABLE complaint_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  complaint_id uuid NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
  position integer NOT NULL,
  file_name text NOT NULL,
  media_type text NOT NULL,
  byte_size integer NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  UNIQUE (complaint_id, position)
);
