/**
 * The public search of the violations registry: one page (capped count, keyset cursor, the newest records
 * read first for a common word), every match for a download in chunks, and one employer's records. Reads
 * only, on the read replica when there is one (DATABASE_READ_URL).
 */
import { sql } from 'kysely';
import { qb, run } from '../../db/query.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { violationCountCap, type ViolationItem, type ViolationQuery } from './violations.contract.ts';
import { visibleRecord, visibleRecordSql } from './violations.import.ts';
import { articleQueryKey, canonicalLaw, charPairs, nameKey, searchTokens } from './violations.normalize.ts';
import { recordColumnList, recordColumns, type RecordRow, toItem, ubnSql } from './violations.records.ts';

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

const maxSearchWords = 8;

export type ViolationFilters = Omit<ViolationQuery, 'format' | 'page' | 'pageSize' | 'after'>;

/** `2024-03-05.12345` (the contract checked its shape): the last record of the page before. */
type Cursor = { announcedOn: string; id: string };
/**
 * The newest records a search with words reads first (see search): a word in at least one record of 100
 * fills a page of 20 from them.
 */
const defaultRecentWindow = 2000;
type RecentWindow = { size: number; cursor: Cursor | undefined };

const afterCursor = (cursor: Cursor) => sql<boolean>`(announced_on, id) < (cast(${cursor.announcedOn} as date), cast(${cursor.id} as bigint))`;

function parseCursor(cursor: string): Cursor {
  const [announcedOn = '', id = '0'] = cursor.split('.');
  return { announcedOn, id };
}

