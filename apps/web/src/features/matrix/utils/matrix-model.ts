import type { MatrixCell, ParticipationMatrix, ParticipationRole } from '@tracker/shared';
import type { MatrixOrder } from './matrix-search';

/**
 * The matrix as a grid to draw: the axes in the chosen order (countries down and initiatives
 * across, or transposed) and a lookup for each cell. Pure, so it is tested without rendering.
 */

export type MatrixAxisItem = {
  key: string;
  label: string;
  /** Country code or initiative date, shown small beside the label. */
  detail: string | null;
  count: number;
  kind: 'country' | 'initiative';
};

export type MatrixGrid = {
  rows: MatrixAxisItem[];
  columns: MatrixAxisItem[];
  cell: (row: MatrixAxisItem, column: MatrixAxisItem) => MatrixCell | undefined;
  total: number;
};

export const roleAbbreviations: Record<ParticipationRole, string> = {
  lead: 'L',
  participant: 'P',
  observer: 'O',
  partner: 'Pa',
};

function sortItems(items: MatrixAxisItem[], order: MatrixOrder, locale: string) {
  const byName = (a: MatrixAxisItem, b: MatrixAxisItem) => a.label.localeCompare(b.label, locale);
  return [...items].sort(order === 'name' ? byName : (a, b) => b.count - a.count || byName(a, b));
}

export function buildMatrixGrid(
  matrix: ParticipationMatrix,
  {
    order,
    transposed,
    locale = 'en',
  }: { order: MatrixOrder; transposed: boolean; locale?: string },
): MatrixGrid {
  const countries = matrix.countries.map((c): MatrixAxisItem => ({
    key: c.code,
    label: c.name,
    detail: c.code,
    count: c.count,
    kind: 'country',
  }));
  const initiatives = matrix.initiatives.map((i): MatrixAxisItem => ({
    key: i.slug,
    label: i.title,
    detail: i.date,
    count: i.count,
    kind: 'initiative',
  }));
  const cells = new Map(matrix.cells.map((c) => [`${c.country}|${c.initiative}`, c]));
  const sortedCountries = sortItems(countries, order, locale);
  const sortedInitiatives = sortItems(initiatives, order, locale);
  return {
    rows: transposed ? sortedInitiatives : sortedCountries,
    columns: transposed ? sortedCountries : sortedInitiatives,
    cell: (row, column) => {
      const [country, initiative] = row.kind === 'country' ? [row, column] : [column, row];
      return cells.get(`${country.key}|${initiative.key}`);
    },
    total: matrix.cells.length,
  };
}
