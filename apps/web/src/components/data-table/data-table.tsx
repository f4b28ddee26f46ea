import { flexRender, type Header, type RowData, type Table } from '@tanstack/react-table';
import type { DataTableFeatures } from './data-table-hook';

type AriaSort = 'ascending' | 'descending' | 'none';

function ariaSortOf<TData extends RowData>(
  header: Header<DataTableFeatures, TData, unknown>,
): AriaSort | undefined {
  if (!header.column.getCanSort()) return undefined;
  const sorted = header.column.getIsSorted();
  if (sorted === 'asc') return 'ascending';
  if (sorted === 'desc') return 'descending';
  return 'none';
}

function SortIcon({ direction }: { direction: AriaSort }) {
  return (
    <svg
      className="sort-icon"
      data-direction={direction}
      viewBox="0 0 12 16"
      width="10"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path className="sort-icon__up" d="M6 1 11 7H1z" />
      <path className="sort-icon__down" d="M6 15 1 9h10z" />
    </svg>
  );
}

export type DataTableProps<TData extends RowData> = {
  table: Table<DataTableFeatures, TData>;
  /** The table's accessible name; also labels its scroll container. */
  caption: string;
  captionVisible?: boolean;
  /** True while a new page or sort is loading behind the rows on screen. */
  busy?: boolean;
};

/**
 * Renders any dashboard table: semantic markup, sortable headers as buttons with `aria-sort`
 * on their `<th>`, and a keyboard-focusable scroll container for narrow screens.
 */
export function DataTable<TData extends RowData>({
  table,
  caption,
  captionVisible = false,
  busy = false,
}: DataTableProps<TData>) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table" aria-busy={busy || undefined}>
        <caption className={captionVisible ? 'data-table__caption' : 'visually-hidden'}>
          {caption}
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sort = ariaSortOf(header);
                const numeric = header.column.columnDef.meta?.numeric === true;
                const content = header.isPlaceholder
                  ? null
                  : flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    colSpan={header.colSpan}
                    aria-sort={sort}
                    className={numeric ? 'is-numeric' : undefined}
                  >
                    {sort ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <span>{content}</span>
                        <SortIcon direction={sort} />
                      </button>
                    ) : (
                      content
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => {
                const meta = cell.column.columnDef.meta;
                const className = meta?.numeric ? 'is-numeric' : undefined;
                const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                return meta?.rowHeader ? (
                  <th key={cell.id} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={cell.id} className={className}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
