/**
 * @module violations
 * The violations registry: imports of MOL open-data files (one transaction per file, idempotent by row
 * hash), the bureau's own inspection results (draft → published), and the public search over both.
 */
import { sql } from 'kysely';
import { qb } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import type { DecisionRecord, DecisionSortKey } from './violations.contract.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import type { ImportResult } from './violations.contract.ts';
import { parseViolationsFileYielding, type ParsedFile } from './violations.rows.ts';
import { createViolationImporter, visibleRecord, visibleRecordSql } from './violations.import.ts';
import { createInspections } from './violations.inspections.ts';
import { createPublicSearch } from './violations.search.ts';
import { type DecisionRow, iso, recordColumnList, recordColumns, type RecordRow, toItem } from './violations.records.ts';
import { nameKey } from './violations.normalize.ts';

export { exportBatchRows, type ViolationFilters } from './violations.search.ts';

type ParsedOk = Extract<ParsedFile, { ok: true }>;

/** The first rejected rows kept with an import and returned; enough to fix a file, bounded for a bad one. */
const rejectedShown = 1000;

export type ImportProgress = { done: number; total: number };
/** Told after each batch; a promise it returns is awaited before the next batch (tests look in between). */
export type ImportProgressListener = (progress: ImportProgress) => unknown;

export type ImportOutcome =
  | ({ ok: true; fileName: string } & ImportResult)
  | { ok: false; fileName: string; reason: Extract<ParsedFile, { ok: false }>['reason']; missing?: string[] | undefined };

const actorOf = (staff: StaffPrincipal | null): AuditActor => (staff ? { id: staff.id, username: staff.username } : null);

/** The name as stored: no control characters (PostgreSQL refuses NUL), at most 255 code units, no half pair. */
function storableFileName(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 255).toWellFormed() || 'upload.csv';
}

type ImportRow = {
  id: number;
  created_at: Date;
  actor_username: string | null;
  channel: 'upload' | 'cli';
  file_name: string;
  encoding: string;
  rows_read: number;
  imported: number;
  unchanged: number;
  updated: number;
  rejected: number;
  state: 'staging' | 'published' | 'abandoned';
  rows_written: number;
};

export const importSortKeys = ['createdAt', 'fileName', 'rejected'] as const;
export type ImportSortKey = (typeof importSortKeys)[number];

