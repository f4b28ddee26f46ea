import type { CountryMaterialCell, CountryMaterialMatrix, StatsCountry } from '@tracker/shared';
import type { ChartColumn, ChartTable } from '@/components/chart/chart-table';
import { binFor, colourBins, type ColourBin } from './colour-scale';
import type { Wording } from './wording';

/** Rows sort by name, by how many materials are covered, or by one material's count. */
export type HeatmapSortKey = 'name' | 'total' | `material:${string}`;
export type HeatmapSort = { key: HeatmapSortKey; desc: boolean };
export const defaultHeatmapSort: HeatmapSort = { key: 'total', desc: true };

export type HeatmapCell = {
  /** Matched initiatives behind the pair (0 = a gap). */
  count: number;
  bin: ColourBin;
  detail: CountryMaterialCell | null;
};

export type HeatmapRow = {
  country: StatsCountry;
  /** Materials covered for the country. */
  total: number;
  cells: HeatmapCell[];
};

export type HeatmapColumn = { id: string; name: string; countries: number };

export type HeatmapModel = {
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
  bins: ColourBin[];
  coveredPairs: number;
  table: ChartTable;
  summary: string;
};

/**
 * Countries × materials, each cell the number of matched initiatives covering the pair, shaded on
 * the sequential palette. Columns keep the API's order (by name); rows follow `sort`.
 */
export function buildHeatmap(
  matrix: CountryMaterialMatrix,
  sort: HeatmapSort,
  wording: Wording,
): HeatmapModel {
  const { t } = wording;
  const cellOf = new Map(matrix.cells.map((cell) => [`${cell.country}|${cell.material}`, cell]));
  const max = matrix.cells.reduce((most, cell) => Math.max(most, cell.initiativeCount), 0);
  const bins = colourBins(max);

  const columns = matrix.materials.map((material): HeatmapColumn => ({
    id: material.id,
    name: material.name,
    countries: matrix.cells.filter((cell) => cell.material === material.id).length,
  }));
  const rows = matrix.countries.map((country): HeatmapRow => {
    const cells = columns.map((column): HeatmapCell => {
      const detail = cellOf.get(`${country.code}|${column.id}`) ?? null;
      const count = detail?.initiativeCount ?? 0;
      return { count, bin: binFor(count, bins), detail };
    });
    return { country, total: cells.filter((cell) => cell.count > 0).length, cells };
  });

  const byName = (a: HeatmapRow, b: HeatmapRow) =>
    a.country.name.localeCompare(b.country.name, wording.locale);
  const valueOf = (row: HeatmapRow): number | string => {
    if (sort.key === 'name') return row.country.name;
    if (sort.key === 'total') return row.total;
    const index = columns.findIndex((column) => `material:${column.id}` === sort.key);
    return row.cells[index]?.count ?? 0;
  };
  rows.sort((a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), wording.locale);
    // Ties always fall back to the name, A to Z, so the order is stable and predictable.
    return (sort.desc ? -order : order) || byName(a, b);
  });

  const tableColumns: ChartColumn[] = [
    { key: 'country', label: t('coverage.column.country') },
    ...columns.map((column) => ({ key: column.id, label: column.name, numeric: true })),
    { key: 'total', label: t('coverage.heatmap.total'), numeric: true },
  ];
  const table: ChartTable = {
    columns: tableColumns,
    rows: rows.map((row) => ({
      country: row.country.name,
      ...Object.fromEntries(
        columns.map((column, index) => [column.id, row.cells[index]?.count ?? 0]),
      ),
      total: row.total,
    })),
  };

  const coveredPairs = matrix.cells.length;
  const pairs = rows.length * columns.length;
  const top = [...rows].sort((a, b) => b.total - a.total || byName(a, b))[0];
  const summary =
    coveredPairs === 0 || !top
      ? t('coverage.heatmap.summary.none', { pairs })
      : t('coverage.heatmap.summary', {
          countries: rows.length,
          materials: columns.length,
          covered: coveredPairs,
          pairs,
          top: top.country.name,
          topCount: top.total,
        });
  return { columns, rows, bins, coveredPairs, table, summary };
}

/** The sort after a click on a header: a new key starts descending (names ascending), the same key flips. */
export function nextHeatmapSort(current: HeatmapSort, key: HeatmapSortKey): HeatmapSort {
  if (current.key === key) return { key, desc: !current.desc };
  return { key, desc: key !== 'name' };
}
