-- Issue 15 §1 and §2 (ADR 0030): the bureau's answer in the language the worker reads, and translations
-- that say whether a person has reviewed them.

-- A reply is built from a structured outcome (each with a sentence in all five languages, in the web's
-- locale files) plus the inspector's free text. Older replies, and other events, have none.
ALTER TABLE complaint_events ADD COLUMN outcome text
  CHECK (outcome IN ('inspected', 'violation-fined', 'transferred', 'no-violation', 'more-information'));

-- Free text written in Chinese for someone who filed in another language waits here for the consultation
-- centre's interpreters. The owning module names its record (record_type, record_id); the translation is
-- read back by that module through the translations service.
CREATE TABLE translation_tasks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  record_type text NOT NULL,
  record_id text NOT NULL,
  source_locale text NOT NULL DEFAULT 'zh-TW' CHECK (source_locale IN ('zh-TW', 'en', 'id', 'vi', 'th')),
  target_locale text NOT NULL CHECK (target_locale IN ('zh-TW', 'en', 'id', 'vi', 'th')),
  source_text text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  translated_text text,
  created_at timestamptz NOT NULL,
  completed_at timestamptz,
  completed_by uuid REFERENCES staff_users (id) ON DELETE SET NULL,
  CHECK ((status = 'done') = (translated_text IS NOT NULL AND completed_at IS NOT NULL)),
  UNIQUE (record_type, record_id, target_locale)
);
CREATE INDEX translation_tasks_queue_idx ON translation_tasks (target_locale, created_at) WHERE status = 'open';

-- Content translations: written with a machine's help and not yet read by the bureau's reviewers, or
-- reviewed. The shipped (seeded) translations are machine-assisted; zh-TW is the source and counts as
-- reviewed, and so does text staff wrote themselves in the editor (items without a seed key).
ALTER TABLE qa_translations ADD COLUMN review_status text NOT NULL DEFAULT 'machine-assisted'
  CHECK (review_status IN ('machine-assisted', 'reviewed'));
ALTER TABLE news_translations ADD COLUMN review_status text NOT NULL DEFAULT 'machine-assisted'
  CHECK (review_status IN ('machine-assisted', 'reviewed'));
UPDATE qa_translations t SET review_status = 'reviewed'
  WHERE t.locale = 'zh-TW' OR EXISTS (SELECT 1 FROM qa_items i WHERE i.id = t.qa_id AND i.seed_key IS NULL);
UPDATE news_translations t SET review_status = 'reviewed'
  WHERE t.locale = 'zh-TW' OR EXISTS (SELECT 1 FROM news_posts p WHERE p.id = t.post_id AND p.seed_key IS NULL);
