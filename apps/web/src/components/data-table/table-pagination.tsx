import type { RowData, Table } from '@tanstack/react-table';
import { pageSizeOptions } from '@tracker/shared';
import { useId } from 'react';
import { useT } from '@/lib/i18n';
import type { DataTableFeatures } from './data-table-hook';

/**
 * Previous/next pagination, the visible range and a rows-per-page choice, driven through the
 * table's pagination API (so a server-driven table's `onPaginationChange` sees every change).
 */
export function TablePagination<TData extends RowData>({
  table,
}: {
  table: Table<DataTableFeatures, TData>;
}) {
  const t = useT();
  const sizeId = useId();
  const { pageIndex, pageSize } = table.atoms.pagination.get();
  const total = table.getRowCount();
  const page = pageIndex + 1;
  const pageCount = Math.max(1, table.getPageCount());
  const from = total === 0 ? 0 : Math.min(total, pageIndex * pageSize + 1);
  const to = Math.min(total, page * pageSize);

  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination__range">
        {from > 0 ? t('pagination.range', { from, to, total }) : null}
      </p>
      <div className="pagination__size">
        <label htmlFor={sizeId}>{t('pagination.pageSize')}</label>
        <select
          id={sizeId}
          value={pageSize}
          onChange={(event) => table.setPageSize(Number(event.target.value))}
        >
          {pageSizeOptions.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <div className="pagination__pages">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => table.previousPage()}
          disabled={!table.getCanPreviousPage()}
          aria-label={t('pagination.previousPage')}
        >
          <span aria-hidden="true">← </span>
          {t('pagination.previous')}
        </button>
        <span className="pagination__current">{t('pagination.pageOf', { page, pageCount })}</span>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => table.nextPage()}
          disabled={!table.getCanNextPage()}
          aria-label={t('pagination.nextPage')}
        >
          {t('pagination.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
    </nav>
  );
}
