import type { CoverageGaps } from '@tracker/shared';
import type { ChartColumn, ChartTable } from '@/components/chart/chart-table';
import type { Wording } from './wording';

export type GapRow = {
  code: string;
  name: string;
  /** One entry per listed material: true where the country has no covering initiative. */
  gaps: boolean[];
  gapCount: number;
};

export type GapModel = {
  materials: { id: string; name: string; coveredCountries: number }[];
  rows: GapRow[];
  gapPairs: number;
  pairs: number;
  materialsWithNoInitiative: string[];
  countriesInNoInitiative: string[];
  table: ChartTable;
  summary: string;
};

/**
 * The gap matrix: countries in scope × the list's materials, a pair marked where no matched
 * initiative covers it. Rows with the most gaps first, so the Allies left out stand at the top.
 */
export function buildGapModel(gaps: CoverageGaps, wording: Wording): GapModel {
  const { t, formatList } = wording;
  const materials = gaps.materials.map((entry) => ({
    id: entry.material.id,
    name: entry.material.name,
    coveredCountries: entry.coveredCountries,
  }));
  const materialName = new Map(materials.map((m) => [m.id, m.name]));
  const countryName = new Map(gaps.countries.map((c) => [c.country.code, c.country.name]));

  const rows = gaps.countries.map((entry): GapRow => {
    const missing = new Set(entry.uncoveredMaterials);
    const flags = materials.map((material) => missing.has(material.id));
    return {
      code: entry.country.code,
      name: entry.country.name,
      gaps: flags,
      gapCount: flags.filter(Boolean).length,
    };
  });
  rows.sort((a, b) => b.gapCount - a.gapCount || a.name.localeCompare(b.name, wording.locale));

  const covered = t('coverage.gaps.cell.covered');
  const gap = t('coverage.gaps.cell.gap');
  const columns: ChartColumn[] = [
    { key: 'country', label: t('coverage.column.country') },
    ...materials.map((material) => ({ key: material.id, label: material.name })),
    { key: 'gaps', label: t('coverage.gaps.column.gaps'), numeric: true },
  ];
  const table: ChartTable = {
    columns,
    rows: rows.map((row) => ({
      country: row.name,
      ...Object.fromEntries(materials.map((m, i) => [m.id, row.gaps[i] ? gap : covered])),
      gaps: row.gapCount,
    })),
  };

  const gapPairs = rows.reduce((sum, row) => sum + row.gapCount, 0);
  const pairs = rows.length * materials.length;
  const noInitiative = gaps.materialsWithNoInitiative.map((id) => materialName.get(id) ?? id);
  const inNone = gaps.countriesInNoInitiative.map((code) => countryName.get(code) ?? code);
  const parts = [t('coverage.gaps.summary', { gaps: gapPairs, pairs })];
  parts.push(
    noInitiative.length > 0
      ? t('coverage.gaps.summary.materials', {
          count: noInitiative.length,
          names: formatList(noInitiative),
        })
      : t('coverage.gaps.summary.materialsNone'),
  );
  parts.push(
    inNone.length > 0
      ? t('coverage.gaps.summary.countries', { count: inNone.length, names: formatList(inNone) })
      : t('coverage.gaps.summary.countriesNone'),
  );
  return {
    materials,
    rows,
    gapPairs,
    pairs,
    materialsWithNoInitiative: noInitiative,
    countriesInNoInitiative: inNone,
    table,
    summary: parts.join(' '),
  };
}
