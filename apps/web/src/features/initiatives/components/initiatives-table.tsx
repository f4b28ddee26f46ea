import { functionalUpdate, type PaginationState, type SortingState } from '@tanstack/react-table';
import type { InitiativeSummary, ListInitiativesQuery } from '@tracker/shared';
import { useMemo } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { useAppTable } from '@/components/data-table/data-table-hook';
import { TablePagination } from '@/components/data-table/table-pagination';
import { useT } from '@/lib/i18n';
import {
  formatSort,
  isSortField,
  parseSort,
  type InitiativesQueryPatch,
} from '../utils/initiatives-search';
import { initiativesColumns } from './initiatives-columns';

const noItems: InitiativeSummary[] = [];

export type InitiativesTableProps = {
  query: ListInitiativesQuery;
  onQueryChange: (patch: InitiativesQueryPatch) => void;
  items: InitiativeSummary[] | undefined;
  total: number;
  busy: boolean;
};

/**
 * Server-driven: the API sorts and pages, the table only renders. Its sorting and pagination
 * state is the URL's, and every change goes back to the URL through `onQueryChange`.
 */
export function InitiativesTable({
  query,
  onQueryChange,
  items,
  total,
  busy,
}: InitiativesTableProps) {
  const t = useT();
  const { field, desc } = parseSort(query.sort);
  const sorting = useMemo<SortingState>(() => [{ id: field, desc }], [field, desc]);
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: query.page - 1, pageSize: query.pageSize }),
    [query.page, query.pageSize],
  );

  const table = useAppTable({
    columns: initiativesColumns,
    data: items ?? noItems,
    getRowId: (row) => row.id,
    rowCount: total,
    manualSorting: true,
    manualPagination: true,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next && isSortField(next.id))
        onQueryChange({ sort: formatSort({ field: next.id, desc: next.desc }) });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      if (next.pageSize !== pagination.pageSize) onQueryChange({ pageSize: next.pageSize });
      else if (next.pageIndex !== pagination.pageIndex) onQueryChange({ page: next.pageIndex + 1 });
    },
  });

  return (
    <>
      <DataTable table={table} caption={t('initiatives.tableCaption')} busy={busy} />
      <p className="table-legend">{t('initiatives.leadLegend')}</p>
      <TablePagination table={table} />
    </>
  );
}
