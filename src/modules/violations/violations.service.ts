/**
 * @module violations
 * The violations registry: imports of MOL open-data files (one transaction per file, idempotent by row
 * hash), the bureau's own inspection results (draft → published), and the public search over both.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { qb, run } from '../../db/query.ts';
import type { ListDefinition } from '../../shared/http/list.ts';
import { violationCountCap, type DecisionRecord, type DecisionSortKey, type InspectionSortKey } from './violations.contract.ts';
import type { Db, Queryable } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { StaffPrincipal } from '../../shared/http/app-env.ts';
import { recordAudit, type AuditActor } from '../audit/audit.service.ts';
import { employerNameKey } from '../employers/employers.service.ts';
import type {
  ImportResult,
  InspectionInput,
  InspectionRecord,
  ViolationItem,
  ViolationQuery,
} from './violations.contract.ts';
import {
  articleKeys,
  articleQueryKey,
  canonicalLaw,
  charPairs,
  lawIdOf,
  nameKey,
  normalizeArticle,
  searchTokens,
} from './violations.normalize.ts';
import { parseViolationsFileYielding, type ParsedFile } from './violations.rows.ts';
import { createViolationImporter, visibleRecord, visibleRecordSql } from './violations.import.ts';

type ParsedOk = Extract<ParsedFile, { ok: true }>;

const recordColumnList = [
  'id', 'source', 'status', 'employer_name', 'company_name', 'responsible_person', 'employer_key', 'authority',
  'announced_on', 'decided_on', 'decision_number', 'law', 'articles', 'violations', 'fine', 'fine_kind', 'disputed', 'note',
  'published_at', 'created_at', 'updated_at', 'revised_at',
] as const;
const recordColumns = recordColumnList.join(', ');

type RecordRow = {
  id: number;
  source: 'mol-import' | 'bureau-inspection';
  status: 'draft' | 'published' | 'withdrawn';
  employer_name: string;
  company_name: string;
  responsible_person: string | null;
  employer_key: string;
  authority: string | null;
  announced_on: string | null;
  decided_on: string | null;
  decision_number: string | null;
  law: string | null;
  articles: string[];
  violations: string[];
  fine: number | null;
  fine_kind: 'fine' | 'fine-or-surcharge';
  disputed: boolean;
  note: string | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  revised_at: Date | null;
};

type DecisionRow = RecordRow & { withdrawn_reason: string | null };

const toItem = (row: RecordRow): ViolationItem => ({
  id: Number(row.id),
  source: row.source,
  employerName: row.employer_name,
  companyName: row.company_name,
  responsiblePerson: row.responsible_person,
  employerKey: row.employer_key,
  authority: row.authority,
  announcedOn: row.announced_on ?? '',
  decidedOn: row.decided_on,
  decisionNumber: row.decision_number,
  law: row.law,
  lawId: lawIdOf(row.law),
  articles: row.articles,
  violations: row.violations,
  fine: row.fine,
  fineKind: row.fine_kind,
  disputed: row.disputed,
  note: row.note,
  revisedOn: row.revised_at ? taipeiDay.format(new Date(row.revised_at)) : null,
});

/**
 * Rows per query of a public download (issue 16, finding 1: no request may hold the event loop for more
 * than 100 ms). PGlite hands back a result in one synchronous step whose cost grows with the number of
 * fields: at 120,000 records a 2,000-row page of the 22 list columns held the loop 90-200 ms. One JSON text
 * per row (the fields toItem reads) and 250 rows a page keep each step under 25 ms of CPU (ADR 0045).
 */
export const exportBatchRows = 250;

/** The fields toItem reads, as one JSON text: dates stay `YYYY-MM-DD`, the revision time an ISO string. */
const exportRecordJson = sql<string>`cast(json_build_object(
  'id', id, 'source', source, 'employer_name', employer_name, 'company_name', company_name,
  'responsible_person', responsible_person, 'employer_key', employer_key, 'authority', authority,
  'announced_on', announced_on, 'decided_on', decided_on, 'decision_number', decision_number, 'law', law,
  'articles', articles, 'violations', violations, 'fine', fine, 'fine_kind', fine_kind, 'disputed', disputed,
  'note', note, 'revised_at', revised_at) as text)`;

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

const toInspection = (row: RecordRow): InspectionRecord => ({
  ...toItem(row),
  announcedOn: row.announced_on,
  status: row.status,
  publishedAt: iso(row.published_at),
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
});

const taipeiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The first rejected rows kept with an import and returned; enough to fix a file, bounded for a bad one. */
const rejectedShown = 1000;
const maxSearchWords = 8;

export type ImportProgress = { done: number; total: number };
/** Told after each batch; a promise it returns is awaited before the next batch (tests look in between). */
export type ImportProgressListener = (progress: ImportProgress) => unknown;

