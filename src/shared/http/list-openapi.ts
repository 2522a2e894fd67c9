/** OpenAPI pieces of the staff list contract: the JSON page and the four export content types. */
import { z } from '@hono/zod-openapi';

export function listPage<T extends z.ZodType>(item: T) {
  return z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(item) });
}

const file = { schema: z.string().openapi({ format: 'binary' }) };

/** The 200 answer of a staff list: a JSON page, or with `format` the whole filtered list as a download. */
export function listResponses<T extends z.ZodType>(item: T, description: string) {
  return {
    200: {
      description: `${description}: a JSON page, or with \`format\` every matching row as an attachment (\`Content-Disposition: attachment; filename="<list>-<yyyymmdd>.<ext>"\`). CSV is UTF-8 with a BOM and formula cells neutralised; XLSX and ODS hold at most 50,000 rows (422 EXPORT_TOO_LARGE beyond); PDF is A4 with the bureau's letterhead.`,
      content: {
        'application/json': { schema: listPage(item) },
        'text/csv': file,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': file,
        'application/vnd.oasis.opendocument.spreadsheet': file,
        'application/pdf': file,
      },
    },
  } as const;
}

/** A parsed list query without its paging, sort and format: the list's own filters. */
export function withoutListParams<Q extends { page: number; pageSize: number; sort?: unknown; format?: unknown }>(
  query: Q,
): Omit<Q, 'page' | 'pageSize' | 'sort' | 'format'> {
  const { page: _page, pageSize: _pageSize, sort: _sort, format: _format, ...filters } = query;
  return filters;
}
