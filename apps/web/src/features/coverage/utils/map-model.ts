import type { CountryStats, CountryStatsItem } from '@tracker/shared';
import type { ChartTable } from '@/components/chart/chart-table';
import { binFor, colourBins, type ColourBin } from './colour-scale';
import type { Wording } from './wording';

export type MapModel = {
  /** Keyed by ISO 3166-1 numeric code, as world-atlas ids its features. */
  byIsoNumeric: Map<string, CountryStatsItem>;
  bins: ColourBin[];
  /** Countries in the data, most initiatives first: the keyboard order on the map. */
  ranked: CountryStatsItem[];
  /** Countries the API has but the map cannot place (no numeric code). */
  unplaced: CountryStatsItem[];
  table: ChartTable;
  summary: string;
};

/** world-atlas writes ids as 3-digit strings ('040'); the API may send '40'. */
export function normaliseIsoNumeric(id: string | number): string {
  return String(id).padStart(3, '0');
}

export function binOfCountry(model: MapModel, item: CountryStatsItem): ColourBin {
  return binFor(item.initiatives, model.bins);
}

/** The choropleth's data: countries by numeric code, shaded by matched initiatives taken part in. */
export function buildMapModel(stats: CountryStats, wording: Wording): MapModel {
  const { t } = wording;
  const byIsoNumeric = new Map<string, CountryStatsItem>();
  const unplaced: CountryStatsItem[] = [];
  for (const item of stats.items) {
    if (item.country.isoNumeric)
      byIsoNumeric.set(normaliseIsoNumeric(item.country.isoNumeric), item);
    else unplaced.push(item);
  }
  const max = stats.items.reduce((most, item) => Math.max(most, item.initiatives), 0);
  const ranked = [...stats.items].sort(
    (a, b) =>
      b.initiatives - a.initiatives || a.country.name.localeCompare(b.country.name, wording.locale),
  );
  const table: ChartTable = {
    columns: [
      { key: 'country', label: t('coverage.column.country') },
      { key: 'initiatives', label: t('coverage.column.initiatives'), numeric: true },
      { key: 'leads', label: t('coverage.map.column.leads'), numeric: true },
      { key: 'materials', label: t('coverage.map.column.materials'), numeric: true },
    ],
    rows: ranked.map((item) => ({
      country: item.country.name,
      initiatives: item.initiatives,
      leads: item.leads,
      materials: item.materials,
    })),
  };
  const taking = stats.items.filter((item) => item.initiatives > 0);
  const top = ranked[0];
  const summary =
    taking.length === 0 || !top
      ? t('coverage.map.summary.none', { total: stats.items.length })
      : t('coverage.map.summary', {
          count: taking.length,
          total: stats.items.length,
          top: top.country.name,
          topCount: top.initiatives,
        });
  return { byIsoNumeric, bins: colourBins(max), ranked, unplaced, table, summary };
}
