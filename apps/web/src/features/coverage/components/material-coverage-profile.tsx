import { useMemo } from 'react';
import { Link } from 'react-router';
import { ChartFrame } from '@/components/chart/chart-frame';
import { Section } from '@/components/ui/section';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { useCountryMaterial } from '../api/get-country-material';
import { useCountryStats } from '../api/get-country-stats';
import { useMaterialCoverage } from '../api/get-material-coverage';
import { useCoverageSearch } from '../hooks/use-coverage-search';
import { buildActivityBreakdown, splitCountriesForMaterial } from '../utils/material-profile';
import { describeFilters } from '../utils/wording';
import { CoverageMap } from './coverage-map';
import { CoverageBars } from './lazy-charts';

function CountryList({ items }: { items: { code: string; name: string; note?: string }[] }) {
  return (
    <ul className="tags">
      {items.map((item) => (
        <li key={item.code} className="tag">
          <Link to={paths.country(item.code)}>{item.name}</Link>
          {item.note ? <span className="muted"> {item.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * A material's coverage, under its profile: headline counts, countries per activity, who is
 * covered and who is not, and the map. Reads the page's filters (e.g. `asOf`) from the URL and
 * adds `material=<id>`.
 */
export function MaterialCoverageProfile({
  materialId,
  name,
}: {
  materialId: string;
  name: string;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const { search } = useCoverageSearch();
  const filter = { ...search.filter, material: [materialId] };
  const coverage = useMaterialCoverage({ filter, list: null });
  const matrix = useCountryMaterial({ filter, list: null });
  const stats = useCountryStats({ filter, list: null });
  const filters = describeFilters(search.filter, i18n);
  const item = coverage.data?.items.find((entry) => entry.material.id === materialId);
  const breakdown = useMemo(() => (item ? buildActivityBreakdown(item, i18n) : null), [item, i18n]);
  const countries = useMemo(
    () => (matrix.data ? splitCountriesForMaterial(matrix.data, materialId, i18n.locale) : null),
    [matrix.data, materialId, i18n.locale],
  );

  return (
    <>
      <Section title={t('coverage.profile.heading')}>
        {coverage.isPending ? (
          <LoadingState label={t('coverage.loading')} />
        ) : coverage.isError ? (
          <ErrorState error={coverage.error} onRetry={() => void coverage.refetch()} />
        ) : item && breakdown ? (
          <>
            <ul className="figures__list coverage-figures">
              {(
                [
                  ['initiatives', item.initiatives],
                  ['countries', item.countries],
                  ['allies', item.allies],
                ] as const
              ).map(([key, value]) => (
                <li key={key} className="figure">
                  <span className="figure__value">{formatNumber(value)}</span>
                  <span className="figure__label">{t(`coverage.profile.figure.${key}`)}</span>
                </li>
              ))}
            </ul>
            <p className="muted">{filters}</p>
            <ChartFrame
              title={t('coverage.profile.activities.title', { name })}
              subtitle={t('coverage.profile.activities.subtitle', { filters })}
              summary={breakdown.summary}
              table={breakdown.table}
              methodologyAnchor="activities"
              headingLevel={3}
            >
              <CoverageBars
                rows={breakdown.rows}
                series={breakdown.series}
                label={t('coverage.profile.activities.title', { name })}
                valueAxisLabel={t('coverage.bars.axis.countries')}
              />
            </ChartFrame>
          </>
        ) : (
          <p className="muted">{t('material.initiatives.none')}</p>
        )}
      </Section>

      <Section title={t('coverage.profile.countries.heading')}>
        {matrix.isPending ? (
          <LoadingState label={t('coverage.loading')} />
        ) : matrix.isError ? (
          <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />
        ) : countries ? (
          <div className="coverage-split">
            <div>
              <h3>{t('coverage.profile.covered', { count: countries.covered.length })}</h3>
              {countries.covered.length > 0 ? (
                <CountryList
                  items={countries.covered.map(({ country, initiatives }) => ({
                    code: country.code,
                    name: country.name,
                    note: t('coverage.profile.initiativeCount', { count: initiatives }),
                  }))}
                />
              ) : (
                <p className="muted">{t('coverage.profile.coveredNone')}</p>
              )}
            </div>
            <div>
              <h3>
                {t('coverage.profile.uncoveredAllies', { count: countries.uncoveredAllies.length })}
              </h3>
              {countries.uncoveredAllies.length > 0 ? (
                <CountryList items={countries.uncoveredAllies} />
              ) : (
                <p className="muted">{t('coverage.profile.uncoveredNone')}</p>
              )}
              {countries.uncoveredOthers.length > 0 ? (
                <>
                  <h3>
                    {t('coverage.profile.uncoveredOthers', {
                      count: countries.uncoveredOthers.length,
                    })}
                  </h3>
                  <CountryList items={countries.uncoveredOthers} />
                </>
              ) : null}
            </div>
          </div>
        ) : null}
      </Section>

      <section className="section" aria-label={t('coverage.map.title')}>
        {stats.isPending ? (
          <LoadingState label={t('coverage.loading')} />
        ) : stats.isError ? (
          <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
        ) : (
          <CoverageMap
            stats={stats.data}
            title={t('coverage.profile.map.title', { name })}
            subtitle={t('coverage.profile.map.subtitle', { filters })}
          />
        )}
      </section>
    </>
  );
}
