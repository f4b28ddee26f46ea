import { initiativeFilterSchema } from '@tracker/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useI18n, type TranslationKey } from '@/lib/i18n';
import { useCountryMaterial } from '../api/get-country-material';
import { useCountryStats } from '../api/get-country-stats';
import { useCoverageGaps } from '../api/get-coverage-gaps';
import { useCoverageTimeline } from '../api/get-coverage-timeline';
import { useMaterialCoverage } from '../api/get-material-coverage';
import { useCoverageSearch } from '../hooks/use-coverage-search';
import {
  coverageViews,
  serializeCoverageFilter,
  type CoverageSearch,
  type CoverageView,
} from '../utils/coverage-search';
import { describeFilters, listLabel, type NameLookups } from '../utils/wording';
import { CoverageChart } from './coverage-chart';
import { CoverageControls } from './coverage-controls';
import { CoverageHeatmap } from './coverage-heatmap';
import { CoverageMap } from './coverage-map';
import { CoverageTimeline } from './coverage-timeline';
import { GapMatrix } from './gap-matrix';

const viewLabels: Record<CoverageView, TranslationKey> = {
  coverage: 'coverage.view.coverage',
  heatmap: 'coverage.view.heatmap',
  gaps: 'coverage.view.gaps',
  timeline: 'coverage.view.timeline',
  map: 'coverage.view.map',
  list: 'coverage.view.list',
};

type QueryLike<T> = {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  data: T | undefined;
  isFetching: boolean;
  refetch: () => unknown;
};

