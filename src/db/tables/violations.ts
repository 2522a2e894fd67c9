import type { Generated } from 'kysely';
import type { JsonValue } from './json.ts';

export type ViolationImportsTable = {
  id: Generated<number>;
  actor_id: string | null;
  actor_username: string | null;
  channel: string;
  file_name: string;
  file_sha256: string;
  encoding: string;
  rows_read: number;
  imported: number;
  unchanged: number;
  rejected: number;
  rejected_rows: Generated<JsonValue>;
  created_at: Generated<Date>;
  updated: Generated<number>;
  state: Generated<string>;
  rows_written: Generated<number>;
  heartbeat_at: Date | null;
};

export type ViolationImportReplacementsTable = {
  id: Generated<number>;
  import_id: number;
  record_id: number;
  payload: JsonValue;
};

export type ViolationRecordsTable = {
  id: Generated<number>;
  source: string;
  status: Generated<string>;
  authority: string | null;
  announced_on: string | null;
  decided_on: string | null;
  decision_number: string | null;
  employer_name: string;
  company_name: string;
  responsible_person: string | null;
  employer_key: string;
  employer_match_key: string;
  search_key: string;
  search_grams: Generated<string[]>;
  law: string | null;
  articles: Generated<string[]>;
  article_keys: Generated<string[]>;
  violations: Generated<string[]>;
  fine: number | null;
  fine_kind: Generated<string>;
  disputed: Generated<boolean>;
  note: string | null;
  employer_id: string | null;
  import_id: number | null;
  row_hash: string | null;
  created_by: string | null;
  published_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  revised_at: Date | null;
  withdrawn_reason: string | null;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
};

export type ViolationRecordVersionsTable = {
  id: Generated<number>;
  record_id: number;
  data: JsonValue;
  replaced_at: Date;
  import_id: number | null;
};

export type ViolationsTables = {
  violation_imports: ViolationImportsTable;
  violation_records: ViolationRecordsTable;
  violation_record_versions: ViolationRecordVersionsTable;
  violation_import_replacements: ViolationImportReplacementsTable;
};

export const violationsColumns = {
  violation_imports: ['id', 'actor_id', 'actor_username', 'channel', 'file_name', 'file_sha256', 'encoding', 'rows_read', 'imported', 'unchanged', 'rejected', 'rejected_rows', 'created_at', 'updated', 'state', 'rows_written', 'heartbeat_at'],
  violation_records: ['id', 'source', 'status', 'authority', 'announced_on', 'decided_on', 'decision_number', 'employer_name', 'company_name', 'responsible_person', 'employer_key', 'employer_match_key', 'search_key', 'search_grams', 'law', 'articles', 'article_keys', 'violations', 'fine', 'fine_kind', 'disputed', 'note', 'employer_id', 'import_id', 'row_hash', 'created_by', 'published_at', 'created_at', 'updated_at', 'revised_at', 'withdrawn_reason', 'withdrawn_at', 'withdrawn_by'],
  violation_record_versions: ['id', 'record_id', 'data', 'replaced_at', 'import_id'],
  violation_import_replacements: ['id', 'import_id', 'record_id', 'payload'],
} as const;
