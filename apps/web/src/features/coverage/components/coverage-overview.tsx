import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { useCoverageTimeline } from '../api/get-coverage-timeline';
import { useMaterialCoverage } from '../api/get-material-coverage';
import { initiativeFilterSchema } from '@tracker/shared';
import { describeFilters, listLabel } from '../utils/wording';
import { CoverageChart } from './coverage-chart';
import { CoverageTimeline } from './coverage-timeline';

const noFilter = initiativeFilterSchema.parse({});

/** The Overview's charts: NATO-list coverage and the timeline, each linking to its full view. */
export function CoverageOverview() {
  const i18n = useI18n();
  const { t } = i18n;
  const coverage = useMaterialCoverage({ filter: noFilter, list: 'nato' });
  const timeline = useCoverageTimeline({ filter: noFilter, interval: null });
  const filters = describeFilters(noFilter, i18n);

  return (
    <div className="coverage-overview">
      <div className="coverage-overview__item">
        {coverage.isPending ? (
          <LoadingState label={t('coverage.loading')} />
        ) : coverage.isError ? (
          <ErrorState error={coverage.error} onRetry={() => void coverage.refetch()} />
        ) : (
          <CoverageChart
            coverage={coverage.data}
            measure="allies"
            title={t('coverage.bars.title.allies')}
            subtitle={t('coverage.bars.subtitle.allies', {
              list: listLabel('nato', i18n),
              filters,
            })}
          />
        )}
        <p>
          <Link to={`${paths.materials()}?list=nato`}>{t('coverage.overview.more')}</Link>
        </p>
      </div>
      <div className="coverage-overview__item">
        {timeline.isPending ? (
          <LoadingState label={t('coverage.loading')} />
        ) : timeline.isError ? (
          <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
        ) : (
          <CoverageTimeline
            timeline={timeline.data}
            title={t('coverage.timeline.title')}
            subtitle={t('coverage.timeline.subtitle', {
              interval: t(`coverage.interval.${timeline.data.interval}`),
              filters,
            })}
          />
        )}
        <p>
          <Link to={`${paths.materials()}?view=timeline`}>{t('coverage.overview.timeline')}</Link>
        </p>
      </div>
    </div>
  );
}