export type ImportOutcome =
  | ({ ok: true; fileName: string } & ImportResult)
  | { ok: false; fileName: string; reason: Extract<ParsedFile, { ok: false }>['reason']; missing?: string[] | undefined };

export type ViolationFilters = Omit<ViolationQuery, 'format' | 'page' | 'pageSize' | 'after'>;

/** `2024-03-05.12345` (the contract checked its shape): the last record of the page before. */
function parseCursor(cursor: string): { announcedOn: string; id: string } {
  const [announcedOn = '', id = '0'] = cursor.split('.');
  return { announcedOn, id };
}

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
}: {
  db: Db;
  /** A read replica for the public search, downloads and employer pages (DATABASE_READ_URL); else `db`. */
  readDb?: Db;
  clock: () => Date;
  authority: string;
}) {
  const reader = readDb ?? db;
  const importer = createViolationImporter({ db, clock });
  /** The published records a public search matches, with the list columns; no order or limit. */
  function publicQuery(filters: ViolationFilters) {
    let query = qb.selectFrom('violation_records').select(recordColumnList).where('status', '=', 'published').where(visibleRecord);
    for (const word of searchTokens(filters.q ?? '').slice(0, maxSearchWords)) {
      const pairs = charPairs(word);
      // The pairs narrow the search through the GIN index; LIKE confirms the word is there in one piece.
      if (pairs.length) query = query.where(sql<boolean>`search_grams @> cast(${pairs} as text[])`);
      query = query.where(sql<boolean>`search_key LIKE '%' || ${word} || '%'`);
    }
    const law = filters.law ? canonicalLaw(filters.law) : null;
    if (law) query = query.where('law', '=', law);
    // The contract has already refused an article filter that names no article.
    const articleKey = filters.article ? articleQueryKey(filters.article, law) : undefined;
    if (articleKey) query = query.where(sql<boolean>`article_keys @> ARRAY[${articleKey}]::text[]`);
    if (filters.from) query = query.where(sql<boolean>`announced_on >= cast(${filters.from} as date)`);
    if (filters.to) query = query.where(sql<boolean>`announced_on <= cast(${filters.to} as date)`);
    return query.$castTo<RecordRow>();
  }

  async function linkEmployers(tx: Queryable, scope: { recordId: number }) {
    // A read-only lookup of the employers module's records by the key it matches names on.
    await tx.query(
      `UPDATE violation_records v SET employer_id = m.id
       FROM (SELECT DISTINCT ON (name_key) name_key, id FROM employers ORDER BY name_key, created_at, id) m
       WHERE v.id = $1 AND v.employer_id IS NULL AND v.employer_match_key = m.name_key`,
      [scope.recordId],
    );
  }

  const service = {
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
      return service.importParsed({ ...input, parsed, fileSha256: createHash('sha256').update(input.bytes).digest('hex') });
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

    /**
     * One page of a public search, newest first. The total is counted up to violationCountCap (a count
     * stops reading there); a deep page is read from a keyset cursor (`after`), not by skipping rows.
     */
    async search(filters: ViolationFilters & { page: number; pageSize: number; after?: string | undefined }) {
      const query = publicQuery(filters);
      const capped = query.clearSelect().select(sql<number>`1`.as('one')).limit(violationCountCap + 1);
      let page = query.orderBy('announced_on', 'desc').orderBy('id', 'desc').limit(filters.pageSize);
      const cursor = filters.after ? parseCursor(filters.after) : undefined;
      if (cursor) page = page.where(sql<boolean>`(announced_on, id) < (cast(${cursor.announcedOn} as date), cast(${cursor.id} as bigint))`);
      else page = page.offset((filters.page - 1) * filters.pageSize);
      const [counted, rows] = await Promise.all([
        run(reader, qb.selectFrom(capped.as('m')).select(sql<number>`count(*)::int`.as('count'))),
        run(reader, page),
      ]);
      const count = Number(counted[0]?.count ?? 0);
      const items = rows.map(toItem);
      const last = items.length === filters.pageSize ? items[items.length - 1] : undefined;
      return {
        total: Math.min(count, violationCountCap),
        totalExact: count <= violationCountCap,
        page: cursor ? 1 : filters.page,
        pageSize: filters.pageSize,
        items,
        nextCursor: last ? `${last.announcedOn}.${last.id}` : null,
      };
    },

    /**
     * Every record matching the filters, newest first, in chunks (keyset pages: no growing OFFSET). Each
     * row comes as one JSON text (see exportBatchRows): on PGlite the result is parsed on the event loop.
     */
    async *exportAll(filters: ViolationFilters, chunkSize = exportBatchRows): AsyncGenerator<ViolationItem[]> {
      let after: { announcedOn: string; id: number } | undefined;
      for (;;) {
        let query = publicQuery(filters)
          .clearSelect()
          .select(exportRecordJson.as('record'))
          .orderBy('announced_on', 'desc')
          .orderBy('id', 'desc')
          .limit(chunkSize);
        if (after) {
          const { announcedOn, id } = after;
          query = query.where(sql<boolean>`(announced_on, id) < (cast(${announcedOn} as date), cast(${id} as bigint))`);
        }
        const rows = (await run(reader, query)) as unknown as { record: string }[];
        if (rows.length === 0) return;
        const items = rows.map((row) => toItem(JSON.parse(row.record) as RecordRow));
        yield items;
        if (rows.length < chunkSize) return;
        const last = items[items.length - 1] as ViolationItem;
        after = { announcedOn: last.announcedOn, id: last.id };
      }
    },

    /** All published records of one employer, by the key of its name (a raw name is keyed first). */
    async employer(key: string) {
      const employerKey = nameKey(key);
      const rows = await reader.query<RecordRow & { employer_id: string | null }>(
        `SELECT ${recordColumns}, employer_id FROM violation_records
         WHERE status = 'published' AND employer_key = $1 AND ${visibleRecordSql()} ORDER BY announced_on DESC, id DESC LIMIT 1000`,
        [employerKey],
      );
      if (rows.rows.length === 0) throw new AppError('NOT_FOUND');
      return {
        employerKey,
        names: [...new Set(rows.rows.map((row) => row.company_name))],
        employerId: rows.rows.find((row) => row.employer_id)?.employer_id ?? null,
        total: rows.rows.length,
        items: rows.rows.map(toItem),
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

    /** The bureau's own inspection results: drafts first, then the latest updated by default. */
    inspectionList(filters: { status?: 'draft' | 'published' | undefined }): ListDefinition<InspectionSortKey, RecordRow> {
      let query = qb.selectFrom('violation_records').select(recordColumnList).where('source', '=', 'bureau-inspection');
      if (filters.status) query = query.where('status', '=', filters.status);
      return {
        query: query.$castTo<RecordRow>(),
        sortKeys: {
          updatedAt: { expression: sql.ref('updated_at'), type: 'timestamptz' },
          announcedOn: { expression: sql.ref('announced_on'), type: 'date' },
          employerName: { expression: sql.ref('employer_name'), type: 'text' },
          decidedOn: { expression: sql.ref('decided_on'), type: 'date' },
        },
        defaultSort: '-updatedAt',
        unique: { expression: sql.ref('id'), type: 'bigint' },
        first: sql<boolean>`status = 'draft'`,
      };
    },

    toInspection,

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

    async getInspection(id: number): Promise<InspectionRecord> {
      const row = (
        await db.query<RecordRow>(`SELECT ${recordColumns} FROM violation_records WHERE id = $1 AND source = 'bureau-inspection'`, [id])
      ).rows[0];
      if (!row) throw new AppError('NOT_FOUND');
      return toInspection(row);
    },

    /** Records the result of one of the bureau's own inspections as a draft. */
    async createInspection(staff: StaffPrincipal, input: InspectionInput, requestId: string): Promise<InspectionRecord> {
      const now = clock();
      return db.transaction(async (tx) => {
        const values = inspectionValues(input);
        const row = (
          await tx.query<RecordRow>(
            `INSERT INTO violation_records (source, status, authority, employer_name, company_name, responsible_person,
               employer_key, employer_match_key, search_key, search_grams, decided_on, decision_number, law, articles,
               article_keys, violations, fine, disputed, note, created_by, created_at, updated_at)
             VALUES ('bureau-inspection', 'draft', $1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)
             RETURNING ${recordColumns}`,
            [
              authority,
              values.employerName,
              values.responsiblePerson,
              values.employerKey,
              values.employerMatchKey,
              values.searchKey,
              values.searchGrams,
              values.decidedOn,
              values.decisionNumber,
              values.law,
              values.articles,
              values.articleKeys,
              values.violations,
              values.fine,
              values.disputed,
              values.note,
              staff.id,
              now,
            ],
          )
        ).rows[0] as RecordRow;
        await linkEmployers(tx, { recordId: Number(row.id) });
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'violations.inspection.create',
          recordType: 'violation-record',
          recordId: String(row.id),
          requestId,
          details: { employer: values.employerName, law: values.law },
          occurredAt: now,
        });
        return toInspection(row);
      });
    },

    /** Corrects an inspection result, draft or published (a published correction is public at once). */
    async updateInspection(staff: StaffPrincipal, id: number, input: InspectionInput, requestId: string): Promise<InspectionRecord> {
      const now = clock();
      return db.transaction(async (tx) => {
        const before = (
          await tx.query<RecordRow>(
            `SELECT ${recordColumns} FROM violation_records WHERE id = $1 AND source = 'bureau-inspection' FOR UPDATE`,
            [id],
          )
        ).rows[0];
        if (!before) throw new AppError('NOT_FOUND');
        const values = inspectionValues(input);
        const row = (
          await tx.query<RecordRow>(
            `UPDATE violation_records SET employer_name = $2, company_name = $2, responsible_person = $3, employer_key = $4,
               employer_match_key = $5, search_key = $6, search_grams = $7, decided_on = $8, decision_number = $9, law = $10,
               articles = $11, article_keys = $12, violations = $13, fine = $14, disputed = $15, note = $16, updated_at = $17,
               employer_id = CASE WHEN employer_match_key = $5 THEN employer_id END
             WHERE id = $1 RETURNING ${recordColumns}`,
            [
              id,
              values.employerName,
              values.responsiblePerson,
              values.employerKey,
              values.employerMatchKey,
              values.searchKey,
              values.searchGrams,
              values.decidedOn,
              values.decisionNumber,
              values.law,
              values.articles,
              values.articleKeys,
              values.violations,
              values.fine,
              values.disputed,
              values.note,
              now,
            ],
          )
        ).rows[0] as RecordRow;
        await linkEmployers(tx, { recordId: id });
        const changed = changedFields(toInspection(before), toInspection(row));
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'violations.inspection.update',
          recordType: 'violation-record',
          recordId: String(id),
          requestId,
          details: { changed, status: row.status },
          occurredAt: now,
        });
        return toInspection(row);
      });
    },

    /** Publishes a draft: from now on it is in the public search, announced on the day given or today. */
    async publishInspection(staff: StaffPrincipal, id: number, announcedOn: string | undefined, requestId: string) {
      const now = clock();
      const day = announcedOn ?? taipeiDay.format(now);
      return db.transaction(async (tx) => {
        const row = (
          await tx.query<RecordRow>(
            `UPDATE violation_records SET status = 'published', announced_on = $2, published_at = $3, updated_at = $3
             WHERE id = $1 AND source = 'bureau-inspection' AND status = 'draft' RETURNING ${recordColumns}`,
            [id, day, now],
          )
        ).rows[0];
        if (!row) {
          const exists = await tx.query(`SELECT 1 FROM violation_records WHERE id = $1 AND source = 'bureau-inspection'`, [id]);
          throw new AppError(exists.rowCount > 0 ? 'CONFLICT' : 'NOT_FOUND');
        }
        await recordAudit(tx, {
          actor: actorOf(staff),
          action: 'violations.inspection.publish',
          recordType: 'violation-record',
          recordId: String(id),
          requestId,
          details: { announcedOn: day },
          occurredAt: now,
        });
        return toInspection(row);
      });
    },

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

