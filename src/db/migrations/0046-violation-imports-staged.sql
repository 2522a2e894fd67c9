-- Issue 16, finding 1 and §4: a violations import is written in short transactions instead of one per file,
-- so that it no longer holds PGlite's only connection (and every other request) for the whole file. Until
-- the import is published its rows are in violation_records but hidden: every public read leaves out the
-- rows of an import whose state is not 'published'. Imports recorded before this were published whole.
ALTER TABLE violation_imports ADD COLUMN state text NOT NULL DEFAULT 'published'
  CHECK (state IN ('staging', 'published', 'abandoned'));
-- Progress, shown on the import history while the rows are written.
ALTER TABLE violation_imports ADD COLUMN rows_written integer NOT NULL DEFAULT 0;
-- Written with every batch: a staging import whose heartbeat stops was killed and is abandoned.
ALTER TABLE violation_imports ADD COLUMN heartbeat_at timestamptz;
UPDATE violation_imports SET rows_written = rows_read - rejected;
-- One import is written at a time: two at once would each take the other's hidden rows as already held.
CREATE UNIQUE INDEX violation_imports_one_staging ON violation_imports ((true)) WHERE state = 'staging';
CREATE INDEX violation_imports_unpublished_idx ON violation_imports (id) WHERE state <> 'published';

-- A row that changes a decision already published waits here until the import is published: changing the
-- record in place would show the change before the rest of the file.
CREATE TABLE violation_import_replacements (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  import_id bigint NOT NULL REFERENCES violation_imports (id) ON DELETE CASCADE,
  record_id bigint NOT NULL REFERENCES violation_records (id) ON DELETE CASCADE,
  payload jsonb NOT NULL
);
CREATE INDEX violation_import_replacements_import_idx ON violation_import_replacements (import_id, id);

-- Issue 16 §4: `law=職業安全衛生法&article=6` took 458 ms p95 at 300,000 records. The first page of a law
-- is read from this index in the order the search answers in (announced_on, then id), published ones
-- only, without sorting the law's tens of thousands of rows; the count stops at 1,000 (violationCountCap).
DROP INDEX IF EXISTS violation_records_law_idx;
CREATE INDEX violation_records_law_idx ON violation_records (law, announced_on DESC, id DESC) WHERE status = 'published';

-- The GIN indexes no longer defer their entries to a pending list (fastupdate): flushing the list of a
-- 30,000-row import was one statement of seconds on PGlite, a stall of the whole server (finding 1). Each
-- batch now pays for its own entries (ADR 0044 measures the cost: about 1.5× the deferred write).
SELECT gin_clean_pending_list('violation_records_grams_idx'::regclass);
SELECT gin_clean_pending_list('violation_records_article_keys_idx'::regclass);
ALTER INDEX violation_records_grams_idx SET (fastupdate = off);
ALTER INDEX violation_records_article_keys_idx SET (fastupdate = off);