export function createPublicSearch({ reader, authority, recentWindow = defaultRecentWindow }: { reader: Db; authority: string; recentWindow?: number | undefined }) {
  const authorityKey = nameKey(authority);
  /** The published records a public search matches, with the list columns; no order or limit. */
  function publicQuery(filters: ViolationFilters, window?: RecentWindow) {
    let query = recordsSource(window).select(recordColumnList).where('status', '=', 'published').where(visibleRecord);
    for (const word of searchTokens(filters.q ?? '').slice(0, maxSearchWords)) {
      // A word of the authority's name (台中, 臺中市: issue 15 §6) is read as the authority, not as part of a
      // name: alone it lists the city's records in date order, and beside a name word that word's index does
      // the narrowing (as an OR with the name it could not: 台中 精密 took 180 ms at 300,000 rows).
      if ([...word].length >= 2 && authorityKey.includes(word)) {
        query = query.where(sql<boolean>`replace(authority, '台', '臺') LIKE '%' || ${word} || '%'`);
        continue;
      }
      const pairs = charPairs(word);
      // Eight digits are also a unified business number (統一編號): the records linked to that employer,
      // through the employer link's index, beside names holding the digits through the pairs' index.
      if (/^\d{8}$/.test(word)) {
        query = query.where(
          sql<boolean>`(employer_id IN (SELECT e.id FROM employers e WHERE e.ubn = ${word})
            OR (search_grams @> cast(${pairs} as text[]) AND search_key LIKE '%' || ${word} || '%'))`,
        );
        continue;
      }
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

  /**
   * The table, or only its newest published records (after a cursor): a subquery with a LIMIT is read first
   * and the filters then apply to its rows, so a common word is looked for in date order instead of through
   * its index (see search). Named like the table, so that every filter reads the same columns.
   */
  function recordsSource(window?: RecentWindow) {
    const table = qb.selectFrom('violation_records');
    if (!window) return table;
    let recent = qb.selectFrom('violation_records').selectAll().where('status', '=', 'published').where(visibleRecord);
    if (window.cursor) recent = recent.where(afterCursor(window.cursor));
    return qb.selectFrom(recent.orderBy('announced_on', 'desc').orderBy('id', 'desc').limit(window.size).as('violation_records')) as unknown as typeof table;
  }

  /**
   * The 統一編號 of the page's records, read for the page only: as a column of the search it would be read
   * for every match before the sort picks the page (a common word at 300,000 rows: 20,000 lookups).
   */
  async function withUbns(items: ViolationItem[]): Promise<ViolationItem[]> {
    if (items.length === 0) return items;
    const found = await reader.query<{ id: string; ubn: string | null }>(
      `SELECT id::text AS id, ${ubnSql} AS ubn FROM violation_records WHERE id = ANY($1::bigint[]) AND employer_id IS NOT NULL`,
      [items.map((item) => item.id)],
    );
    const ubns = new Map(found.rows.map((row) => [row.id, row.ubn]));
    return items.map((item) => ({ ...item, ubn: ubns.get(String(item.id)) ?? null }));
  }

  return {
    /**
     * One page of a public search, newest first. The total is counted up to violationCountCap (a count
     * stops reading there); a deep page is read from a keyset cursor (`after`), not by skipping rows.
     */
    async search(filters: ViolationFilters & { page: number; pageSize: number; after?: string | undefined }) {
      const query = publicQuery(filters);
      const capped = query.clearSelect().select(sql<number>`1`.as('one')).limit(violationCountCap + 1);
      const cursor = filters.after ? parseCursor(filters.after) : undefined;
      const ordered = (source: typeof query) => source.orderBy('announced_on', 'desc').orderBy('id', 'desc').limit(filters.pageSize);
      let page = ordered(query);
      if (cursor) page = page.where(afterCursor(cursor));
      else if (filters.page > 1) {
        // A page by number skips the rows before it. Only the ids are skipped (from the date index with
        // import_id, without reading the table: 0048), and the page's own rows are read after: page 500 of 20
        // read 9,980 scattered rows of the table for nothing.
        const pageIds = query
          .clearSelect()
          .select('id')
          .orderBy('announced_on', 'desc')
          .orderBy('id', 'desc')
          .limit(filters.pageSize)
          .offset((filters.page - 1) * filters.pageSize);
        page = ordered(qb.selectFrom('violation_records').select(recordColumnList).where('id', 'in', pageIds).$castTo<RecordRow>());
      }
      // A word in many names (精密: 20,000 records of 300,000) matches thousands of rows through its index, and
      // every one is read to sort them by date (70 ms). The newest records are read first instead: when the
      // newest recentWindow hold a full page of matches, that page is the answer, as every other match is
      // older. Otherwise (a rarer word) the indexed query answers. Only for a first page or a cursor: an
      // offset page is not within the newest rows.
      const readRecentFirst = recentWindow > 0 && (filters.q ?? '').trim() !== '' && (cursor !== undefined || filters.page === 1);
      const recent = readRecentFirst ? run(reader, ordered(publicQuery(filters, { size: recentWindow, cursor }))) : undefined;
      const counting = run(reader, qb.selectFrom(capped.as('m')).select(sql<number>`count(*)::int`.as('count')));
      const [counted, recentRows] = await Promise.all([counting, recent]);
      const rows = recentRows && recentRows.length === filters.pageSize ? recentRows : await run(reader, page);
      const count = Number(counted[0]?.count ?? 0);
      const items = await withUbns(rows.map(toItem));
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
      let after: Cursor | undefined;
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
        const items = await withUbns(rows.map((row) => toItem(JSON.parse(row.record) as RecordRow)));
        yield items;
        if (rows.length < chunkSize) return;
        const last = items[items.length - 1] as ViolationItem;
        after = { announcedOn: last.announcedOn, id: String(last.id) };
      }
    },

    /** All published records of one employer, by the key of its name (a raw name is keyed first). */
    async employer(key: string) {
      const employerKey = nameKey(key);
      const rows = await reader.query<RecordRow & { employer_id: string | null }>(
        `SELECT ${recordColumns}, employer_id, ${ubnSql} AS ubn FROM violation_records
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
  };
}