/**
 * Fresh statistics for the planner after a large import (PGlite has no autovacuum), outside the import's
 * transactions. The GIN indexes write their entries at once (fastupdate off, 0046): no pending list to flush.
 * Only the columns the search plans turn on: the name pairs (about 30 a row) are the slow column to analyse.
 */
async function refreshSearchIndexes(db: Db, imported: number) {
  // article_keys too: without its statistics the planner took `law & article` for a few hundred rows and
  // sorted all 33,000 of them for the first page (bench: 664 ms p50) instead of reading the law index in order.
  if (imported >= 1000) await db.query('ANALYZE violation_records (status, law, announced_on, import_id, article_keys)');
}

function inspectionValues(input: InspectionInput) {
  const employerName = input.employerName.replace(/\s+/g, ' ');
  const person = input.responsiblePerson?.trim() || null;
  const law = canonicalLaw(input.law);
  const articles = input.articles.map(normalizeArticle);
  const searchKey = nameKey(person ? `${employerName} ${person}` : employerName);
  return {
    employerName,
    responsiblePerson: person,
    employerKey: nameKey(employerName),
    employerMatchKey: employerNameKey(employerName),
    searchKey,
    searchGrams: charPairs(searchKey),
    decidedOn: input.decidedOn ?? null,
    decisionNumber: input.decisionNumber || null,
    law,
    articles,
    articleKeys: articleKeys(articles, law),
    violations: input.violations,
    fine: input.fine,
    disputed: input.disputed,
    note: input.note || null,
  };
}

function changedFields(before: InspectionRecord, after: InspectionRecord): string[] {
  const keys = ['employerName', 'responsiblePerson', 'decidedOn', 'decisionNumber', 'law', 'articles', 'violations', 'fine', 'disputed', 'note'] as const;
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
