/**
 * The writing half of a violations import, staged (issue 16, finding 1 and §4).
 *
 * One transaction per file held PGlite's only connection for the whole file (a 120,000-row upload froze the
 * server for 36 s: every other request waited behind it). Now:
 *  1. `begin` records the import as `staging` (one staging import at a time, enforced by the database);
 *  2. `stage` writes the rows in short transactions, one per batch. New rows go straight into
 *     violation_records, tagged with the import, and stay hidden: every public read keeps `visibleRecord`,
 *     which leaves out the rows of an import that is not published. A row that changes a decision already
 *     published is held back in violation_import_replacements, since changing it in place would show;
 *  3. `publish` is one short transaction: the held-back changes (few: a republished decision), the counts,
 *     the audit, and the state `published`, which shows every new row at once.
 * A kill -9 at any point leaves a `staging` import whose rows nobody sees; the next import marks it
 * `abandoned` once its heartbeat is stale and deletes its rows, batch by batch.
 */
import { sql } from 'kysely';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { employerNameKey } from '../employers/employers.service.ts';
import type { ViolationRow } from './violations.rows.ts';

/**
 * Rows of a staging or abandoned import are in violation_records but nobody sees them. Written as "not one
 * of the unpublished imports" (an array read once per statement, usually empty, in the statement's own
 * snapshot): a NOT EXISTS anti-join made the planner think a law's first page held a few rows, and sort
 * all 10,000 of them instead of reading the law index in order (measured: 115 ms against 0.7 ms).
 */
export const visibleRecordSql = (alias = 'violation_records') =>
  `coalesce(${alias}.import_id, 0) <> ALL (ARRAY(SELECT hidden.id FROM violation_imports hidden WHERE hidden.state <> 'published'))`;
export const visibleRecord = sql<boolean>`coalesce(violation_records.import_id, 0) <> ALL (ARRAY(SELECT hidden.id FROM violation_imports hidden WHERE hidden.state <> 'published'))`;

/** A staging import whose heartbeat is older than this was killed: the next import abandons it. */
export const staleImportMs = 2 * 60_000;

export type ImportCounts = { imported: number; updated: number };

/** A text[] as PostgreSQL's array literal, for `(r->>n)::text[]`: faster than unnesting a JSON array. */
const pgArray = (values: readonly string[]) =>
  `{${values.map((v) => (/["\\]/.test(v) ? `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"` : `"${v}"`)).join(',')}}`;

function rowPayload(row: ViolationRow): unknown[] {
  return [
    row.authority,
    row.announcedOn,
    row.decidedOn,
    row.decisionNumber,
    row.employerName,
    row.companyName,
    row.responsiblePerson,
    row.employerKey,
    employerNameKey(row.companyName),
    row.searchKey,
    pgArray(row.searchGrams),
    row.law,
    pgArray(row.articles),
    pgArray(row.articleKeys),
    pgArray(row.violations),
    row.fine,
    row.fineKind,
    row.disputed,
    row.note,
    row.rowHash,
  ];
}

const decisionKey = (row: ViolationRow) =>
  row.decisionNumber ? JSON.stringify([row.authority, row.decisionNumber, row.decidedOn]) : undefined;

// The employer a name links to: a read-only lookup of the employers module's records by its name key.
const employerOf = (key: string) =>
  `(SELECT e.id FROM employers e WHERE e.name_key = ${key} ORDER BY e.created_at, e.id LIMIT 1)`;

const recordAssignments = `authority = r->>0, announced_on = (r->>1)::date, decided_on = (r->>2)::date,
  decision_number = r->>3, employer_name = r->>4, company_name = r->>5, responsible_person = r->>6,
  employer_key = r->>7, employer_match_key = r->>8, search_key = r->>9, search_grams = (r->>10)::text[], law = r->>11,
  articles = (r->>12)::text[], article_keys = (r->>13)::text[], violations = (r->>14)::text[], fine = (r->>15)::int,
  fine_kind = r->>16, disputed = (r->>17)::boolean, note = r->>18, row_hash = r->>19, employer_id = ${employerOf('r->>8')}`;

/** Keeps what each record said as a version, then writes the new content over it (finding 14). */
async function replaceRecords(tx: Queryable, replacing: { recordId: number; payload: unknown[] }[], importId: number, now: Date): Promise<number> {
  if (replacing.length === 0) return 0;
  await tx.query(
    `INSERT INTO violation_record_versions (record_id, data, replaced_at, import_id)
     SELECT id, to_jsonb(v) - 'search_key' - 'search_grams' - 'article_keys' - 'employer_match_key', $2, $3
     FROM violation_records v WHERE id = ANY($1::bigint[])`,
    [replacing.map((r) => r.recordId), now, importId],
  );
  const result = await tx.query(
    `UPDATE violation_records v SET ${recordAssignments}, import_id = $2, revised_at = $3, updated_at = $3
     FROM jsonb_array_elements($1::jsonb) AS r WHERE v.id = (r->>20)::bigint`,
    [JSON.stringify(replacing.map((r) => [...r.payload, r.recordId])), importId, now],
  );
  return result.rowCount;
}

