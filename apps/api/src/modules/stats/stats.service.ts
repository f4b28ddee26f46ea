import type { Database } from '@tracker/db';
import {
  timelineIntervalSchema,
  type CountryMaterialMatrix,
  type CountryStats,
  type CountryStatsQuery,
  type CoverageGaps,
  type GapsQuery,
  type MaterialCoverage,
  type StatsMaterial,
  type StatsQuery,
  type Timeline,
  type TimelineInterval,
  type TimelineQuery,
} from '@tracker/shared';
import type { Kysely } from 'kysely';
import { throwIfUnknownFilterValues } from '../shared/filter-validation';
import {
  getCountryMaterialMatrix,
  getCountryStats,
  getCoverageGaps,
  getMaterialCoverage,
  getTimeline,
  refreshStatsSummaries,
  type MaterialRowJson,
  type StatsOptions,
  type SummaryState,
} from './stats.repository';
import { toDataVersion } from '../shared/data-version';
import { jsonWithTexts, type JsonText } from '../../http/json-text';

export function toStatsMaterialDto(row: MaterialRowJson): StatsMaterial {
  return {
    id: row.id,
    name: row.name,
    symbol: row.symbol,
    natoCritical: row.nato_critical,
    euCritical: row.eu_critical,
    euStrategic: row.eu_strategic,
  };
}

/** '2025-Q2' for a quarter starting 2025-04-01, '2025' for a year. */
export function periodLabel(start: string, interval: TimelineInterval): string {
  const year = start.slice(0, 4);
  if (interval === 'year') return year;
  return `${year}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * Refreshes the summaries on demand: when a request finds them older than the data. Requests
 * that find them stale together share one refresh; one that finds them stale while a refresh
 * runs (whose snapshot may predate the change it saw) waits for the next one, which follows.
 */
function createSummaryRefresher(db: Kysely<Database>, logError: (error: unknown) => void) {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  const refresh = (): Promise<void> => {
    if (!running) {
      running = refreshStatsSummaries(db)
        .catch(logError)
        .finally(() => {
          running = undefined;
        });
      return running;
    }
    queued ??= running.then(() => {
      queued = undefined;
      return refresh();
    });
    return queued;
  };
  return { refresh };
}

export function createStatsService(
  db: Kysely<Database>,
  logError: (error: unknown) => void = console.error,
) {
  const refresher = createSummaryRefresher(db, logError);
  /**
   * One statement when the precomputed views are current (or the caller needs the plain
   * aggregate). Stale summaries: refresh, ask again, and if they are still behind (a refresh
   * failed, or more writes landed), compute the plain aggregate. Stale facts: the plain aggregate
   * now, the refresh in the background. A text search too broad for the bitmaps: the facts.
   * Stale figures are never returned.
   */
  async function answer<R extends { summary_state: SummaryState }>(
    run: (options: StatsOptions) => Promise<R>,
  ): Promise<R> {
    const first = await run({});
    switch (first.summary_state) {
      case 'fresh':
      case 'not_applicable':
        return first;
      case 'unavailable':
        return run({ summary: false });
      case 'stale_facts':
        void refresher.refresh();
        return run({ summary: false });
      case 'broad_text': {
        const facts = await run({ bitmaps: false });
        return facts.summary_state === 'fresh' ? facts : run({ summary: false });
      }
      case 'stale': {
        await refresher.refresh();
        const second = await run({});
        return second.summary_state === 'fresh' ? second : run({ summary: false });
      }
    }
  }
  return {
    async materials({ list, ...filter }: StatsQuery): Promise<MaterialCoverage> {
      const row = await answer((options) =>
        getMaterialCoverage(db, filter, list, options).executeTakeFirstOrThrow(),
      );
      throwIfUnknownFilterValues(row);
      return {
        list: list ?? null,
        items: row.items.map((item) => ({
          material: toStatsMaterialDto(item),
          listed: list ? true : null,
          initiatives: item.initiatives,
          countries: item.countries,
          allies: item.allies,
          byActivity: item.by_activity,
          byStatus: item.by_status,
        })),
        dataVersion: toDataVersion(row.data_version),
      };
    },

    /** The matrix as JSON text: its cells (~300 KB when broad) go out as PostgreSQL wrote them. */
    async countryMaterial({
      list,
      ...filter
    }: StatsQuery): Promise<JsonText<CountryMaterialMatrix>> {
      const row = await answer((options) =>
        getCountryMaterialMatrix(db, filter, list, options).executeTakeFirstOrThrow(),
      );
      throwIfUnknownFilterValues(row);
      return jsonWithTexts<CountryMaterialMatrix>(
        {
          list: list ?? null,
          countries: row.countries,
          materials: row.materials,
          dataVersion: toDataVersion(row.data_version),
        },
        { cells: row.cells },
      );
    },

    async timeline({ interval, ...filter }: TimelineQuery): Promise<Timeline> {
      const row = await answer((options) =>
        getTimeline(db, filter, interval, options).executeTakeFirstOrThrow(),
      );
      throwIfUnknownFilterValues(row);
      const used = timelineIntervalSchema.parse(row.interval);
      return {
        interval: used,
        buckets: row.buckets.map((bucket) => ({
          period: periodLabel(bucket.start, used),
          start: bucket.start,
          signed: bucket.signed,
          joinings: bucket.joinings,
          signedByKind: bucket.by_kind ?? {},
        })),
        earlier: row.earlier,
        undated: { initiatives: row.undated_initiatives, joinings: row.undated_joinings },
        dataVersion: toDataVersion(row.data_version),
      };
    },

    async gaps({ list, scope, ...filter }: GapsQuery): Promise<CoverageGaps> {
      const row = await answer((options) =>
        getCoverageGaps(db, filter, list, scope, options).executeTakeFirstOrThrow(),
      );
      throwIfUnknownFilterValues(row);
      return {
        list,
        scope,
        materials: row.materials.map((item) => ({
          material: toStatsMaterialDto(item.material),
          coveredCountries: item.covered_countries,
          uncoveredCountries: item.uncovered_countries,
        })),
        countries: row.countries.map((item) => ({
          country: item.country,
          uncoveredMaterials: item.uncovered_materials,
        })),
        materialsWithNoInitiative: row.materials_with_no_initiative,
        countriesInNoInitiative: row.countries_in_no_initiative,
        dataVersion: toDataVersion(row.data_version),
      };
    },

    async countries({ list, ...filter }: CountryStatsQuery): Promise<CountryStats> {
      const row = await answer((options) =>
        getCountryStats(db, filter, list, options).executeTakeFirstOrThrow(),
      );
      throwIfUnknownFilterValues(row);
      return {
        items: row.items.map((item) => ({
          country: {
            code: item.code,
            name: item.name,
            status: item.status,
            isoNumeric: item.iso_numeric,
          },
          initiatives: item.initiatives,
          materials: item.materials,
          leads: item.leads,
        })),
        dataVersion: toDataVersion(row.data_version),
      };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
