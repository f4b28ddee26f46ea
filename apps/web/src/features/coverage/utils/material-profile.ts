import {
  materialActivities,
  type CountryMaterialMatrix,
  type MaterialCoverageItem,
  type StatsCountry,
} from '@tracker/shared';
import type { ChartTable } from '@/components/chart/chart-table';
import { activityColours } from '@/components/chart/palette';
import type { CoverageChartModel } from './coverage-chart';
import type { Wording } from './wording';

export type CoveredCountry = { country: StatsCountry; initiatives: number };

export type MaterialCountries = {
  covered: CoveredCountry[];
  /** NATO Allies with no matched initiative covering the material. */
  uncoveredAllies: StatsCountry[];
  /** Partners and other countries in the data with none. */
  uncoveredOthers: StatsCountry[];
};

/** Who is and is not covered for one material, from the country × material matrix. */
export function splitCountriesForMaterial(
  matrix: CountryMaterialMatrix,
  materialId: string,
  locale: string,
): MaterialCountries {
  const counts = new Map(
    matrix.cells
      .filter((cell) => cell.material === materialId)
      .map((cell) => [cell.country, cell.initiativeCount]),
  );
  const covered: CoveredCountry[] = [];
  const uncoveredAllies: StatsCountry[] = [];
  const uncoveredOthers: StatsCountry[] = [];
  for (const country of matrix.countries) {
    const initiatives = counts.get(country.code) ?? 0;
    if (initiatives > 0) covered.push({ country, initiatives });
    else if (country.status === 'nato_ally') uncoveredAllies.push(country);
    else uncoveredOthers.push(country);
  }
  covered.sort(
    (a, b) => b.initiatives - a.initiatives || a.country.name.localeCompare(b.country.name, locale),
  );
  return { covered, uncoveredAllies, uncoveredOthers };
}

/**
 * One material's coverage by activity, in the bar chart's shape: a bar per activity (every
 * activity listed, zeros included), its length the countries covered for that activity.
 */
export function buildActivityBreakdown(
  item: MaterialCoverageItem,
  wording: Wording,
): CoverageChartModel {
  const { t, formatList } = wording;
  const rows = materialActivities.map((activity) => {
    const entry = item.byActivity.find((e) => e.activity === activity);
    return {
      id: activity,
      name: t(`activity.${activity}`),
      value: entry?.countries ?? 0,
      countries: entry?.countries ?? 0,
      allies: 0,
      initiatives: entry?.initiatives ?? 0,
    };
  });
  const table: ChartTable = {
    columns: [
      { key: 'name', label: t('coverage.column.activity') },
      { key: 'countries', label: t('coverage.bars.countries'), numeric: true },
      { key: 'initiatives', label: t('coverage.column.initiatives'), numeric: true },
    ],
    rows: rows.map(({ name, countries, initiatives }) => ({ name, countries, initiatives })),
  };
  const stated = rows.filter((row) => row.value > 0);
  const summary =
    stated.length === 0
      ? t('coverage.profile.activities.summary.none', { name: item.material.name })
      : t('coverage.profile.activities.summary', {
          name: item.material.name,
          activities: formatList(stated.map((row) => `${row.name} (${row.value})`)),
        });
  return {
    rows,
    series: [
      { key: 'value', label: t('coverage.bars.countries'), colour: activityColours.acquisition },
    ],
    table,
    summary,
  };
}
