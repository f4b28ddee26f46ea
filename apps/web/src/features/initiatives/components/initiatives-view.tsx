import { LoadingState } from '@/components/ui/states';
import { useI18n } from '@/lib/i18n';
import { useInitiativeOptions } from '../api/get-initiative-options';
import { useInitiatives } from '../api/get-initiatives';
import { useFilterLabels } from '../hooks/use-filter-labels';
import { useInitiativesSearch } from '../hooks/use-initiatives-search';
import { activeFilters, removeFilterPatch } from '../utils/initiatives-search';
import { ActiveFilterChips } from './active-filter-chips';
import type { CountryOption } from './country-filter';
import { ExportLinks } from './export-links';
import { FilterError } from './filter-error';
import { InitiativesEmpty } from './initiatives-empty';
import { InitiativesTable } from './initiatives-table';
import { InitiativesToolbar, type MaterialOption } from './initiatives-toolbar';

export type InitiativesViewProps = {
  /** Filter choices; the page that composes this view fetches them (features never import each other). */
  countries: readonly CountryOption[] | undefined;
  materials: readonly MaterialOption[] | undefined;
};

export function InitiativesView({ countries, materials }: InitiativesViewProps) {
  const { t, formatDate } = useI18n();
  const { query, ignored, update, clear } = useInitiativesSearch();
  const result = useInitiatives(query);
  const options = useInitiativeOptions();
  const data = result.data;
  const busy = result.isFetching && result.isPlaceholderData;

  const labels = useFilterLabels({
    countryName: (code) => countries?.find((country) => country.code === code)?.name ?? code,
    materialName: (id) => materials?.find((material) => material.id === id)?.name ?? id,
    initiativeTitle: (slug) =>
      options.data?.initiatives.find((entry) => entry.slug === slug)?.title ?? slug,
  });
  const filters = activeFilters(query);
  const asOf = query.asOf ? (formatDate(query.asOf) ?? query.asOf) : undefined;

  return (
    <div className="initiatives-view">
      <InitiativesToolbar
        query={query}
        onQueryChange={update}
        onClear={clear}
        countries={countries}
        materials={materials}
        options={
          options.data ?? (options.isError ? { initiatives: [], frameworks: [] } : undefined)
        }
      />

      {ignored.length > 0 ? (
        <p className="notice" role="note">
          {t('initiatives.filters.ignored', { names: ignored.join(', ') })}
        </p>
      ) : null}

      <ActiveFilterChips
        filters={filters}
        describe={labels.describe}
        onRemove={(filter) => update(removeFilterPatch(query, filter))}
      />

      <div className="results-bar">
        <p className="result-count" role="status">
          {data
            ? asOf
              ? t('initiatives.countAsOf', { count: data.total, date: asOf })
              : t('initiatives.count', { count: data.total })
            : null}
        </p>
        {busy ? (
          <span className="updating" aria-hidden="true">
            {t('common.updating')}
          </span>
        ) : null}
        <ExportLinks query={query} />
      </div>

      {asOf ? (
        <p className="as-of-note" role="note">
          {t('initiatives.asOf.explanation', { date: asOf })}
        </p>
      ) : null}

      {result.isPending ? (
        <LoadingState label={t('initiatives.loading')} />
      ) : result.isError ? (
        <FilterError
          error={result.error}
          filterName={labels.name}
          onClearFilter={(key) => update(removeFilterPatch(query, { key }))}
          onRetry={() => void result.refetch()}
        />
      ) : result.data.items.length === 0 ? (
        <InitiativesEmpty
          query={query}
          total={result.data.total}
          describe={labels.describe}
          onRemove={(filter) => update(removeFilterPatch(query, filter))}
          onClear={clear}
          onFirstPage={() => update({ page: 1 })}
        />
      ) : (
        <InitiativesTable
          query={query}
          onQueryChange={update}
          items={result.data.items}
          total={result.data.total}
          busy={busy}
        />
      )}
    </div>
  );
}
