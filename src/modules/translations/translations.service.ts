/**
 * Translation tasks (issue 15 §1, ADR 0030): free text the bureau wrote in Chinese to someone who reads
 * another language, waiting for the consultation centre's interpreters. Any module may ask: it opens a task
 * inside its own transaction (naming its record, the field and the reader's language) and reads the
 * translation back here. A module that sends the text on (a notice, an e-mail) registers a hand-over: when
 * the interpreter is done, a job gives it the translation, and it writes its own tables in its own
 * transaction. This module writes translation_tasks only. The interpreter sees the text, never the person.
 */
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { qb } from '../../db/query.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { AppError } from '../../shared/errors.ts';
import type { ListDefinition, SortColumn } from '../../shared/http/list.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { JobsService } from '../../shared/jobs/jobs.service.ts';
import type { Logger } from '../../shared/logger.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  translationOwners,
  type TranslationModule,
  type TranslationRecordType,
  type TranslationSortKey,
  type translatedText,
  type translationTask,
} from './translations.contract.ts';
import type { z } from '@hono/zod-openapi';

export const handOverJobName = 'translations.hand-over';

/** What a module asks to have translated: its own record's field, for a reader of `targetLocale`. */
export type TranslationRequest = {
  sourceModule: TranslationModule;
  recordType: TranslationRecordType;
  recordId: string;
  /** The record's field, e.g. `reason`; a record may have several. */
  field: string;
  targetLocale: Locale;
  sourceText: string;
};

/** A finished translation, handed to the module that asked for it. */
export type CompletedTranslation = {
  taskId: string;
  recordType: TranslationRecordType;
  recordId: string;
  field: string;
  targetLocale: Locale;
  sourceText: string;
  translatedText: string;
};

/**
 * Runs in the owning module, outside any transaction of this one. At least once: a crash between the
 * hand-over and its bookkeeping runs it again, so it must tolerate a repeat (check its own record).
 */
export type HandOver = (done: CompletedTranslation) => Promise<void>;