export function createViolationsService({
  db,
  readDb,
  clock,
  authority,
  recentWindow,
}: {
  db: Db;
  /** A read replica for the public search, downloads and employer pages (DATABASE_READ_URL); else `db`. */
  readDb?: Db;
  clock: () => Date;
  authority: string;
  /** How many of the newest records a search with words reads before it uses the words' index (see search); tests make it small. */
  recentWindow?: number;
}) {
  const reader = readDb ?? db;
  const importer = createViolationImporter({ db, clock });
  const service = {
    ...createInspections({ db, clock, authority, linkEmployers }),
    ...createPublicSearch({ reader, authority, recentWindow }),
    /**
     * Imports one file in one transaction: every valid row is inserted unless the same row is already
     * there (row hash), rejected rows are reported, and a failure part-way leaves nothing behind.
     */
    async importFile(input: {
      bytes: Uint8Array;
      fileName: string;
      actor: StaffPrincipal | null;
      channel: 'upload' | 'cli';
      requestId?: string;
      batchSize?: number;
      onProgress?: ImportProgressListener;
      onBegin?: (importId: number, rows: number) => void;
    }): Promise<ImportOutcome> {
      const parsed = await parseViolationsFileYielding(input.bytes);
      const fileName = storableFileName(input.fileName);
      if (!parsed.ok) return { ok: false, fileName, reason: parsed.reason, missing: parsed.missing };
      // Web Crypto hashes on libuv's thread pool: in one step on this thread a 28 MB file held the loop 23 ms.
      const digest = await crypto.subtle.digest('SHA-256', input.bytes as Uint8Array<ArrayBuffer>);
      return service.importParsed({ ...input, parsed, fileSha256: Buffer.from(digest).toString('hex') });
    },

    /**
     * The writing half of importFile, for a file already parsed (the benchmark times the halves apart):
     * staged (violations.import.ts), so that no transaction lasts longer than one batch and the rows show
     * all at once, or not at all.
     */
    async importParsed(input: {
      parsed: ParsedOk;
      fileSha256: string;
      fileName: string;
      actor: StaffPrincipal | null;
      channel: 'upload' | 'cli';
      requestId?: string;
      batchSize?: number;
      onProgress?: ImportProgressListener;
      /** Called once the import is recorded (staging), before its rows are written. */
      onBegin?: (importId: number, rows: number) => void;
    }): Promise<ImportOutcome> {
      const { parsed } = input;
      const fileName = storableFileName(input.fileName);
      // A batch is one short transaction; on PGlite also one stretch of the event loop (finding 1: ≤ 100 ms).
      const batchSize = input.batchSize ?? (db.engine === 'pglite' ? 100 : 2000);
      const rejected = parsed.rejected.slice(0, rejectedShown);
      await importer.discardStale();
      const importId = await importer.begin({
        actor: input.actor,
        channel: input.channel,
        fileName,
        fileSha256: input.fileSha256,
        encoding: parsed.encoding,
        rowsRead: parsed.rowsRead,
        rejected: parsed.rejected.length,
        rejectedRows: rejected,
      });
      input.onBegin?.(importId, parsed.rows.length);
      await input.onProgress?.({ done: 0, total: parsed.rows.length });
      let counts: { imported: number; updated: number };
      try {
        let imported = 0;
        let updated = 0;
        const heldBack = new Set<string>();
        for (let start = 0; start < parsed.rows.length; start += batchSize) {
          const batch = parsed.rows.slice(start, start + batchSize);
          const written = await importer.stageBatch(importId, batch, heldBack);
          imported += written.imported;
          updated += written.updated;
          await input.onProgress?.({ done: start + batch.length, total: parsed.rows.length });
        }
        counts = await importer.publish(
          importId,
          { imported, updated, total: parsed.rows.length },
          {
            actor: input.actor,
            requestId: input.requestId ?? null,
            details: { fileName, channel: input.channel, rowsRead: parsed.rowsRead, rejected: parsed.rejected.length },
          },
        );
      } catch (error) {
        await importer.discard(importId).catch(() => undefined);
        throw error;
      }
      if (counts.imported + counts.updated > 0) await refreshSearchIndexes(db, counts.imported);
      return {
        ok: true as const,
        fileName,
        importId,
        encoding: parsed.encoding,
        rowsRead: parsed.rowsRead,
        imported: counts.imported,
        updated: counts.updated,
        unchanged: parsed.rows.length - counts.imported - counts.updated,
        rejected,
        rejectedTotal: parsed.rejected.length,
      };
    },

    /** For other modules (employment flags vacancies): published records per linked employer. */
    async countsByEmployer(employerIds: readonly string[]): Promise<Map<string, number>> {
      if (employerIds.length === 0) return new Map();
      const rows = await db.query<{ employer_id: string; count: number }>(
        `SELECT employer_id, count(*)::int AS count FROM violation_records
         WHERE status = 'published' AND employer_id = ANY($1::uuid[]) AND ${visibleRecordSql()} GROUP BY employer_id`,
        [employerIds],
      );
      return new Map(rows.rows.map((row) => [row.employer_id, row.count]));
    },

    /**
     * For the employment module's vacancy flag: published records per linked employer announced on or after
     * `since`, with the latest date and the key of the employer's public page (/violations/employers/{key}).
     */
    async flagsByEmployer(
      employerIds: readonly string[],
      since: string,
    ): Promise<Map<string, { count: number; latestOn: string; employerKey: string }>> {
      if (employerIds.length === 0) return new Map();
      const rows = await db.query<{ employer_id: string; count: number; latest_on: string; employer_key: string }>(
        `SELECT employer_id, count(*)::int AS count, max(announced_on)::text AS latest_on, min(employer_key) AS employer_key
         FROM violation_records
         WHERE status = 'published' AND employer_id = ANY($1::uuid[]) AND announced_on >= $2::date AND ${visibleRecordSql()} GROUP BY employer_id`,
        [employerIds, since],
      );
      return new Map(rows.rows.map((row) => [row.employer_id, { count: row.count, latestOn: row.latest_on, employerKey: row.employer_key }]));
    },

    /** Past imports, newest first by default. */
    importList(): ListDefinition<ImportSortKey, ImportRow> {
      return {
        query: qb
          .selectFrom('violation_imports')
          .select(['id', 'created_at', 'actor_username', 'channel', 'file_name', 'encoding', 'rows_read', 'imported', 'updated', 'unchanged', 'rejected', 'state', 'rows_written'])
          .$castTo<ImportRow>(),
        sortKeys: {
          createdAt: { expression: sql.ref('created_at'), type: 'timestamptz' },
          fileName: { expression: sql.ref('file_name'), type: 'text' },
          rejected: { expression: sql.ref('rejected'), type: 'integer' },
        },
        defaultSort: '-createdAt',
        unique: { expression: sql.ref('id'), type: 'bigint' },
      };
    },

    toImportSummary: (row: ImportRow) => ({
      id: Number(row.id),
      createdAt: new Date(row.created_at).toISOString(),
      actorUsername: row.actor_username,
      channel: row.channel,
      fileName: row.file_name,
      encoding: row.encoding,
      rowsRead: row.rows_read,
      imported: row.imported,
      updated: row.updated,
      unchanged: row.unchanged,
      rejected: row.rejected,
      state: row.state,
      rowsWritten: row.rows_written,
    }),

    /** The ministry's decisions as staff see them: withdrawn ones too, with their reason. */
    decisionList(filters: { q?: string | undefined; status?: 'published' | 'withdrawn' | undefined }): ListDefinition<DecisionSortKey, DecisionRow> {
      let query = qb
        .selectFrom('violation_records')
        .select([...recordColumnList, 'withdrawn_reason'])
        .where('source', '=', 'mol-import')
        .where(visibleRecord);
      query = filters.status ? query.where('status', '=', filters.status) : query.where('status', 'in', ['published', 'withdrawn']);
      const word = nameKey(filters.q ?? '');
      if (word) query = query.where(sql<boolean>`(search_key LIKE '%' || ${word} || '%' OR decision_number LIKE '%' || ${filters.q!.trim()} || '%')`);
      return {
        query: query.$castTo<DecisionRow>(),
        sortKeys: {
          announcedOn: { expression: sql.ref('announced_on'), type: 'date' },
          revisedAt: { expression: sql`coalesce(revised_at, created_at)`, type: 'timestamptz' },
          employerName: { expression: sql.ref('employer_name'), type: 'text' },
        },
        defaultSort: '-announcedOn',
        unique: { expression: sql.ref('id'), type: 'bigint' },
      };
    },

    toDecision: (row: DecisionRow): DecisionRecord => ({ ...toItem(row), status: row.status, withdrawnReason: row.withdrawn_reason }),

    /**
     * Takes a published decision out of publication, with the reason (issue 16, finding 14): a decision
     * revoked on appeal (訴願撤銷) must not go on naming the employer. The record and its versions stay.
     */
    async withdraw(staff: StaffPrincipal, id: number, reason: string, requestId: string): Promise<void> {
      const now = clock();
      await db.transaction(async (tx) => {
        const row = (
          await tx.query<{ id: number }>(
            `UPDATE violation_records SET status = 'withdrawn', withdrawn_reason = $2, withdrawn_at = $3, withdrawn_by = $4, updated_at = $3
             WHERE id = $1 AND status = 'published' RETURNING id`,
            [id, reason, now, staff.id],
          )
        ).rows[0];
        if (!row) {
          const exists = await tx.query('SELECT 1 FROM violation_records WHERE id = $1', [id]);
          throw new AppError(exists.rowCount > 0 ? 'CONFLICT' : 'NOT_FOUND');
        }
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'violations.withdraw',
          recordType: 'violation-record',
          recordId: String(id),
          requestId,
          details: { reason },
          occurredAt: now,
        });
      });
    },

    /** What a decision said before later files changed it, oldest first, with the record as it is now. */
    async versions(id: number) {
      const current = await db.query<RecordRow & { withdrawn_reason: string | null; withdrawn_at: Date | null }>(
        `SELECT ${recordColumns}, withdrawn_reason, withdrawn_at FROM violation_records WHERE id = $1`,
        [id],
      );
      const row = current.rows[0];
      if (!row) throw new AppError('NOT_FOUND');
      const versions = await db.query<{ data: Record<string, unknown>; replaced_at: Date; import_id: number | null }>(
        'SELECT data, replaced_at, import_id FROM violation_record_versions WHERE record_id = $1 ORDER BY id',
        [id],
      );
      return {
        current: toItem(row),
        status: row.status,
        withdrawnReason: row.withdrawn_reason,
        withdrawnAt: iso(row.withdrawn_at),
        versions: versions.rows.map((version) => ({
          replacedAt: new Date(version.replaced_at).toISOString(),
          importId: version.import_id === null ? null : Number(version.import_id),
          fine: (version.data.fine as number | null) ?? null,
          companyName: String(version.data.company_name ?? ''),
          disputed: Boolean(version.data.disputed),
          note: (version.data.note as string | null) ?? null,
          announcedOn: (version.data.announced_on as string | null) ?? null,
        })),
      };
    },
  };
  return service;
}

