/**
 * @module http/list
 * The staff list contract (issue 7, contract 1): every staff list takes `page`, `pageSize`, `sort` (one of
 * the list's keys, `-key` descending) and `format` besides its own filters, and answers
 * `{ total, page, pageSize, items }` as JSON, or every matching row in an export format.
 *
 * A list is a filtered Kysely query (FROM, JOINs, WHERE, SELECT; no ORDER BY or LIMIT) plus its sortable
 * keys. The order is always total: the sort key, NULLs last, then the list's unique key in the same
 * direction, so that pages never repeat or skip a row and exports can walk the rows by keyset.
 */
import { z } from '@hono/zod-openapi';
import { sql, type Expression, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Queryable } from '../../db/client.ts';
import type { Database } from '../../db/database.ts';
import { qb, run } from '../../db/query.ts';

export const exportFormats = ['csv', 'xlsx', 'ods', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export type SortValue<K extends string> = K | `-${K}`;

/**
 * The query parameters every staff list shares. `sort` is an enum of the list's own keys (and their `-key`
 * forms), so an unknown key is a 400 VALIDATION_FAILED naming `sort`, worded in the caller's language.
 */
export function listParams<const K extends string>(sortKeys: readonly [K, ...K[]]) {
  const values = [...sortKeys, ...sortKeys.map((key) => `-${key}` as const)] as [SortValue<K>, ...SortValue<K>[]];
  return z.object({
    page: z.coerce.number().int().min(1).max(100_000).default(1).openapi({ description: '1-based page number' }),
    pageSize: z.coerce.number().int().min(10).max(100).default(20),
    sort: z.enum(values).optional().openapi({ description: 'A sortable key of this list; `-key` sorts descending.' }),
    format: z
      .enum(exportFormats)
      .optional()
      .openapi({ description: 'Absent: a JSON page. Otherwise every row matching the filter, as a file download.' }),
  });
}

export type ListParams<K extends string> = {
  page: number;
  pageSize: number;
  sort?: SortValue<K> | undefined;
  format?: ExportFormat | undefined;
};

/** SQL types a sort key compares as, so a keyset value sent back as text is cast to the column's own type. */
export type SortType = 'text' | 'integer' | 'bigint' | 'double precision' | 'date' | 'timestamptz' | 'uuid' | 'boolean';

/** How one sortable key orders the rows: an expression over the list's query (usually `sql.ref('e.name')`). */
export type SortColumn = { expression: Expression<unknown>; type: SortType };

// Any filtered select over our tables; the list helpers only add ORDER BY, LIMIT and keyset predicates.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySelect<O> = SelectQueryBuilder<Database, any, O>;

export type ListDefinition<K extends string, O> = {
  /** The filtered query: what a page and an export both read. */
  query: AnySelect<O>;
  sortKeys: Record<K, SortColumn>;
  /** The order when the caller gives none: the list's current default. */
  defaultSort: SortValue<K>;
  /** A unique, non-null key of each row (the table's id) that breaks ties in the order. */
  unique: SortColumn;
  /** Rows for which this holds come first whatever the sort (drafts before published records). */
  first?: Expression<boolean>;
};

export type ListPage<T> = { total: number; page: number; pageSize: number; items: T[] };

function parseSort<K extends string>(list: ListDefinition<K, unknown>, sort: SortValue<K> | undefined) {
  const value = sort ?? list.defaultSort;
  const descending = value.startsWith('-');
  const key = (descending ? value.slice(1) : value) as K;
  return { column: list.sortKeys[key], descending };
}

const leadingGroup = (first: Expression<boolean>) => sql<boolean>`coalesce(${first}, false)`;

function ordered<O>(list: ListDefinition<string, O>, column: SortColumn, descending: boolean): AnySelect<O> {
  const direction = descending ? sql`DESC` : sql`ASC`;
  const query = list.first ? list.query.orderBy(sql`${leadingGroup(list.first)} DESC`) : list.query;
  return query
    .orderBy(sql`${column.expression} ${direction} NULLS LAST`)
    .orderBy(sql`${list.unique.expression} ${direction}`);
}

/** How many rows match the list's filter. */
export async function countList<K extends string, O>(db: Queryable, list: ListDefinition<K, O>): Promise<number> {
  const counted = qb.selectFrom(list.query.clearSelect().select(sql`1`.as('one')).as('filtered')).select(sql<number>`count(*)::int`.as('count'));
  return (await run(db, counted))[0]?.count ?? 0;
}

/** One page of the list, in the order asked for, with the total that matches the filter. */
export async function pageOfList<K extends string, O>(
  db: Queryable,
  list: ListDefinition<K, O>,
  params: Pick<ListParams<K>, 'page' | 'pageSize' | 'sort'>,
): Promise<ListPage<O>> {
  const { column, descending } = parseSort(list, params.sort);
  const [total, rows] = await Promise.all([
    countList(db, list),
    run(db, ordered(list, column, descending).limit(params.pageSize).offset((params.page - 1) * params.pageSize)),
  ]);
  return { total, page: params.page, pageSize: params.pageSize, items: rows as O[] };
}

/**
 * Rows per query of an export's keyset walk. On PGlite a result is parsed on the event loop in one step
 * whose cost grows with rows times fields; 500 rows of a staff list keep it to a few tens of milliseconds
 * (issue 16, finding 1: no request holds the loop for more than 100 ms; ADR 0045). Each query is followed
 * by a macrotask turn (src/db/client.ts), so other requests get in between batches.
 */
export const listBatchRows = 500;

const cast = (value: unknown, type: SortType): RawBuilder<unknown> => sql`cast(${value} as ${sql.raw(type)})`;

/**
 * Every row of the list, read in batches by keyset (the sort key and the unique key of the last row read),
 * so that memory stays flat however long the list is and no query holds a transaction open. The list is
 * walked in segments, in the order a page shows them: (the leading group, then the rest;) within each,
 * the rows with a sort value, then those without. Inside a segment the keyset is a plain row comparison
 * `(key, id) > (last key, last id)` that an index on (key, id) serves. Keyset values travel as text and are
 * cast back to the column's type, so timestamps keep their microseconds.
 */
export async function* streamList<K extends string, O>(
  db: Queryable,
  list: ListDefinition<K, O>,
  sort: SortValue<K> | undefined,
  batchSize = listBatchRows,
): AsyncGenerator<O> {
  const { column, descending } = parseSort(list, sort);
  const { unique } = list;
  const after = descending ? sql`<` : sql`>`;
  const direction = descending ? sql`DESC` : sql`ASC`;
  const groups: (RawBuilder<boolean> | undefined)[] = list.first
    ? [leadingGroup(list.first), sql<boolean>`NOT ${leadingGroup(list.first)}`]
    : [undefined];
  for (const group of groups) {
    for (const withValue of [true, false]) {
      let last: { sortKey: string | null; uniqueKey: string } | undefined;
      for (;;) {
        let query = list.query
          .select([sql<string | null>`cast(${column.expression} as text)`.as('__sort_key'), sql<string>`cast(${unique.expression} as text)`.as('__unique_key')])
          .where(withValue ? sql<boolean>`${column.expression} IS NOT NULL` : sql<boolean>`${column.expression} IS NULL`)
          .limit(batchSize);
        if (group) query = query.where(group);
        query = withValue
          ? query.orderBy(sql`${column.expression} ${direction}`).orderBy(sql`${unique.expression} ${direction}`)
          : query.orderBy(sql`${unique.expression} ${direction}`);
        if (last) {
          const uniqueKey = cast(last.uniqueKey, unique.type);
          query = query.where(
            withValue
              ? sql<boolean>`(${column.expression}, ${unique.expression}) ${after} (${cast(last.sortKey, column.type)}, ${uniqueKey})`
              : sql<boolean>`${unique.expression} ${after} ${uniqueKey}`,
          );
        }
        const rows = (await run(db, query)) as (O & { __sort_key: string | null; __unique_key: string })[];
        for (const row of rows) {
          const { __sort_key: _sortKey, __unique_key: _uniqueKey, ...item } = row;
          yield item as O;
        }
        const tail = rows.at(-1);
        if (!tail || rows.length < batchSize) break;
        last = { sortKey: tail.__sort_key, uniqueKey: tail.__unique_key };
      }
    }
  }
}
