import type { ListInitiativesQuery } from '@tracker/shared';
import { useI18n } from '@/lib/i18n';
import { hasActiveFilters } from '../utils/initiatives-search';

export type InitiativesEmptyProps = {
  query: ListInitiativesQuery;
  total: number;
  countryName: (code: string) => string;
  materialName: (id: string) => string;
  onClear: () => void;
  onFirstPage: () => void;
};

/** Explains why nothing is shown: which filters are set (with a way out), or a page past the end. */
export function InitiativesEmpty({
  query,
  total,
  countryName,
  materialName,
  onClear,
  onFirstPage,
}: InitiativesEmptyProps) {
  const { t, formatList } = useI18n();

  if (total > 0) {
    return (
      <div className="state state--empty">
        <p>{t('initiatives.empty.pageOutOfRange', { page: query.page })}</p>
        <button type="button" className="button button--primary" onClick={onFirstPage}>
          {t('initiatives.empty.firstPage')}
        </button>
      </div>
    );
  }

  if (!hasActiveFilters(query)) {
    return (
      <div className="state state--empty">
        <p>{t('initiatives.empty.noData')}</p>
      </div>
    );
  }

  const filters: string[] = [];
  if (query.q) filters.push(t('initiatives.summary.search', { q: query.q }));
  if (query.country.length > 0) {
    filters.push(
      t('initiatives.summary.countries', {
        match:
          query.match === 'all'
            ? t('initiatives.summary.matchAll')
            : t('initiatives.summary.matchAny'),
        values: formatList(query.country.map(countryName)),
      }),
    );
  }
  if (query.material.length > 0) {
    filters.push(
      t('initiatives.summary.materials', { values: formatList(query.material.map(materialName)) }),
    );
  }
  if (query.status.length > 0) {
    filters.push(
      t('initiatives.summary.statuses', {
        values: formatList(query.status.map((status) => t(`status.${status}`))),
      }),
    );
  }
  if (query.kind.length > 0) {
    filters.push(
      t('initiatives.summary.kinds', {
        values: formatList(query.kind.map((kind) => t(`kind.${kind}`))),
      }),
    );
  }

  return (
    <div className="state state--empty">
      <h2 className="state__title">{t('initiatives.empty.title')}</h2>
      <p>{t('initiatives.empty.filtersSet')}</p>
      <ul className="filter-summary">
        {filters.map((filter) => (
          <li key={filter}>{filter}</li>
        ))}
      </ul>
      <button type="button" className="button button--primary" onClick={onClear}>
        {t('initiatives.filters.clear')}
      </button>
    </div>
  );
}
