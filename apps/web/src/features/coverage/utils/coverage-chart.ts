import { materialActivities, type MaterialActivity, type MaterialCoverage } from '@tracker/shared';
import type { ChartColumn, ChartTable } from '@/components/chart/chart-table';
import { activityColours, seriesColours } from '@/components/chart/palette';
import type { CoverageMeasure } from './coverage-search';
import type { Wording } from './wording';

/** One bar: a material with the value(s) drawn for it. */
export type CoverageBarRow = {
  id: string;
  name: string;
  /** The bar's length: distinct countries (or Allies) covered; in activity mode, the stack's sum. */
  value: number;
  countries: number;
  allies: number;
  initiatives: number;
} & Partial<Record<MaterialActivity, number>>;

export type CoverageSeries = { key: 'value' | MaterialActivity; label: string; colour: string };

export type CoverageChartModel = {
  rows: CoverageBarRow[];
  /** One series, or one per activity present (stacked). */
  series: CoverageSeries[];
  table: ChartTable;
  summary: string;
};

/**
 * The coverage bars: every material in scope (uncovered ones as explicit zeros), the most covered
 * first. In `activities` mode each bar stacks, per activity, the countries covered for it — a
 * country covered for two activities counts in both, which the subtitle says.
 */
export function buildCoverageChart(
  coverage: MaterialCoverage,
  measure: CoverageMeasure,
  wording: Wording,
): CoverageChartModel {
  const { t } = wording;
  const activitiesPresent = materialActivities.filter((activity) =>
    coverage.items.some((item) => item.byActivity.some((entry) => entry.activity === activity)),
  );

  const rows = coverage.items.map((item): CoverageBarRow => {
    const row: CoverageBarRow = {
      id: item.material.id,
      name: item.material.name,
      value: 0,
      countries: item.countries,
      allies: item.allies,
      initiatives: item.initiatives,
    };
    if (measure === 'activities') {
      for (const activity of activitiesPresent) {
        row[activity] =
          item.byActivity.find((entry) => entry.activity === activity)?.countries ?? 0;
      }
      row.value = activitiesPresent.reduce((sum, activity) => sum + (row[activity] ?? 0), 0);
    } else {
      row.value = measure === 'allies' ? item.allies : item.countries;
    }
    return row;
  });
  rows.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, wording.locale));

  const series: CoverageSeries[] =
    measure === 'activities'
      ? activitiesPresent.map((activity) => ({
          key: activity,
          label: t(`activity.${activity}`),
          colour: activityColours[activity],
        }))
      : [
          {
            key: 'value',
            label: t(measure === 'allies' ? 'coverage.bars.allies' : 'coverage.bars.countries'),
            colour: seriesColours.primary,
          },
        ];

  const columns: ChartColumn[] = [{ key: 'name', label: t('coverage.column.material') }];
  if (measure === 'activities') {
    columns.push({ key: 'countries', label: t('coverage.bars.countries'), numeric: true });
    for (const s of series) columns.push({ key: s.key, label: s.label, numeric: true });
  } else {
    columns.push({ key: 'value', label: series[0]?.label ?? '', numeric: true });
  }
  columns.push({ key: 'initiatives', label: t('coverage.column.initiatives'), numeric: true });
  const table: ChartTable = {
    columns,
    rows: rows.map((row) =>
      Object.fromEntries(columns.map((c) => [c.key, row[c.key as keyof CoverageBarRow] ?? 0])),
    ),
  };

  return { rows, series, table, summary: coverageSummary(rows, measure, wording) };
}

function coverageSummary(rows: CoverageBarRow[], measure: CoverageMeasure, wording: Wording) {
  const { t, formatList } = wording;
  // "Covered" always means at least one country, whatever the bars measure.
  const measured = (row: CoverageBarRow) => (measure === 'allies' ? row.allies : row.countries);
  const covered = rows.filter((row) => measured(row) > 0);
  const uncovered = rows.filter((row) => measured(row) === 0).map((row) => row.name);
  if (rows.length === 0) return t('coverage.bars.summary.empty');
  if (covered.length === 0) return t('coverage.bars.summary.none', { total: rows.length });
  const top = [...covered].sort((a, b) => measured(b) - measured(a))[0];
  const unit = t(measure === 'allies' ? 'coverage.unit.allies' : 'coverage.unit.countries', {
    count: top ? measured(top) : 0,
  });
  const head = t('coverage.bars.summary', {
    covered: covered.length,
    total: rows.length,
    top: top?.name ?? '',
    value: unit,
  });
  const tail =
    uncovered.length > 0
      ? t('coverage.bars.summary.uncovered', { names: formatList(uncovered) })
      : t('coverage.bars.summary.allCovered');
  return `${head} ${tail}`;
}