/** Loading, error and data states, like the other pages; "Updating…" while a new view loads. */
function Loaded<T>({
  query,
  label,
  children,
}: {
  query: QueryLike<T>;
  label: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (query.isPending) return <LoadingState label={label} />;
  if (query.isError || query.data === undefined)
    return (
      <ErrorState
        error={query.error ?? new Error('no data')}
        onRetry={() => void query.refetch()}
      />
    );
  return (
    <div aria-busy={query.isFetching || undefined}>
      {query.isFetching ? (
        <p className="muted" role="status">
          {t('common.updating')}
        </p>
      ) : null}
      {children(query.data)}
    </div>
  );
}

/** Nothing matches: say so, and offer the way back to every initiative. */
function EmptyState() {
  const { t } = useI18n();
  return (
    <div className="state state--empty">
      <p>{t('coverage.empty')}</p>
      <p>
        <Link to={paths.materials()}>{t('coverage.clearFilters')}</Link>
      </p>
    </div>
  );
}

function ViewNav({
  search,
  href,
}: {
  search: CoverageSearch;
  href: (patch: { view: CoverageView }) => string;
}) {
  const { t } = useI18n();
  return (
    <nav className="coverage-nav" aria-label={t('coverage.view.label')}>
      <ul className="coverage-nav__list">
        {coverageViews
          .filter((view) => view !== 'list')
          .map((view) => (
            <li key={view}>
              <Link
                to={href({ view })}
                className="coverage-nav__link"
                aria-current={search.view === view ? 'page' : undefined}
              >
                {t(viewLabels[view])}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/**
 * The Materials page's analysis: a list switch, an "as of" date, and one view at a time — the
 * coverage bars, the country × material heatmap, the gap matrix, the timeline or the map — with
 * every setting in the URL. `listing` (the materials table) shows under the coverage bars.
 */
export function CoverageView({ listing }: { listing?: ReactNode }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { search, update, href } = useCoverageSearch();
  const { filter, list, view } = search;

  // The bar chart's data also names the materials for the subtitles and the map's picker.
  const coverage = useMaterialCoverage({ filter, list });
  const materialNames = new Map(
    coverage.data?.items.map((item) => [item.material.id, item.material.name]),
  );
  const names: NameLookups = { material: (id) => materialNames.get(id) };
  const filters = describeFilters(filter, i18n, names);
  const listText = listLabel(list, i18n);
  const filterQuery = serializeCoverageFilter(filter).toString();

  return (
    <>
      <CoverageControls
        search={search}
        update={update}
        materials={coverage.data?.items.map((item) => ({
          id: item.material.id,
          name: item.material.name,
        }))}
      />
      <section className="coverage-context" aria-label={t('coverage.filters.heading')}>
        <p className="coverage-context__filters">{filters}</p>
        {search.ignored.length > 0 ? (
          <p className="notice">
            {t('coverage.filters.ignored', { keys: search.ignored.join(', ') })}
          </p>
        ) : null}
        <p className="coverage-context__links">
          <Link to={`${paths.initiatives()}${filterQuery ? `?${filterQuery}` : ''}`}>
            {t('coverage.openInList')}
          </Link>
          {filterQuery ? (
            <Link to={href({ filter: clearedFilter })}>{t('coverage.clearFilters')}</Link>
          ) : null}
        </p>
      </section>
      <ViewNav search={search} href={href} />

      {view === 'coverage' || view === 'list' ? (
        <>
          <Loaded query={coverage} label={t('coverage.loading')}>
            {(data) =>
              data.items.length === 0 ? (
                <EmptyState />
              ) : (
                <CoverageChart
                  coverage={data}
                  measure={search.measure}
                  title={t(`coverage.bars.title.${search.measure}`)}
                  subtitle={t(`coverage.bars.subtitle.${search.measure}`, {
                    list: listText,
                    filters,
                  })}
                />
              )
            }
          </Loaded>
          {listing}
        </>
      ) : null}
      {view === 'heatmap' ? (
        <HeatmapView search={search} filters={filters} listText={listText} />
      ) : null}
      {view === 'gaps' ? <GapsView search={search} filters={filters} /> : null}
      {view === 'timeline' ? <TimelineView search={search} filters={filters} /> : null}
      {view === 'map' ? <MapView search={search} filters={filters} listText={listText} /> : null}
    </>
  );
}

/** Every filter field at its empty value (the view settings stay). */
const clearedFilter = initiativeFilterSchema.parse({});

function HeatmapView({
  search,
  filters,
  listText,
}: {
  search: CoverageSearch;
  filters: string;
  listText: string;
}) {
  const { t } = useI18n();
  const matrix = useCountryMaterial({ filter: search.filter, list: search.list });
  return (
    <Loaded query={matrix} label={t('coverage.loading')}>
      {(data) =>
        data.materials.length === 0 || data.countries.length === 0 ? (
          <EmptyState />
        ) : (
          <CoverageHeatmap
            matrix={data}
            title={t('coverage.heatmap.title')}
            subtitle={t('coverage.heatmap.subtitle', { list: listText, filters })}
          />
        )
      }
    </Loaded>
  );
}

function GapsView({ search, filters }: { search: CoverageSearch; filters: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const list = search.list ?? 'nato';
  const gaps = useCoverageGaps({ filter: search.filter, list, scope: 'allies' });
  return (
    <Loaded query={gaps} label={t('coverage.loading')}>
      {(data) => (
        <GapMatrix
          gaps={data}
          title={t('coverage.gaps.title')}
          subtitle={t('coverage.gaps.subtitle', { list: listLabel(list, i18n), filters })}
        />
      )}
    </Loaded>
  );
}

function TimelineView({ search, filters }: { search: CoverageSearch; filters: string }) {
  const { t } = useI18n();
  const timeline = useCoverageTimeline({ filter: search.filter, interval: search.interval });
  return (
    <Loaded query={timeline} label={t('coverage.loading')}>
      {(data) =>
        data.buckets.length === 0 ? (
          <div className="state state--empty">
            <p>{t('coverage.timeline.summary.none')}</p>
          </div>
        ) : (
          <CoverageTimeline
            timeline={data}
            title={t('coverage.timeline.title')}
            subtitle={t('coverage.timeline.subtitle', {
              interval: t(`coverage.interval.${data.interval}`),
              filters,
            })}
          />
        )
      }
    </Loaded>
  );
}

function MapView({
  search,
  filters,
  listText,
}: {
  search: CoverageSearch;
  filters: string;
  listText: string;
}) {
  const { t } = useI18n();
  const stats = useCountryStats({ filter: search.filter, list: search.list });
  return (
    <Loaded query={stats} label={t('coverage.loading')}>
      {(data) => (
        <CoverageMap
          stats={data}
          title={t('coverage.map.title')}
          subtitle={t('coverage.map.subtitle', { list: listText, filters })}
        />
      )}
    </Loaded>
  );
}
