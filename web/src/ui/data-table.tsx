/**
 * DataTable: every table of the app, headless TanStack Table underneath, our markup and styles on top.
 *   <DataTable caption columns rows rowKey empty sort? />
 * A column is `{ key, header, render(row), isNumeric?, sortKey? }`. With `sort` (the list page passes it),
 * a column that has a `sortKey` gets a header button that toggles ascending / descending, and its header
 * cell carries `aria-sort`. Sorting is done by the server (`manualSorting`): the table only shows the order.
 * On a narrow screen the table scrolls inside its own box, which can take keyboard focus so the hidden
 * columns stay reachable without a mouse.
 */
import { type ColumnDef, type RowData, rowSortingFeature, type SortingState, tableFeatures, useTable } from '@tanstack/react-table';
import { type ReactNode, useId, useMemo } from 'react';
import './kit.css';

export type Column<Row> = {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  isNumeric?: boolean;
  /** The server's sort key for this column (`sort=key` / `sort=-key`); absent means not sortable. */
  sortKey?: string;
};

/** The current sort as the URL carries it (`name`, `-name`) and what to do when a header is clicked. */
export type TableSort = { value: string; onSort: (value: string) => void };

type DataTableProps<Row extends RowData> = {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty: string;
  sort?: TableSort | undefined;
};

const features = tableFeatures({ rowSortingFeature });

function toSorting(value: string | undefined, columns: readonly Column<unknown>[]): SortingState {
  if (!value) return [];
  const desc = value.startsWith('-');
  const key = desc ? value.slice(1) : value;
  const column = columns.find((c) => c.sortKey === key);
  return column ? [{ id: column.key, desc }] : [];
}

export function DataTable<Row extends RowData>({ caption, columns, rows, rowKey, empty, sort }: DataTableProps<Row>) {
  const captionId = useId();
  // The table models headers, rows and sort state; the cells are rendered below from our own columns.
  const columnDefs = useMemo(
    (): ColumnDef<typeof features, Row>[] =>
      columns.map((column) => ({
        id: column.key,
        header: column.header,
        // Sorting needs an accessor; the value is never used because the server sorts (manualSorting).
        accessorFn: () => null,
        enableSorting: Boolean(sort && column.sortKey),
      })),
    [columns, sort],
  );
  const sorting = toSorting(sort?.value, columns as readonly Column<unknown>[]);
  const table = useTable<typeof features, Row>({
    features,
    columns: columnDefs,
    data: rows,
    getRowId: (row: Row) => rowKey(row),
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => {
      if (!sort) return;
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      const column = columns.find((c) => c.key === first?.id);
      if (first && column?.sortKey) sort.onSort(`${first.desc ? '-' : ''}${column.sortKey}`);
    },
  });
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const numeric = (id: string) => (byKey.get(id)?.isNumeric ? 'numeric' : undefined);
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = header.column;
                const direction = column.getIsSorted();
                const label = byKey.get(column.id)?.header ?? column.id;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={numeric(column.id)}
                    aria-sort={column.getCanSort() ? (direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none') : undefined}
                  >
                    {column.getCanSort() ? (
                      <button
                        type="button"
                        className="table__sort"
                        // First click on a new column sorts ascending; a second click reverses it.
                        onClick={() => column.toggleSorting(direction === 'asc')}
                      >
                        {label}
                        <span className="table__sort-icon" aria-hidden="true">
                          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={numeric(cell.column.id)}>
                    {byKey.get(cell.column.id)?.render(row.original)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
