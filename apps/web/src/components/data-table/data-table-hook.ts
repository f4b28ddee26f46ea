import {
  createSortedRowModel,
  createTableHook,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';

export type DataTableColumnMeta = {
  /** Render this column's cells as `<th scope="row">`: the cell that names the row. */
  rowHeader?: boolean;
  /** Right-align (counts, numbers). */
  numeric?: boolean;
};

/**
 * The table features every table in the dashboard uses, declared once. Server-driven tables pass
 * `manualSorting`/`manualPagination` so these client stages are bypassed; small reference
 * tables (countries, materials) sort in the browser.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
  rowPaginationFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});
export type DataTableFeatures = typeof dataTableFeatures;

export const { createAppColumnHelper, useAppTable } = createTableHook({
  features: dataTableFeatures,
  // One column at a time, and a sort is always active: clicking flips the direction.
  enableMultiSort: false,
  enableSortingRemoval: false,
});
