import {
  countryGroups,
  initiativeKinds,
  initiativeStatuses,
  participationRoles,
  type CountryGroup,
  type CriticalityList,
  type InitiativeFilter,
  type InitiativeKind,
  type InitiativeStatus,
  type ParticipationRole,
} from '@tracker/shared';
import type { I18n } from '@/lib/i18n';
import { activeCoverageFilters } from './coverage-search';

/** The formatting the sentence builders need: the app passes `useI18n()`, tests a fixed language. */
export type Wording = Pick<I18n, 't' | 'locale' | 'formatList' | 'formatNumber' | 'formatDate'>;

/** Names for codes the filter holds; unknown codes are shown as they are. */
export type NameLookups = {
  country?: (code: string) => string | undefined;
  material?: (id: string) => string | undefined;
};

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** "NATO list (11 December 2024)" / "all materials in the data". */
export function listLabel(list: CriticalityList | null, { t }: Pick<Wording, 't'>): string {
  return list ? t(`coverage.list.${list}`) : t('coverage.list.all');
}

/**
 * The filters in force as one phrase for a chart's subtitle:
 * "no filter" / "filters: As of 1 July 2025; Status Signed, Active".
 */
export function describeFilters(
  filter: InitiativeFilter,
  wording: Wording,
  names: NameLookups = {},
): string {
  const { t, formatList, formatDate } = wording;
  const entries = activeCoverageFilters(filter);
  if (entries.length === 0) return t('coverage.filters.none');
  const value = (key: (typeof entries)[number][0], raw: string): string => {
    switch (key) {
      case 'country':
      case 'lead':
        return names.country?.(raw) ?? raw;
      case 'material':
        return names.material?.(raw) ?? raw;
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
      default:
        return raw;
    }
  };
  const parts = entries.map(([key, values]) => {
    const text = formatList(values.map((raw) => value(key, raw)));
    const matchAll = key === 'country' && filter.match === 'all' && values.length > 1;
    return t('coverage.filters.entry', {
      name: t(`initiatives.filterName.${key}`),
      value: matchAll ? `${text} (${t('coverage.filters.matchAll')})` : text,
    });
  });
  return t('coverage.filters.some', { filters: parts.join('; ') });
}