type TaskRow = {
  id: string;
  record_type: TranslationRecordType;
  source_module: TranslationModule;
  field: string;
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

/** What the reader gets of a text: the translation once done, else the Chinese marked as being translated. */
export function readBack(original: string, state: TranslationState | undefined): z.infer<typeof translatedText> {
  if (!state) return { text: original, locale: 'zh-TW', original: null, translation: null };
  if (state.status === 'done' && state.text !== null) return { text: state.text, locale: state.locale, original, translation: 'done' };
  return { text: original, locale: 'zh-TW', original: null, translation: 'pending' };
}

function toItem(row: TaskRow): z.infer<typeof translationTask> {
  return {
    id: row.id,
    recordType: row.record_type,
    sourceModule: row.source_module,
    field: row.field,
    sourceLocale: row.source_locale,
    targetLocale: row.target_locale,
    sourceText: row.source_text,
    status: row.status,
    translatedText: row.translated_text,
    createdAt: new Date(row.created_at).toISOString(),
    completedAt: row.completed_at === null ? null : new Date(row.completed_at).toISOString(),
  };
}

const taskColumns =
  'id, record_type, source_module, field, source_locale, target_locale, source_text, status, translated_text, created_at, completed_at';

export function createTranslationsService(deps: { db: Db; clock: () => Date; jobs?: Pick<JobsService, 'send' | 'started'> }) {
  const { db, clock } = deps;
  const handOvers = new Map<TranslationRecordType, HandOver>();

  const service = {
    /**
     * Opens a task in the caller's transaction. Chinese needs none. The same record, field and language keep
     * one task, so a retry never queues the work twice; if the text has changed since (a session's remarks
     * rewritten), the task is opened again on the new text and its old translation dropped.
     */
    async open(tx: Queryable, task: TranslationRequest): Promise<boolean> {
      if (task.targetLocale === 'zh-TW' || task.sourceText.trim() === '') return false;
      if (translationOwners[task.recordType] !== task.sourceModule) throw new Error(`translations: ${task.sourceModule} does not own ${task.recordType}`);
      const opened = await tx.query(
        `INSERT INTO translation_tasks (source_module, record_type, record_id, field, target_locale, source_text, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (record_type, record_id, field, target_locale) DO UPDATE
           SET source_text = EXCLUDED.source_text, status = 'open', translated_text = NULL, completed_at = NULL, completed_by = NULL,
               handed_over_at = NULL, created_at = EXCLUDED.created_at
           WHERE translation_tasks.source_text <> EXCLUDED.source_text
         RETURNING id`,
        [task.sourceModule, task.recordType, task.recordId, task.field, task.targetLocale, task.sourceText, clock()],
      );
      return opened.rows.length > 0;
    },

    /**
     * The state of each record's translation of one field, by record id (records with no task are absent).
     * A record read by several people (a mediation's two parties) is asked once per reader's language.
     */
    async statesOf(
      q: Queryable,
      recordType: TranslationRecordType,
      recordIds: readonly string[],
      which: { field?: string; targetLocale?: Locale } = {},
    ): Promise<Map<string, TranslationState>> {
      if (recordIds.length === 0) return new Map();
      const rows = await q.query<{ record_id: string; status: 'open' | 'done'; translated_text: string | null; target_locale: Locale }>(
        `SELECT record_id, status, translated_text, target_locale FROM translation_tasks
         WHERE record_type = $1 AND record_id = ANY($2::text[]) AND field = $3 AND ($4::text IS NULL OR target_locale = $4)`,
        [recordType, [...recordIds], which.field ?? 'message', which.targetLocale ?? null],
      );
      return new Map(rows.rows.map((row) => [row.record_id, { status: row.status, text: row.translated_text, locale: row.target_locale }]));
    },

    /** The owning module's hand-over for a kind of record: told of each translation once it is done. */
    onCompleted(recordType: TranslationRecordType, handOver: HandOver): void {
      handOvers.set(recordType, handOver);
    },

    /**
     * Gives a finished translation to its module (the job's handler; tests call it directly). Answers
     * whether a hand-over ran; a task handed over already, or open, is left alone.
     */
    async handOver(taskId: string): Promise<boolean> {
      const row = (
        await db.query<TaskRow & { record_id: string }>(
          `SELECT ${taskColumns}, record_id FROM translation_tasks WHERE id = $1 AND status = 'done' AND handed_over_at IS NULL`,
          [taskId],
        )
      ).rows[0];
      if (!row || row.translated_text === null) return false;
      const handler = handOvers.get(row.record_type);
      if (handler) {
        await handler({
          taskId: row.id,
          recordType: row.record_type,
          recordId: row.record_id,
          field: row.field,
          targetLocale: row.target_locale,
          sourceText: row.source_text,
          translatedText: row.translated_text,
        });
      }
      // Only the translation the handler was given: a task reopened on new text in between waits for its own.
      const marked = await db.query(`UPDATE translation_tasks SET handed_over_at = $2 WHERE id = $1 AND status = 'done' AND completed_at = $3`, [
        taskId,
        clock(),
        row.completed_at,
      ]);
      return handler !== undefined && marked.rowCount > 0;
    },

    /** Declares the hand-over job, then queues the hand-overs of tasks finished while no jobs ran. */
    async startWorkers(jobs: JobsService, logger: Logger): Promise<void> {
      await jobs.work<{ taskId: string }>(handOverJobName, async (job) => void (await service.handOver(job.data.taskId)), {
        policy: 'short',
        retryLimit: 5,
        retryDelaySeconds: 60,
        retryBackoff: true,
      });
      const waiting = await db.query<{ id: string }>(`SELECT id FROM translation_tasks WHERE status = 'done' AND handed_over_at IS NULL ORDER BY completed_at LIMIT 1000`);
      for (const row of waiting.rows) await jobs.send(handOverJobName, { taskId: row.id }, { singletonKey: row.id });
      if (waiting.rows.length > 0) logger.info({ queued: waiting.rows.length }, 'translations: hand-overs queued');
    },

    /** An interpreter's queue: open tasks of one language by default, oldest first. */
    queue(filters: { targetLocale?: Locale | undefined; status?: 'open' | 'done' | undefined }): ListDefinition<TranslationSortKey, TaskRow> {
      let query = qb
        .selectFrom('translation_tasks as t')
        .select(['t.id', 't.record_type', 't.source_module', 't.field', 't.source_locale', 't.target_locale', 't.source_text', 't.status', 't.translated_text', 't.created_at', 't.completed_at'])
        .where('t.status', '=', filters.status ?? 'open')
        .$castTo<TaskRow>();
      if (filters.targetLocale) query = query.where('t.target_locale', '=', filters.targetLocale);
      return { query, sortKeys: sortColumns, defaultSort: 'createdAt', unique: { expression: sql.ref('t.id'), type: 'uuid' } };
    },

    async task(id: string): Promise<z.infer<typeof translationTask>> {
      const row = (
        await db.query<TaskRow>(
          `SELECT ${taskColumns} FROM translation_tasks WHERE id = $1`,
          [id],
        )
      ).rows[0];
      if (!row) throw new AppError('NOT_FOUND');
      return toItem(row);
    },

    toItem,

    /**
     * The interpreter's translation replaces the pending notice; a task done already is INVALID_TRANSITION.
     * Its module's hand-over is queued in the same transaction (with no jobs running, startWorkers queues it).
     */
    async complete(staff: StaffPrincipal, id: string, translatedText: string, meta: { requestId: string }): Promise<void> {
      await db.transaction(async (tx) => {
        const row = (
          await tx.query<{ status: string; target_locale: string; record_type: TranslationRecordType }>(
            'SELECT status, target_locale, record_type FROM translation_tasks WHERE id = $1 FOR UPDATE',
            [id],
          )
        ).rows[0];
        if (!row) throw new AppError('NOT_FOUND');
        if (row.status !== 'open') throw new AppError('INVALID_TRANSITION', { params: { status: row.status, action: 'complete' } });
        const now = clock();
        // A kind of record its module only reads back (complaints' status page) has nothing to hand over.
        const handsOver = handOvers.has(row.record_type);
        await tx.query(
          `UPDATE translation_tasks SET status = 'done', translated_text = $2, completed_at = $3::timestamptz, completed_by = $4,
             handed_over_at = CASE WHEN $5::boolean THEN NULL ELSE $3::timestamptz END WHERE id = $1`,
          [id, translatedText, now, staff.id, handsOver],
        );
        if (handsOver && deps.jobs?.started) await deps.jobs.send(handOverJobName, { taskId: id }, { tx, singletonKey: id });
        await recordAudit(tx, {
          actor: { id: staff.id, username: staff.username },
          action: 'translation.complete',
          recordType: 'translation-task',
          recordId: id,
          requestId: meta.requestId,
          details: { targetLocale: row.target_locale, recordType: row.record_type },
          occurredAt: now,
        });
      });
    },
  };
  return service;
}

export type TranslationsService = ReturnType<typeof createTranslationsService>;
