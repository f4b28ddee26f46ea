import { useId } from 'react';
import { useT } from '@/lib/i18n';
import type { ActiveFilter } from '../utils/initiatives-search';

export type ActiveFilterChipsProps = {
  filters: readonly ActiveFilter[];
  describe: (filter: ActiveFilter) => string;
  onRemove: (filter: ActiveFilter) => void;
};

/** Every filter in force as a chip ("Country: Türkiye ×"); pressing one removes that filter. */
export function ActiveFilterChips({ filters, describe, onRemove }: ActiveFilterChipsProps) {
  const t = useT();
  const headingId = useId();
  if (filters.length === 0) return null;
  return (
    <div className="active-filters">
      <h2 id={headingId} className="active-filters__heading">
        {t('initiatives.filters.active')}
      </h2>
      <ul className="chips" aria-labelledby={headingId}>
        {filters.map((filter) => {
          const text = describe(filter);
          return (
            <li key={`${filter.key}=${filter.value}`}>
              <button
                type="button"
                className="chip"
                aria-label={t('initiatives.filters.remove', { filter: text })}
                onClick={() => onRemove(filter)}
              >
                {text}
                <span aria-hidden="true" className="chip__remove">
                  ×
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
