import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { useCountries } from '@/features/countries/api/get-countries';
import { useInitiatives } from '@/features/initiatives/api/get-initiatives';
import { LatestInitiatives } from '@/features/initiatives/components/latest-initiatives';
import { defaultInitiativesQuery } from '@/features/initiatives/utils/initiatives-search';
import { useMaterials } from '@/features/materials/api/get-materials';
import { useI18n, type TranslationKey } from '@/lib/i18n';
import { PageHeader } from '@/components/ui/page-header';

/** The coverage charts load after the page's own content: their code is a separate chunk. */
const CoverageOverview = lazy(() =>
  import('@/features/coverage/components/coverage-overview').then((m) => ({
    default: m.CoverageOverview,
  })),
);

const latestQuery = { ...defaultInitiativesQuery, sort: '-date', pageSize: 5 };

function Figure({
  value,
  label,
  to,
}: {
  value: number | undefined;
  label: TranslationKey;
  to: string;
}) {
  const { t, formatNumber } = useI18n();
  return (
    <li className="figure">
      <Link to={to} className="figure__link">
        <span className="figure__value">
          {value === undefined ? t('common.dash') : formatNumber(value)}
        </span>
        <span className="figure__label">{t(label)}</span>
      </Link>
    </li>
  );
}

export function OverviewRoute() {
  const { t } = useI18n();
  const latest = useInitiatives(latestQuery);
  const countries = useCountries();
  const materials = useMaterials();

  return (
    <>
      <PageHeader title={t('overview.title')} intro={t('overview.intro')} />

      <section className="figures" aria-label={t('overview.figures.heading')}>
        <ul className="figures__list">
          <Figure
            value={latest.data?.total}
            label="overview.figures.initiatives"
            to={paths.initiatives()}
          />
          <Figure
            value={countries.data?.items.length}
            label="overview.figures.countries"
            to={paths.countries()}
          />
          <Figure
            value={materials.data?.items.length}
            label="overview.figures.materials"
            to={paths.materials()}
          />
        </ul>
      </section>

      <Suspense fallback={<LoadingState label={t('chart.loading')} />}>
        <CoverageOverview />
      </Suspense>

      <Section
        title={t('overview.latest.heading')}
        aside={
          <Link to={paths.initiatives()} className="section__link">
            {t('overview.latest.viewAll')}
          </Link>
        }
      >
        {latest.isPending ? (
          <LoadingState label={t('initiatives.loading')} />
        ) : latest.isError ? (
          <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
        ) : (
          <LatestInitiatives items={latest.data.items} />
        )}
      </Section>
    </>
  );
}
