-- The migrant-worker field app (issue 10 §2; ADR 0033): photos taken at a visit, and the per-session keys
-- that encrypt the drafts the field app keeps on the device.

-- A visit's photos, kept in the database like complaint evidence: one backup holds everything, and a photo
-- is personal data (a worker's room, face, papers), so it is read only through an audited route.
CREATE TABLE migrant_visit_photos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  visit_id uuid NOT NULL REFERENCES migrant_visits (id),
  -- The id the field app gave the photo: an upload retried after a lost answer is stored once.
  client_id uuid NOT NULL UNIQUE,
  -- Read from the bytes (magic numbers), never from the name or the declared type.
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
  content bytea NOT NULL,
  byte_size integer NOT NULL CHECK (byte_size > 0),
  sha256 text NOT NULL,
  uploaded_by uuid NOT NULL REFERENCES staff_users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX migrant_visit_photos_visit_idx ON migrant_visit_photos (visit_id, created_at);

-- One random AES-256 key per staff session, handed only to that live session (ADR 0033). The device keeps
-- it in memory only; what the device stores is encrypted with it. A later session of the same officer may
-- fetch the keys of their sessions of the last days, so drafts made before a session expired still sync.
CREATE TABLE migrant_field_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  staff_id uuid NOT NULL REFERENCES staff_users (id),
  session_token_hash text NOT NULL UNIQUE,
  key_bytes bytea NOT NULL CHECK (length(key_bytes) = 32),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX migrant_field_keys_staff_idx ON migrant_field_keys (staff_id, created_at);
