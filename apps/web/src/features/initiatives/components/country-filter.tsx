import { countryStatuses, type Country, type CountryStatus } from '@tracker/shared';
import { useId } from 'react';
import { useI18n } from '@/lib/i18n';

type CountryOption = Pick<Country, 'code' | 'name' | 'status'>;

export type CountryFilterProps = {
  countries: readonly CountryOption[] | undefined;
  selected: readonly string[];
  onChange: (codes: string[]) => void;
};

/**
 * A country multi-select built from plain controls: a disclosure holding checkboxes grouped
 * by NATO status, plus a removable chip per selected country.
 */
export function CountryFilter({ countries, selected, onChange }: CountryFilterProps) {
  const { t } = useI18n();
  const legendId = useId();
  const byCode = new Map((countries ?? []).map((country) => [country.code, country]));
  const groups = countryStatuses
    .map((status): [CountryStatus, CountryOption[]] => [
      status,
      (countries ?? []).filter((country) => country.status === status),
    ])
    .filter(([, members]) => members.length > 0);

  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...selected, code] : selected.filter((value) => value !== code));

  return (
    <fieldset className="field field--countries" aria-labelledby={legendId}>
      <legend id={legendId}>{t('initiatives.filters.countries')}</legend>
      <details className="disclosure">
        <summary className="disclosure__summary">
          {selected.length === 0
            ? t('initiatives.filters.countriesAny')
            : t('initiatives.filters.countriesSelected', { count: selected.length })}
        </summary>
        <div className="disclosure__panel">
          {countries === undefined ? (
            <p className="muted">{t('initiatives.filters.countriesLoading')}</p>
          ) : (
            groups.map(([status, members]) => (
              <fieldset key={status} className="checkbox-group">
                <legend>{t(`initiatives.filters.countriesGroup.${status}`)}</legend>
                <ul className="checkbox-grid">
                  {members.map((country) => (
                    <li key={country.code}>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          value={country.code}
                          checked={selected.includes(country.code)}
                          onChange={(event) => toggle(country.code, event.target.checked)}
                        />
                        <span>{country.name}</span>
                        <span className="code" aria-hidden="true">
                          {country.code}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ))
          )}
        </div>
      </details>
      {selected.length > 0 ? (
        <ul className="chips">
          {selected.map((code) => {
            const name = byCode.get(code)?.name ?? code;
            return (
              <li key={code}>
                <button
                  type="button"
                  className="chip"
                  aria-label={t('initiatives.filters.removeCountry', { name })}
                  onClick={() => toggle(code, false)}
                >
                  {name}
                  <span aria-hidden="true" className="chip__remove">
                    ×
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </fieldset>
  );
}
