import {
  countryMatchModes,
  initiativeKinds,
  initiativeStatuses,
  participationRoles,
  type InitiativeKind,
  type InitiativeStatus,
  type ListInitiativesQuery,
  type Material,
  type ParticipationRole,
} from '@tracker/shared';
import { useId, useState } from 'react';
import { MultiSelect } from '@/components/ui/multi-select';
import { useT } from '@/lib/i18n';
import type { InitiativeOptions } from '../api/get-initiative-options';
import { hasActiveFilters, type InitiativesQueryPatch } from '../utils/initiatives-search';
import { CountryFilter, type CountryOption } from './country-filter';
import { DateField } from './date-field';
import { SearchField } from './search-field';

export type MaterialOption = Pick<Material, 'id' | 'name' | 'symbol' | 'aliases'>;

export type InitiativesToolbarProps = {
  query: ListInitiativesQuery;
  onQueryChange: (patch: InitiativesQueryPatch, options?: { replace?: boolean }) => void;
  onClear: () => void;
  countries: readonly CountryOption[] | undefined;
  materials: readonly MaterialOption[] | undefined;
  /** Initiatives (for "members of…") and frameworks; undefined while they load. */
  options: InitiativeOptions | undefined;
};

/** Keeps only values of an enumeration (a checkbox list can only produce those anyway). */
function only<T extends string>(values: readonly string[], allowed: readonly T[]): T[] {
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/** Filters behind "More filters", so the default view stays short. */
function moreFiltersCount(query: ListInitiativesQuery): number {
  return (
    query.role.length +
    query.lead.length +
    query.framework.length +
    (query.from ? 1 : 0) +
    (query.to ? 1 : 0) +
    (query.asOf ? 1 : 0)
  );
}

export function InitiativesToolbar({
  query,
  onQueryChange,
  onClear,
  countries,
  materials,
  options,
}: InitiativesToolbarProps) {
  const t = useT();
  const matchLegendId = useId();
  const moreCount = moreFiltersCount(query);
  // Open when a shared link sets one of these filters, so the reader sees what narrows the list.
  const [moreOpen, setMoreOpen] = useState(moreCount > 0);
  const summary = (count: number, any: string) =>
    count === 0 ? any : t('initiatives.filters.selected', { count });
  const loading = t('initiatives.filters.loading');
  const countryPicks = query.country.length + query.group.length + (query.membersOf ? 1 : 0);

  return (
    <form
      className="toolbar"
      role="search"
      aria-label={t('initiatives.filters.heading')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="toolbar__row">
        <SearchField
          value={query.q ?? ''}
          onCommit={(q) => onQueryChange({ q: q || undefined }, { replace: true })}
        />
        <CountryFilter
          countries={countries}
          initiatives={options?.initiatives}
          country={query.country}
          group={query.group}
          membersOf={query.membersOf}
          onChange={onQueryChange}
        />
        <MultiSelect
          label={t('initiatives.filters.material')}
          summary={summary(query.material.length, t('initiatives.filters.materialAny'))}
          options={materials?.map((material) => ({
            value: material.id,
            label: material.name,
            hint: material.symbol ?? undefined,
            keywords: [...material.aliases, ...(material.symbol ? [material.symbol] : [])],
          }))}
          selected={query.material}
          onChange={(material) => onQueryChange({ material })}
          loadingLabel={loading}
          filter={{
            label: t('initiatives.filters.materialFind'),
            hint: t('initiatives.filters.materialFindHint'),
            noMatches: (text) => t('initiatives.filters.noMatches', { text }),
          }}
        />
        <MultiSelect
          label={t('initiatives.filters.status')}
          summary={summary(query.status.length, t('initiatives.filters.statusAny'))}
          options={initiativeStatuses.map((status) => ({
            value: status,
            label: t(`status.${status}`),
          }))}
          selected={query.status}
          onChange={(values) =>
            onQueryChange({ status: only<InitiativeStatus>(values, initiativeStatuses) })
          }
          loadingLabel={loading}
        />
        <MultiSelect
          label={t('initiatives.filters.kind')}
          summary={summary(query.kind.length, t('initiatives.filters.kindAny'))}
          options={initiativeKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          selected={query.kind}
          onChange={(values) =>
            onQueryChange({ kind: only<InitiativeKind>(values, initiativeKinds) })
          }
          loadingLabel={loading}
        />
      </div>

      <div className="toolbar__bar">
        <fieldset className="field field--match" aria-labelledby={matchLegendId}>
          <legend id={matchLegendId}>{t('initiatives.filters.match')}</legend>
          <div className="field--match__options">
            {countryMatchModes.map((mode) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  name="match"
                  value={mode}
                  checked={query.match === mode}
                  onChange={() => onQueryChange({ match: mode })}
                />
                {mode === 'any'
                  ? t('initiatives.filters.matchAny')
                  : t('initiatives.filters.matchAll')}
              </label>
            ))}
          </div>
          {countryPicks === 0 ? (
            <span className="field__hint">{t('initiatives.filters.matchHint')}</span>
          ) : null}
        </fieldset>
        <div className="toolbar__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={onClear}
            disabled={!hasActiveFilters(query)}
          >
            {t('initiatives.filters.clear')}
          </button>
        </div>
      </div>

      <details
        className="more-filters"
        open={moreOpen}
        onToggle={(event) => setMoreOpen(event.currentTarget.open)}
      >
        <summary className="more-filters__summary">
          {t('initiatives.filters.more')}
          {moreCount > 0 ? (
            <span className="more-filters__count">
              {t('initiatives.filters.moreActive', { count: moreCount })}
            </span>
          ) : null}
        </summary>
        <div className="more-filters__panel">
          <MultiSelect
            label={t('initiatives.filters.role')}
            hint={t('initiatives.filters.roleHint')}
            summary={summary(query.role.length, t('initiatives.filters.roleAny'))}
            options={participationRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            selected={query.role}
            onChange={(values) =>
              onQueryChange({ role: only<ParticipationRole>(values, participationRoles) })
            }
            loadingLabel={loading}
          />
          <MultiSelect
            label={t('initiatives.filters.lead')}
            hint={t('initiatives.filters.leadHint')}
            summary={summary(query.lead.length, t('initiatives.filters.leadAny'))}
            options={countries?.map((country) => ({
              value: country.code,
              label: country.name,
              hint: country.code,
              keywords: country.aliases,
            }))}
            selected={query.lead}
            onChange={(lead) => onQueryChange({ lead })}
            loadingLabel={t('initiatives.filters.countriesLoading')}
            filter={{
              label: t('initiatives.filters.countryFind'),
              hint: t('initiatives.filters.countryFindHint'),
              noMatches: (text) => t('initiatives.filters.noMatches', { text }),
            }}
          />
          <MultiSelect
            label={t('initiatives.filters.framework')}
            summary={summary(query.framework.length, t('initiatives.filters.frameworkAny'))}
            options={
              options
                ? [
                    // A framework from a pasted link stays listed (and removable) even if unknown.
                    ...query.framework.filter((value) => !options.frameworks.includes(value)),
                    ...options.frameworks,
                  ].map((framework) => ({ value: framework, label: framework }))
                : undefined
            }
            selected={query.framework}
            onChange={(framework) => onQueryChange({ framework })}
            loadingLabel={loading}
          />
          <DateField
            label={t('initiatives.filters.from')}
            hint={t('initiatives.filters.dateHint')}
            value={query.from}
            max={query.to}
            onCommit={(from) => onQueryChange({ from })}
          />
          <DateField
            label={t('initiatives.filters.to')}
            hint={t('initiatives.filters.dateHint')}
            value={query.to}
            min={query.from}
            onCommit={(to) => onQueryChange({ to })}
          />
          <DateField
            label={t('initiatives.filters.asOf')}
            hint={t('initiatives.filters.asOfHint')}
            value={query.asOf}
            onCommit={(asOf) => onQueryChange({ asOf })}
          />
        </div>
      </details>
    </form>
  );
}
