import {
  countryMatchModes,
  initiativeKinds,
  initiativeStatuses,
  type Country,
  type InitiativeKind,
  type InitiativeStatus,
  type ListInitiativesQuery,
  type MaterialRef,
} from '@tracker/shared';
import { useId } from 'react';
import { useT } from '@/lib/i18n';
import { hasActiveFilters, type InitiativesQueryPatch } from '../utils/initiatives-search';
import { CountryFilter } from './country-filter';
import { SearchField } from './search-field';

export type InitiativesToolbarProps = {
  query: ListInitiativesQuery;
  onQueryChange: (patch: InitiativesQueryPatch, options?: { replace?: boolean }) => void;
  onClear: () => void;
  countries: readonly Pick<Country, 'code' | 'name' | 'status'>[] | undefined;
  materials: readonly MaterialRef[] | undefined;
};

function SelectField({
  label,
  value,
  anyLabel,
  options,
  onChange,
}: {
  label: string;
  value: string;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A single-choice select writes a one-item list (or none for "any"); unknown values are dropped. */
function single<T extends string>(value: string, allowed: readonly T[]): T[] {
  const found = allowed.find((item) => item === value);
  return found ? [found] : [];
}

export function InitiativesToolbar({
  query,
  onQueryChange,
  onClear,
  countries,
  materials,
}: InitiativesToolbarProps) {
  const t = useT();
  const matchLegendId = useId();

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
        <SelectField
          label={t('initiatives.filters.material')}
          anyLabel={t('initiatives.filters.materialAny')}
          value={query.material[0] ?? ''}
          options={(materials ?? []).map((material) => ({
            value: material.id,
            label: material.name,
          }))}
          onChange={(value) => onQueryChange({ material: value ? [value] : [] })}
        />
        <SelectField
          label={t('initiatives.filters.status')}
          anyLabel={t('initiatives.filters.statusAny')}
          value={query.status[0] ?? ''}
          options={initiativeStatuses.map((status) => ({
            value: status,
            label: t(`status.${status}`),
          }))}
          onChange={(value) =>
            onQueryChange({ status: single<InitiativeStatus>(value, initiativeStatuses) })
          }
        />
        <SelectField
          label={t('initiatives.filters.kind')}
          anyLabel={t('initiatives.filters.kindAny')}
          value={query.kind[0] ?? ''}
          options={initiativeKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          onChange={(value) =>
            onQueryChange({ kind: single<InitiativeKind>(value, initiativeKinds) })
          }
        />
      </div>
      <div className="toolbar__row toolbar__row--countries">
        <CountryFilter
          countries={countries}
          selected={query.country}
          onChange={(country) => onQueryChange({ country })}
        />
        <fieldset className="field field--match" aria-labelledby={matchLegendId}>
          <legend id={matchLegendId}>{t('initiatives.filters.match')}</legend>
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
    </form>
  );
}
