-- Issue 15 §1 (ADR 0030, "Every module's free text"): the translation queue serves every module that writes
-- free text to a reader with a language, not only complaints. A task names the module that asked for it,
-- the record and the field of that record it translates, and the reader's language; when an interpreter
-- finishes it, the owning module is told by a job (handed_over_at set once it has taken the translation),
-- so that the translations module never writes another module's tables.
ALTER TABLE translation_tasks ADD COLUMN source_module text NOT NULL DEFAULT 'complaints';
ALTER TABLE translation_tasks ALTER COLUMN source_module DROP DEFAULT;
ALTER TABLE translation_tasks ADD COLUMN field text NOT NULL DEFAULT 'message';
ALTER TABLE translation_tasks ALTER COLUMN field DROP DEFAULT;
ALTER TABLE translation_tasks ADD COLUMN handed_over_at timestamptz;
-- Complaints read their translations back on the status page: the ones done already need no hand-over.
UPDATE translation_tasks SET handed_over_at = completed_at WHERE status = 'done';
ALTER TABLE translation_tasks DROP CONSTRAINT translation_tasks_record_type_record_id_target_locale_key;
ALTER TABLE translation_tasks ADD CONSTRAINT translation_tasks_record_field_locale_key UNIQUE (record_type, record_id, field, target_locale);
CREATE INDEX translation_tasks_handover_idx ON translation_tasks (completed_at) WHERE status = 'done' AND handed_over_at IS NULL;

-- Mediation: what the parties are to bring, or other remarks, on the notice of a session; and the
-- mediator's remarks on the record (調解紀錄), e.g. how the agreed amount is to be paid. Both are written
-- in Chinese and translated for a party who reads another language.
ALTER TABLE mediation_sessions ADD COLUMN remarks text;
ALTER TABLE mediation_cases ADD COLUMN record_remarks text;

-- Migrant-worker visits: the officer's message to the worker about what happens next.
ALTER TABLE migrant_visits ADD COLUMN worker_message text;
