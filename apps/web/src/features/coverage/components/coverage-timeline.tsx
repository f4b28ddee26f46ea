import type { Timeline } from '@tracker/shared';
import { useMemo } from 'react';
import { ChartFrame } from '@/components/chart/chart-frame';
import { useI18n } from '@/lib/i18n';
import { buildTimeline } from '../utils/timeline-model';
import { TimelineBars } from './lazy-charts';

export function CoverageTimeline({
  timeline,
  title,
  subtitle,
  headingLevel,
}: {
  timeline: Timeline;
  title: string;
  subtitle: string;
  headingLevel?: 2 | 3;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const model = useMemo(() => buildTimeline(timeline, i18n), [timeline, i18n]);
  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      summary={model.summary}
      table={model.table}
      methodologyAnchor="as-of"
      headingLevel={headingLevel}
    >
      <TimelineBars
        rows={model.rows}
        label={title}
        signedLabel={t('coverage.timeline.signed')}
        joiningsLabel={t('coverage.timeline.joinings')}
      />
      {model.rows[0] && (model.earlier.signed > 0 || model.earlier.joinings > 0) ? (
        <p className="muted chart__note">
          {t('coverage.timeline.summary.earlier', {
            from: model.rows[0].label,
            signed: model.earlier.signed,
            joinings: model.earlier.joinings,
          })}
        </p>
      ) : null}
      {model.undated.initiatives > 0 || model.undated.joinings > 0 ? (
        <p className="muted chart__note">
          {t('coverage.timeline.undated', {
            initiatives: model.undated.initiatives,
            joinings: model.undated.joinings,
          })}
        </p>
      ) : null}
    </ChartFrame>
  );
}
