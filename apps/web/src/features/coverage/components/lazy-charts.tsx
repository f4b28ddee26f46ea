import { lazy, Suspense, type ComponentProps } from 'react';
import { useT } from '@/lib/i18n';

/**
 * Recharts, d3-geo and the world atlas load on demand, in their own chunks: a page pays for
 * them only when it draws a chart, and the Overview's first load stays small.
 */
const CoverageBarsLazy = lazy(() => import('./charts/coverage-bars'));
const TimelineBarsLazy = lazy(() => import('./charts/timeline-bars'));
const ChoroplethLazy = lazy(() => import('./charts/choropleth'));

function ChartLoading() {
  const t = useT();
  return (
    <div className="state state--loading chart__loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('chart.loading')}
    </div>
  );
}

export function CoverageBars(props: ComponentProps<typeof CoverageBarsLazy>) {
  return (
    <Suspense fallback={<ChartLoading />}>
      <CoverageBarsLazy {...props} />
    </Suspense>
  );
}

export function TimelineBars(props: ComponentProps<typeof TimelineBarsLazy>) {
  return (
    <Suspense fallback={<ChartLoading />}>
      <TimelineBarsLazy {...props} />
    </Suspense>
  );
}

export function Choropleth(props: ComponentProps<typeof ChoroplethLazy>) {
  return (
    <Suspense fallback={<ChartLoading />}>
      <ChoroplethLazy {...props} />
    </Suspense>
  );
}
