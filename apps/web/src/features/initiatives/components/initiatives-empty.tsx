import type { ListInitiativesQuery } from '@tracker/shared';
import { useId, useMemo } from 'react';
import { useI18n } from '@/lib/i18n';
import { useInitiativeCounts } from '../api/get-initiative-counts';
import {
  activeFilters,
  applyInitiativesQueryPatch,
  removeFilterPatch,
  type ActiveFilter,
} from '../utils/initiatives-search';

/** Beyond this many filters, asking "what if each were removed" costs more requests than it helps. */
const maxWhatIfCounts = 8;

export type InitiativesEmptyProps = {
  query: ListInitiativesQuery;
  total: number;
  describe: (filter: ActiveFilter) => string;
  onRemove: (filter: ActiveFilter) => void;
  onClear: () => void;
  onFirstPage: () => void;
};

/**
 * Explains why nothing is shown: a page past the end, or the filters in force, each with a button
 * to remove it and, where the server can tell, how many initiatives removing it alone would give.
 */
export function InitiativesEmpty({
  query,
  total,
  describe,
  onRemove,
  onClear,
  onFirstPage,
}: InitiativesEmptyProps) {
  const { t } = useI18n();
  const filters = activeFilters(query);
  const emptied = total === 0 && filters.length > 0;
  const titleId = useId();
  const withoutEach = useMemo(() => {
    const all = activeFilters(query);
    if (!emptied || all.length > maxWhatIfCounts) return [];
    return all.map((filter) => applyInitiativesQueryPatch(query, removeFilterPatch(query, filter)));
  }, [query, emptied]);
  const counts = useInitiativeCounts(withoutEach, emptied);

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

  if (filters.length === 0) {
    return (
      <div className="state state--empty">
        <p>{t('initiatives.empty.noData')}</p>
      </div>
    );
  }

  return (
    <section className="state state--empty" aria-labelledby={titleId}>
      <h2 id={titleId} className="state__title">
        {t('initiatives.empty.title')}
      </h2>
      <p>
        {filters.length === 1
          ? t('initiatives.empty.oneFilter')
          : t('initiatives.empty.filtersSet')}
      </p>
      <ul className="empty-filters">
        {filters.map((filter, index) => {
          const text = describe(filter);
          const count = counts[index];
          return (
            <li key={`${filter.key}=${filter.value}`} className="empty-filters__item">
              <span className="empty-filters__name">{text}</span>
              {count !== undefined && filters.length > 1 ? (
                <span
                  className={count > 0 ? 'empty-filters__hint is-useful' : 'empty-filters__hint'}
                >
                  {count > 0
                    ? t('initiatives.empty.without', { count })
                    : t('initiatives.empty.withoutNone')}
                </span>
              ) : null}
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t('initiatives.filters.remove', { filter: text })}
                onClick={() => onRemove(filter)}
              >
                {t('initiatives.empty.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button--primary" onClick={onClear}>
        {t('initiatives.filters.clear')}
      </button>
    </section>
  );
}
