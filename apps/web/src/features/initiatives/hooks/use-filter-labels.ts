import {
  countryGroups,
  initiativeKinds,
  initiativeStatuses,
  participationRoles,
  type CountryGroup,
  type InitiativeKind,
  type InitiativeStatus,
  type ParticipationRole,
} from '@tracker/shared';
import { useCallback } from 'react';
import { useI18n } from '@/lib/i18n';
import type { ActiveFilter, FilterKey } from '../utils/initiatives-search';

/** Names for the codes a filter holds; the page that composes the view knows them. */
export type FilterLookups = {
  countryName: (code: string) => string;
  materialName: (id: string) => string;
  initiativeTitle: (slug: string) => string;
};

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/**
 * Words for filters, shared by the chips, the empty state and the error state:
 * `name('country')` → "Country"; `describe({ key: 'asOf', value: '2025-01-01' })` →
 * "As of: 1 January 2025".
 */
export function useFilterLabels(lookups: FilterLookups) {
  const { t, formatDate } = useI18n();
  const { countryName, materialName, initiativeTitle } = lookups;

  const name = useCallback((key: FilterKey) => t(`initiatives.filterName.${key}`), [t]);

  const value = useCallback(
    ({ key, value: raw }: ActiveFilter): string => {
      switch (key) {
        case 'country':
        case 'lead':
          return countryName(raw);
        case 'material':
          return materialName(raw);
        case 'membersOf':
          return initiativeTitle(raw);
        case 'group':
          return isOneOf<CountryGroup>(countryGroups, raw)
            ? t(`initiatives.filters.group.${raw}`)
            : raw;
        case 'role':
          return isOneOf<ParticipationRole>(participationRoles, raw) ? t(`role.${raw}`) : raw;
        case 'status':
          return isOneOf<InitiativeStatus>(initiativeStatuses, raw) ? t(`status.${raw}`) : raw;
        case 'kind':
          return isOneOf<InitiativeKind>(initiativeKinds, raw) ? t(`kind.${raw}`) : raw;
        case 'from':
        case 'to':
        case 'asOf':
          return formatDate(raw) ?? raw;
        case 'q':
          return t('initiatives.filters.quoted', { text: raw });
        case 'framework':
          return raw;
      }
    },
    [countryName, materialName, initiativeTitle, t, formatDate],
  );

  const describe = useCallback(
    (filter: ActiveFilter) =>
      t('initiatives.filters.chip', { name: name(filter.key), value: value(filter) }),
    [t, name, value],
  );

  return { name, value, describe };
}
