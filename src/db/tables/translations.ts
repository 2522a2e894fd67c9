import type { Generated } from 'kysely';

export type TranslationTasksTable = {
  id: Generated<string>;
  record_type: string;
  record_id: string;
  source_locale: Generated<string>;
  target_locale: string;
  source_text: string;
  status: Generated<string>;
  translated_text: string | null;
  created_at: Date;
  completed_at: Date | null;
  completed_by: string | null;
  source_module: string;
  field: string;
  handed_over_at: Date | null;
};

export type TranslationsTables = {
  translation_tasks: TranslationTasksTable;
};

export const translationsColumns = {
  translation_tasks: [
    'id', 'record_type', 'record_id', 'source_locale', 'target_locale', 'source_text', 'status', 'translated_text',
    'created_at', 'completed_at', 'completed_by', 'source_module', 'field', 'handed_over_at',
  ],
} as const;
