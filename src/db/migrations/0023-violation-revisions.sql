-- Issue 16, finding 14: the ministry republishes a decision with changes (a corrected fine, an appeal's
-- outcome, a corrected name). The same decision, known by its authority, decision number and decision date,
-- is updated in place; what it said before is kept here, one row per replaced version.
CREATE TABLE violation_record_versions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_id bigint NOT NULL REFERENCES violation_records (id) ON DELETE CASCADE,
  -- The record's columns as they were, as published (never the search helpers).
  data jsonb NOT NULL,
  replaced_at timestamptz NOT NULL,
  -- The import that replaced it.
  import_id bigint REFERENCES violation_imports (id) ON DELETE SET NULL
);
CREATE INDEX violation_record_versions_record_idx ON violation_record_versions (record_id, id);

-- Set when a later file changed the record: shown to the public as "updated on".
ALTER TABLE violation_records ADD COLUMN revised_at timestamptz;
-- A decision revoked on appeal is withdrawn from publication, with the reason, by a staff member.
ALTER TABLE violation_records ADD COLUMN withdrawn_reason text;
ALTER TABLE violation_records ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE violation_records ADD COLUMN withdrawn_by uuid REFERENCES staff_users (id) ON DELETE SET NULL;
ALTER TABLE violation_records DROP CONSTRAINT IF EXISTS violation_records_status_check;
ALTER TABLE violation_records ADD CONSTRAINT violation_records_status_check CHECK (status IN ('draft', 'published', 'withdrawn'));
ALTER TABLE violation_records ADD CONSTRAINT violation_records_withdrawn_check
  CHECK ((status = 'withdrawn') = (withdrawn_reason IS NOT NULL AND withdrawn_at IS NOT NULL));

-- Finding the same decision again: a lookup, not a constraint, because installs may already hold the
-- duplicates this fixes.
CREATE INDEX violation_records_decision_idx ON violation_records (decision_number, decided_on)
  WHERE source = 'mol-import' AND decision_number IS NOT NULL;

ALTER TABLE violation_imports ADD COLUMN updated integer NOT NULL DEFAULT 0;
