/**
 * The one answer of every staff list route: a JSON page `{ total, page, pageSize, items }`, or, with
 * `format`, every row matching the filter as a file from the export service. An export of a list that
 * holds personal data is written to the audit trail (who, which list, which filter names, how many rows),
 * never the filter values or the rows themselves.
 */
import type { Context } from 'hono';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../modules/audit/audit.service.ts';
import type { Letterhead } from '../documents/pdf.ts';
import { plainDateIn } from '../documents/pdf.ts';
import { exportResponse, type ExportColumn } from '../export/export.ts';
import { translate } from '../i18n/translate.ts';
import type { AppEnv } from './app-env.ts';
import type { Locale } from '../i18n/locales.ts';
import { countList, pageOfList, streamList, type ListDefinition, type ListParams } from './list.ts';

export type ListExport<T> = {
  /** ASCII file name stem and audit name of the list (`employers`). */
  name: string;
  /** Server i18n key of the title (`lists.employers`). */
  title: string;
  /** The columns, or a function of the caller's language where a cell is worded (a district's name). */
  columns: readonly ExportColumn<T>[] | ((locale: Locale) => readonly ExportColumn<T>[]);
  /** The list shows people's or companies' data: each export is audited. */
  personalData: boolean;
};

export type ListAnswer<K extends string, O, T> = {
  list: ListDefinition<K, O>;
  params: ListParams<K>;
  /** The list's own filters as parsed (paging and format excluded), for the PDF filter line and the audit. */
  filters: Record<string, unknown>;
  /** Filters whose values must not be printed (identity numbers): the PDF names them only. */
  hiddenFilterValues?: readonly string[];
  toItem: (row: O) => T;
  /** Completes a JSON page's items with what another module gives (names, references), one call per page. */
  enrich?: (items: T[]) => Promise<T[]>;
  export: ListExport<T>;
  /** Extra fields of the JSON page (the date a list was computed for). */
  extra?: Record<string, unknown>;
};

const listParamNames = new Set(['page', 'pageSize', 'sort', 'format']);

function usedFilters(filters: Record<string, unknown>): [string, unknown][] {
  return Object.entries(filters).filter(
    ([name, value]) => !listParamNames.has(name) && value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
}

export function createListResponder(deps: { db: Db; letterhead: Letterhead; timeZone: string; clock: () => Date }) {
  return {
    async answer<K extends string, O, T>(c: Context<AppEnv>, spec: ListAnswer<K, O, T>): Promise<Response> {
      const { db } = deps;
      const format = spec.params.format;
      if (!format) {
        const page = await pageOfList(db, spec.list, spec.params);
        const items = page.items.map(spec.toItem);
        return c.json({ ...spec.extra, ...page, items: spec.enrich ? await spec.enrich(items) : items }, 200);
      }
      const locale = c.get('locale');
      const used = usedFilters(spec.filters);
      const rowCount = await countList(db, spec.list);
      if (spec.export.personalData) {
        const staff = c.get('staff');
        await recordAudit(db, {
          actor: staff ? { id: staff.id, username: staff.username } : null,
          action: 'list.export',
          recordType: 'list',
          recordId: spec.export.name,
          requestId: c.get('requestId'),
          details: { list: spec.export.name, format, filters: used.map(([name]) => name), rows: rowCount },
          occurredAt: deps.clock(),
        });
      }
      const hidden = new Set(spec.hiddenFilterValues ?? []);
      const filterText = used.map(([name, value]) => (hidden.has(name) ? name : `${name}: ${Array.isArray(value) ? value.join('、') : String(value)}`)).join('; ');
      // The first batch is read before the answer starts, so that a failing query is still a problem+json
      // answer rather than a download cut off after its 200.
      const source = streamList(db, spec.list, spec.params.sort);
      const head = await source.next();
      const rows = (async function* () {
        if (head.done) return;
        yield spec.toItem(head.value);
        for await (const row of source) yield spec.toItem(row);
      })();
      return exportResponse({
        format,
        locale,
        fileStem: spec.export.name,
        title: spec.export.title,
        filterLines: [used.length ? translate(locale, 'documents.filter', { filter: filterText }) : translate(locale, 'documents.no_filter')],
        columns: typeof spec.export.columns === 'function' ? spec.export.columns(locale) : spec.export.columns,
        rowCount,
        rows,
        date: plainDateIn(deps.clock(), deps.timeZone),
        letterhead: deps.letterhead,
      });
    },
  };
}

export type ListResponder = ReturnType<typeof createListResponder>;
