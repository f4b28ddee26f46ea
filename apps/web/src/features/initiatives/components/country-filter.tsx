import { countryGroups, countryStatuses, type Country, type CountryGroup } from '@tracker/shared';
import { useId } from 'react';
import { MultiSelect, type MultiSelectOption } from '@/components/ui/multi-select';
import { useT } from '@/lib/i18n';

export type CountryOption = Pick<Country, 'code' | 'name' | 'status' | 'aliases'>;

export type CountryFilterValue = {
  country: string[];
  group: CountryGroup[];
  membersOf: string | undefined;
};

export type CountryFilterProps = CountryFilterValue & {
  countries: readonly CountryOption[] | undefined;
  /** Initiatives for "members of initiative…"; undefined while they load. */
  initiatives: readonly { slug: string; title: string }[] | undefined;
  onChange: (patch: Partial<CountryFilterValue>) => void;
};

/**
 * The country picker: groups first, each one pick that stands for all its members (NATO Allies, EU
 * members, Indo-Pacific partners, or the members of another initiative), then the countries
 * themselves, found by name, alias or ISO code.
 */
export function CountryFilter({
  countries,
  initiatives,
  country,
  group,
  membersOf,
  onChange,
}: CountryFilterProps) {
  const t = useT();
  const groupsLegendId = useId();
  const membersOfId = useId();
  const picks = country.length + group.length + (membersOf ? 1 : 0);

  const options: MultiSelectOption[] | undefined = countries
    ? countryStatuses.flatMap((status) =>
        countries
          .filter((entry) => entry.status === status)
          .map((entry) => ({
            value: entry.code,
            label: entry.name,
            hint: entry.code,
            keywords: entry.aliases,
            group: status,
          })),
      )
    : undefined;

  const header = (
    <div className="country-filter__groups">
      <fieldset className="checkbox-group" aria-labelledby={groupsLegendId}>
        <legend id={groupsLegendId}>{t('initiatives.filters.groups')}</legend>
        <ul className="checkbox-grid checkbox-grid--wide">
          {countryGroups.map((entry) => (
            <li key={entry}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  value={entry}
                  checked={group.includes(entry)}
                  onChange={(event) =>
                    onChange({
                      group: event.target.checked
                        ? [...group, entry]
                        : group.filter((value) => value !== entry),
                    })
                  }
                />
                <span>{t(`initiatives.filters.group.${entry}`)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="field">
        <label htmlFor={membersOfId}>{t('initiatives.filters.membersOf')}</label>
        <select
          id={membersOfId}
          value={membersOf ?? ''}
          onChange={(event) => onChange({ membersOf: event.target.value || undefined })}
        >
          <option value="">{t('initiatives.filters.membersOfNone')}</option>
          {/* A slug from a pasted link stays selectable even before (or without) the list. */}
          {membersOf && !initiatives?.some((entry) => entry.slug === membersOf) ? (
            <option value={membersOf}>{membersOf}</option>
          ) : null}
          {(initiatives ?? []).map((entry) => (
            <option key={entry.slug} value={entry.slug}>
              {entry.title}
            </option>
          ))}
        </select>
      </div>
    </div>
  );

  return (
    <MultiSelect
      className="field--countries"
      label={t('initiatives.filters.countries')}
      summary={
        picks === 0
          ? t('initiatives.filters.countriesAny')
          : t('initiatives.filters.selected', { count: picks })
      }
      options={options}
      selected={country}
      onChange={(codes) => onChange({ country: codes })}
      loadingLabel={t('initiatives.filters.countriesLoading')}
      filter={{
        label: t('initiatives.filters.countryFind'),
        hint: t('initiatives.filters.countryFindHint'),
        noMatches: (text) => t('initiatives.filters.noMatches', { text }),
      }}
      groupLabel={(status) =>
        t(`initiatives.filters.countriesGroup.${status as (typeof countryStatuses)[number]}`)
      }
      header={header}
    />
  );
}