export type ViolationsService = ReturnType<typeof createViolationsService>;

/** Links a record to the employers module's record of the same name key (a read-only lookup of its table). */
async function linkEmployers(tx: Queryable, scope: { recordId: number }) {
  await tx.query(
    `UPDATE violation_records v SET employer_id = m.id
     FROM (SELECT DISTINCT ON (name_key) name_key, id FROM employers ORDER BY name_key, created_at, id) m
     WHERE v.id = $1 AND v.employer_id IS NULL AND v.employer_match_key = m.name_key`,
    [scope.recordId],
  );
}

/**
 * Fresh statistics for the planner after a large import (PGlite has no autovacuum), outside the import's
 * transactions. The GIN indexes write their entries at once (fastupdate off, 0046): no pending list to flush.
 * Only the columns the search plans turn on: the name pairs (about 30 a row) are the slow column to analyse.
 */
async function refreshSearchIndexes(db: Db, imported: number) {
  // article_keys too: without its statistics the planner took `law & article` for a few hundred rows and
  // sorted all 33,000 of them for the first page (bench: 664 ms p50) instead of reading the law index in order.
  // VACUUM too: it marks the new rows' pages all-visible, which lets a page by number skip its earlier rows in
  // the date index alone (0048). Without it (and PGlite never vacuums by itself) each skipped row is read from
  // the table. On a fresh import there is nothing to remove, so it only reads the table once: 0.2 s at 300,000.
  if (imported >= 1000) await db.query('VACUUM (ANALYZE) violation_records (status, law, announced_on, import_id, article_keys)');
}

