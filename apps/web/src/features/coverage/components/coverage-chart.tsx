import type { MaterialCoverage } from '@tracker/shared';
import { useMemo } from 'react';
import { ChartFrame } from '@/components/chart/chart-frame';
import { ColourLegend } from '@/components/chart/colour-legend';
import { useI18n } from '@/lib/i18n';
import { buildCoverageChart } from '../utils/coverage-chart';
import type { CoverageMeasure } from '../utils/coverage-search';
import { CoverageBars } from './lazy-charts';

/** Countries (or Allies, or countries per activity) covered per material, as bars. */
export function CoverageChart({
  coverage,
  measure,
  title,
  subtitle,
  headingLevel,
}: {
  coverage: MaterialCoverage;
  measure: CoverageMeasure;
  title: string;
  subtitle: string;
  headingLevel?: 2 | 3;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const model = useMemo(
    () => buildCoverageChart(coverage, measure, i18n),
    [coverage, measure, i18n],
  );
  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      summary={model.summary}
      table={model.table}
      methodologyAnchor="coverage"
      headingLevel={headingLevel}
      legend={
        model.series.length > 1 ? (
          <ColourLegend
            title={t('coverage.bars.legend')}
            entries={model.series.map((s) => ({ key: s.key, colour: s.colour, label: s.label }))}
          />
        ) : null
      }
    >
      <CoverageBars
        rows={model.rows}
        series={model.series}
        label={title}
        valueAxisLabel={t(`coverage.bars.axis.${measure}`)}
      />
    </ChartFrame>
  );
}