export function createViolationImporter({ db, clock }: { db: Db; clock: () => Date }) {
  /** Deletes the hidden rows of an import that will never be published, in short batches. */
  async function discard(importId: number) {
    await db.query(`UPDATE violation_imports SET state = 'abandoned' WHERE id = $1 AND state = 'staging'`, [importId]);
    for (;;) {
      const deleted = await db.query(
        `DELETE FROM violation_records WHERE id IN (SELECT id FROM violation_records WHERE import_id = $1 LIMIT 2000)
         AND ${visibleRecordSql()} IS FALSE`,
        [importId],
      );
      if (deleted.rowCount === 0) break;
    }
    await db.query('DELETE FROM violation_import_replacements WHERE import_id = $1', [importId]);
  }

  return {
    discard,

    /** Imports killed part-way (stale heartbeat) are abandoned and their rows deleted. */
    async discardStale(): Promise<number> {
      const stale = await db.query<{ id: number }>(
        `SELECT id FROM violation_imports WHERE state = 'abandoned' AND EXISTS (SELECT 1 FROM violation_records WHERE import_id = violation_imports.id)
         UNION SELECT id FROM violation_imports WHERE state = 'staging' AND heartbeat_at < $1`,
        [new Date(clock().getTime() - staleImportMs)],
      );
      for (const row of stale.rows) await discard(Number(row.id));
      return stale.rows.length;
    },

    /** Records the import as staging; CONFLICT while another import is staging (one at a time). */
    async begin(input: {
      actor: StaffPrincipal | null;
      channel: 'upload' | 'cli';
      fileName: string;
      fileSha256: string;
      encoding: string;
      rowsRead: number;
      rejected: number;
      rejectedRows: unknown[];
    }): Promise<number> {
      const now = clock();
      try {
        const row = await db.query<{ id: number }>(
          `INSERT INTO violation_imports (actor_id, actor_username, channel, file_name, file_sha256, encoding, rows_read,
             imported, unchanged, rejected, rejected_rows, created_at, state, heartbeat_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 0, 0, $8, $9, $10, 'staging', $10) RETURNING id`,
          [
            input.actor?.id ?? null,
            input.actor?.username ?? null,
            input.channel,
            input.fileName,
            input.fileSha256,
            input.encoding,
            input.rowsRead,
            input.rejected,
            JSON.stringify(input.rejectedRows),
            now,
          ],
        );
        return Number(row.rows[0]?.id);
      } catch (error) {
        // violation_imports_one_staging: another import is being written.
        if ((error as { code?: string }).code === '23505') throw new AppError('CONFLICT');
        throw error;
      }
    },

    /**
     * Writes one batch in its own short transaction: a row already held (same row hash) is unchanged; a row
     * of a decision already published with other content is held back for `publish`; a row of a decision
     * this import already wrote replaces it at once (both hidden); any other row is new and hidden.
     */
    async stageBatch(importId: number, rows: readonly ViolationRow[], heldBack: Set<string>): Promise<ImportCounts & { deferred: number }> {
      const now = clock();
      return db.transaction(async (tx) => {
        // A decision named twice in one batch is written in two steps, so that the later row replaces the earlier.
        const steps: ViolationRow[][] = [[]];
        let keys = new Set<string>();
        for (const row of rows) {
          const key = decisionKey(row);
          if (key && keys.has(key)) {
            steps.push([]);
            keys = new Set();
          }
          if (key) keys.add(key);
          steps[steps.length - 1]!.push(row);
        }
        let imported = 0;
        let updated = 0;
        let deferred = 0;
        for (const step of steps) {
          const held = await tx.query<{ row_hash: string }>('SELECT row_hash FROM violation_records WHERE row_hash = ANY($1::text[])', [
            step.map((row) => row.rowHash),
          ]);
          const heldHashes = new Set(held.rows.map((row) => row.row_hash));
          const fresh = step.filter((row) => !heldHashes.has(row.rowHash) && !heldBack.has(row.rowHash));
          const withDecision = fresh.filter((row) => row.decisionNumber);
          const matches = withDecision.length
            ? await tx.query<{ id: number; key: string; mine: boolean }>(
                // The latest record of each decision, published or this import's own (an install may hold duplicates).
                `SELECT DISTINCT ON (r.ordinality) v.id, r.value->>3 AS key, v.import_id IS NOT DISTINCT FROM $2::bigint AS mine
                 FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r
                 JOIN violation_records v ON v.source = 'mol-import' AND v.decision_number = r.value->>1
                   AND v.decided_on IS NOT DISTINCT FROM (r.value->>2)::date AND v.authority IS NOT DISTINCT FROM r.value->>0
                   AND (v.import_id IS NOT DISTINCT FROM $2::bigint OR ${visibleRecordSql('v')})
                 ORDER BY r.ordinality, v.id DESC`,
                [JSON.stringify(withDecision.map((row) => [row.authority, row.decisionNumber, row.decidedOn, decisionKey(row)])), importId],
              )
            : { rows: [] };
          const recordOf = new Map(matches.rows.map((row) => [row.key, { id: Number(row.id), mine: row.mine }]));
          const mine: { recordId: number; payload: unknown[] }[] = [];
          const later: { recordId: number; payload: unknown[]; hash: string }[] = [];
          const inserting: ViolationRow[] = [];
          for (const row of fresh) {
            const record = recordOf.get(decisionKey(row) ?? '');
            if (!record) inserting.push(row);
            else if (record.mine) mine.push({ recordId: record.id, payload: rowPayload(row) });
            else later.push({ recordId: record.id, payload: rowPayload(row), hash: row.rowHash });
          }
          updated += await replaceRecords(tx, mine, importId, now);
          if (later.length) {
            await tx.query(
              `INSERT INTO violation_import_replacements (import_id, record_id, payload)
               SELECT $1, (r->>0)::bigint, r->1 FROM jsonb_array_elements($2::jsonb) AS r`,
              [importId, JSON.stringify(later.map((r) => [r.recordId, r.payload]))],
            );
            for (const r of later) heldBack.add(r.hash);
            deferred += later.length;
          }
          if (inserting.length) {
            const result = await tx.query(
              `INSERT INTO violation_records (source, status, authority, announced_on, decided_on, decision_number, employer_name,
                 company_name, responsible_person, employer_key, employer_match_key, search_key, search_grams, law, articles,
                 article_keys, violations, fine, fine_kind, disputed, note, row_hash, employer_id, import_id, published_at, created_at, updated_at)
               SELECT 'mol-import', 'published', r->>0, (r->>1)::date, (r->>2)::date, r->>3, r->>4, r->>5, r->>6, r->>7, r->>8, r->>9,
                 (r->>10)::text[], r->>11, (r->>12)::text[], (r->>13)::text[], (r->>14)::text[], (r->>15)::int, r->>16,
                 (r->>17)::boolean, r->>18, r->>19, ${employerOf('r->>8')}, $2, $3, $3, $3
               FROM jsonb_array_elements($1::jsonb) AS r
               ON CONFLICT (row_hash) DO NOTHING`,
              [JSON.stringify(inserting.map(rowPayload)), importId, now],
            );
            imported += result.rowCount;
          }
        }
        await tx.query('UPDATE violation_imports SET rows_written = rows_written + $2, heartbeat_at = $3 WHERE id = $1', [importId, rows.length, now]);
        return { imported, updated, deferred };
      });
    },

    /**
     * One short transaction that makes the import public: the held-back changes to published decisions, the
     * counts, the audit, and the state. Held-back changes of one record apply in file order.
     */
    async publish(
      importId: number,
      counts: ImportCounts & { total: number },
      audit: { actor: StaffPrincipal | null; requestId: string | null; details: Record<string, unknown> },
    ): Promise<ImportCounts> {
      const now = clock();
      return db.transaction(async (tx) => {
        let updated = counts.updated;
        for (;;) {
          const pending = await tx.query<{ id: number; record_id: number; payload: unknown[] }>(
            'SELECT id, record_id, payload FROM violation_import_replacements WHERE import_id = $1 ORDER BY id LIMIT 500',
            [importId],
          );
          if (pending.rows.length === 0) break;
          // A record changed twice goes in two statements, the earlier change first.
          const seen = new Set<number>();
          const step = [];
          for (const row of pending.rows) {
            if (seen.has(Number(row.record_id))) break;
            seen.add(Number(row.record_id));
            step.push(row);
          }
          updated += await replaceRecords(tx, step.map((row) => ({ recordId: Number(row.record_id), payload: row.payload })), importId, now);
          await tx.query('DELETE FROM violation_import_replacements WHERE id = ANY($1::bigint[])', [step.map((row) => row.id)]);
        }
        const unchanged = counts.total - counts.imported - updated;
        const published = await tx.query(
          `UPDATE violation_imports SET state = 'published', imported = $2, unchanged = $3, updated = $4, rows_written = $5, heartbeat_at = $6
           WHERE id = $1 AND state = 'staging'`,
          [importId, counts.imported, unchanged, updated, counts.total, now],
        );
        // Abandoned meanwhile (its heartbeat went stale and another import discarded its rows): nothing to show.
        if (published.rowCount === 0) throw new AppError('CONFLICT');
        await recordAudit(tx, {
          actor: audit.actor ? { id: audit.actor.id, username: audit.actor.username } : null,
          action: 'violations.import',
          recordType: 'violation-import',
          recordId: String(importId),
          requestId: audit.requestId,
          details: { ...audit.details, imported: counts.imported, updated, unchanged },
          occurredAt: now,
        });
        return { imported: counts.imported, updated };
      });
    },
  };
}

export type ViolationImporter = ReturnType<typeof createViolationImporter>;
