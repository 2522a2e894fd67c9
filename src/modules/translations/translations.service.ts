/**
 * Translation tasks (issue 15 §1, ADR 0030): free text the bureau wrote in Chinese to someone who filed in
 * another language, waiting for the consultation centre's interpreters. A module opens a task inside its
 * own transaction and reads the translation back here; the interpreter sees the text, never the person.
 */
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { AppError } from '../../shared/errors.ts';
import type { ListDefinition, SortColumn } from '../../shared/http/list.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TranslationRecordType, TranslationSortKey, translationTask } from './translations.contract.ts';
import type { z } from '@hono/zod-openapi';

type TaskRow = {
  id: string;
  record_type: TranslationRecordType;
  source_locale: Locale;
  target_locale: Locale;
  source_text: string;
  status: 'open' | 'done';
  translated_text: string | null;
  created_at: Date;
  completed_at: Date | null;
};

const sortColumns = {
  createdAt: { expression: sql.ref('t.created_at'), type: 'timestamptz' },
  targetLocale: { expression: sql.ref('t.target_locale'), type: 'text' },
} satisfies Record<TranslationSortKey, SortColumn>;

/** The translation of a record's text: pending while an interpreter has not finished it. */
export type TranslationState = { status: 'open' | 'done'; text: string | null; locale: Locale };

function toItem(row: TaskRow): z.infer<typeof translationTask> {
  return {
    id: row.id,
    recordType: row.record_type,
    sourceLocale: row.source_locale,
    targetLocale: row.target_locale,
    sourceText: row.source_text,
    status: row.status,
    translatedText: row.translated_text,
    createdAt: new Date(row.created_at).toISOString(),
    completedAt: row.completed_at === null ? null : new Date(row.completed_at).toISOString(),
  };
}

export function createTranslationsService(deps: { db: Db; clock: () => Date }) {
  const { db, clock } = deps;
  return {
    /**
     * Opens a task in the caller's transaction. Chinese needs none; the same record and language keep one
     * task (a second reply is its own record), so a retry never queues the work twice.
     */
    async open(
      tx: Queryable,
      task: { recordType: TranslationRecordType; recordId: string; targetLocale: Locale; sourceText: string },
    ): Promise<boolean> {
      if (task.targetLocale === 'zh-TW') return false;
      const inserted = await tx.query(
        `INSERT INTO translation_tasks (record_type, record_id, target_locale, source_text, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (record_type, record_id, target_locale) DO NOTHING RETURNING id`,
        [task.recordType, task.recordId, task.targetLocale, task.sourceText, clock()],
      );
      return inserted.rows.length > 0;
    },

    /** The state of each record's translation, by record id (records with no task are absent). */
    async statesOf(q: Queryable, recordType: TranslationRecordType, recordIds: readonly string[]): Promise<Map<string, TranslationState>> {
      if (recordIds.length === 0) return new Map();
      const rows = await q.query<{ record_id: string; status: 'open' | 'done'; translated_text: string | null; target_locale: Locale }>(
        `SELECT record_id, status, translated_text, target_locale FROM translation_tasks WHERE record_type = $1 AND record_id = ANY($2::text[])`,
        [recordType, [...recordIds]],
      );
      return new Map(rows.rows.map((row) => [row.record_id, { status: row.status, text: row.translated_text, locale: row.target_locale }]));
    },

    /** An interpreter's queue: open tasks of one language by default, oldest first. */
    queue(filters: { targetLocale?: Locale | undefined; status?: 'open' | 'done' | undefined }): ListDefinition<TranslationSortKey, TaskRow> {
      let query = qb
        .selectFrom('translation_tasks as t')
        .select(['t.id', 't.record_type', 't.source_locale', 't.target_locale', 't.source_text', 't.status', 't.translated_text', 't.created_at', 't.completed_at'])
        .where('t.status', '=', filters.status ?? 'open')
        .$castTo<TaskRow>();
      if (filters.targetLocale) query = query.where('t.target_locale', '=', filters.targetLocale);
      return { query, sortKeys: sortColumns, defaultSort: 'createdAt', unique: { expression: sql.ref('t.id'), type: 'uuid' } };
    },

    async task(id: string): Promise<z.infer<typeof translationTask>> {
      const row = (
        await db.query<TaskRow>(
          `SELECT id, record_type, source_locale, target_locale, source_text, status, translated_text, created_at, completed_at
           FROM translation_tasks WHERE id = $1`,
          [id],
        )
      ).rows[0];
      if (!row) throw new AppError('NOT_FOUND');
      return toItem(row);
    },

    toItem,

    /** The interpreter's translation replaces the pending notice; a task done already is INVALID_TRANSITION. */
    async complete(staff: StaffPrincipal, id: string, translatedText: string, meta: { requestId: string }): Promise<void> {
      await db.transaction(async (tx) => {
        const row = (await tx.query<{ status: string; target_locale: string }>('SELECT status, target_locale FROM translation_tasks WHERE id = $1 FOR UPDATE', [id]))
          .rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (row.status !== 'open') throw new AppError('INVALID_TRANSITION', { params: { status: row.status, action: 'complete' } });
        const now = clock();
        await tx.query(
          `UPDATE translation_tasks SET status = 'done', translated_text = $2, completed_at = $3, completed_by = $4 WHERE id = $1`,
          [id, translatedText, now, staff.id],
        );
        await recordAudit(tx, {
          actor: { id: staff.id, username: staff.username },
          action: 'translation.complete',
          recordType: 'translation-task',
          recordId: id,
          requestId: meta.requestId,
          details: { targetLocale: row.target_locale },
          occurredAt: now,
        });
      });
    },
  };
}

export type TranslationsService = ReturnType<typeof createTranslationsService>;
