import { ErrorState } from '@/components/ui/states';
import { ApiRequestError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { isFilterKey, type FilterKey } from '../utils/initiatives-search';

export type FilterErrorProps = {
  error: Error;
  filterName: (key: FilterKey) => string;
  onClearFilter: (key: FilterKey) => void;
  onRetry: () => void;
};

/**
 * A request the API rejected because of a filter (an unknown country code in a pasted link): the
 * API's own message, which names the value, and a button to clear each filter it names.
 */
export function FilterError({ error, filterName, onClearFilter, onRetry }: FilterErrorProps) {
  const t = useT();
  const keys =
    error instanceof ApiRequestError && error.status === 400
      ? [...new Set(error.issues.map((issue) => issue.path))].filter(isFilterKey)
      : [];
  if (!(error instanceof ApiRequestError) || keys.length === 0) {
    return <ErrorState error={error} onRetry={onRetry} />;
  }

  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{t('initiatives.error.title')}</h2>
      <p>{error.message}</p>
      <ul>
        {error.issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            {isFilterKey(issue.path)
              ? t('error.issue', { path: filterName(issue.path), message: issue.message })
              : t('error.issue', issue)}
          </li>
        ))}
      </ul>
      <div className="state__actions">
        {keys.map((key) => (
          <button
            key={key}
            type="button"
            className="button button--primary"
            onClick={() => onClearFilter(key)}
          >
            {t('initiatives.error.clearFilter', { name: filterName(key) })}
          </button>
        ))}
      </div>
    </div>
  );
}
