-- Violations registry (違反勞動法令事業單位公布): rows imported from the Ministry of Labor open data and the
-- bureau's own inspection results (最新勞動檢查結果), both published under LSA Art. 80-1.

-- One import of one file: who ran it, what it held, what happened to its rows.
CREATE TABLE violation_imports (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Null when run from the command line (npm run import:violations).
  actor_id uuid REFERENCES staff_users (id) ON DELETE SET NULL,
  actor_username text,
  channel text NOT NULL CHECK (channel IN ('upload', 'cli')),
  file_name text NOT NULL,
  file_sha256 text NOT NULL,
  encoding text NOT NULL,
  rows_read integer NOT NULL,
  imported integer NOT NULL,
  unchanged integer NOT NULL,
  rejected integer NOT NULL,
  -- The first rejected rows as {line, reason}; never row contents.
  rejected_rows jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX violation_imports_created_idx ON violation_imports (created_at DESC);

CREATE TABLE violation_records (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source text NOT NULL CHECK (source IN ('mol-import', 'bureau-inspection')),
  -- Imported rows are published as they arrive; the bureau's own results start as drafts.
  status text NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published')),
  authority text,
  -- 公告日期: null only while a bureau draft is unpublished.
  announced_on date,
  decided_on date,
  decision_number text,
  -- The cell as published (事業單位名稱或負責人), and its two parts when they can be told apart.
  employer_name text NOT NULL,
  company_name text NOT NULL,
  responsible_person text,
  -- Key of the company part for the employer page: NFKC, 台→臺, no spaces or punctuation, lower case.
  employer_key text NOT NULL,
  -- The company part keyed the way the employers module keys names, for the read-only link below.
  employer_match_key text NOT NULL,
  -- Search key of the whole cell (company and responsible person) and its distinct character pairs:
  -- a GIN index on the pairs finds partial Chinese names without a text-search extension.
  search_key text NOT NULL,
  search_grams text[] NOT NULL DEFAULT '{}',
  law text,
  articles text[] NOT NULL DEFAULT '{}',
  -- '§22-1' and '勞動基準法§22-1' for each cited article, so an article filter is an index lookup.
  article_keys text[] NOT NULL DEFAULT '{}',
  violations text[] NOT NULL DEFAULT '{}',
  -- Null when the file leaves it empty (common for 性平 and 職安 rows): unknown, not zero.
  fine integer CHECK (fine IS NULL OR fine >= 0),
  -- 勞工退休金條例 files give 處分金額或滯納金: the amount may be a late-payment surcharge.
  fine_kind text NOT NULL DEFAULT 'fine' CHECK (fine_kind IN ('fine', 'fine-or-surcharge')),
  disputed boolean NOT NULL DEFAULT false,
  note text,
  employer_id uuid REFERENCES employers (id) ON DELETE SET NULL,
  import_id bigint REFERENCES violation_imports (id) ON DELETE SET NULL,
  -- SHA-256 of the imported row's content: the same row imported again is recognised and skipped.
  row_hash text UNIQUE,
  created_by uuid REFERENCES staff_users (id) ON DELETE SET NULL,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'draft' OR announced_on IS NOT NULL),
  CHECK (source = 'bureau-inspection' OR row_hash IS NOT NULL)
);
CREATE INDEX violation_records_announced_idx ON violation_records (announced_on DESC, id DESC) WHERE status = 'published';
CREATE INDEX violation_records_grams_idx ON violation_records USING gin (search_grams);
CREATE INDEX violation_records_article_keys_idx ON violation_records USING gin (article_keys);
CREATE INDEX violation_records_law_idx ON violation_records (law, announced_on DESC);
CREATE INDEX violation_records_employer_key_idx ON violation_records (employer_key);
CREATE INDEX violation_records_employer_id_idx ON violation_records (employer_id) WHERE employer_id IS NOT NULL;
CREATE INDEX violation_records_import_idx ON violation_records (import_id);
