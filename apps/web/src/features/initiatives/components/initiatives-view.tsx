import type { Country, MaterialRef } from '@tracker/shared';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useT } from '@/lib/i18n';
import { useInitiatives } from '../api/get-initiatives';
import { useInitiativesSearch } from '../hooks/use-initiatives-search';
import { InitiativesEmpty } from './initiatives-empty';
import { InitiativesTable } from './initiatives-table';
import { InitiativesToolbar } from './initiatives-toolbar';

export type InitiativesViewProps = {
  /** Filter choices; the page that composes this view fetches them (features never import each other). */
  countries: readonly Pick<Country, 'code' | 'name' | 'status'>[] | undefined;
  materials: readonly MaterialRef[] | undefined;
};

export function InitiativesView({ countries, materials }: InitiativesViewProps) {
  const t = useT();
  const { query, ignored, update, clear } = useInitiativesSearch();
  const result = useInitiatives(query);
  const data = result.data;
  const busy = result.isFetching && result.isPlaceholderData;

  const countryName = (code: string) =>
    countries?.find((country) => country.code === code)?.name ?? code;
  const materialName = (id: string) =>
    materials?.find((material) => material.id === id)?.name ?? id;

  return (
    <div className="initiatives-view">
      <InitiativesToolbar
        query={query}
        onQueryChange={update}
        onClear={clear}
        countries={countries}
        materials={materials}
      />

      {ignored.length > 0 ? (
        <p className="notice" role="note">
          {t('initiatives.filters.ignored', { names: ignored.join(', ') })}
        </p>
      ) : null}

      <div className="results-bar">
        <p className="result-count" role="status">
          {data ? t('initiatives.count', { count: data.total }) : null}
        </p>
        {busy ? (
          <span className="updating" aria-hidden="true">
            {t('common.updating')}
          </span>
        ) : null}
      </div>

      {result.isPending ? (
        <LoadingState label={t('initiatives.loading')} />
      ) : result.isError ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : result.data.items.length === 0 ? (
        <InitiativesEmpty
          query={query}
          total={result.data.total}
          countryName={countryName}
          materialName={materialName}
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
