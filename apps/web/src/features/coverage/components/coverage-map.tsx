import type { CountryStats, CountryStatsItem } from '@tracker/shared';
import { useCallback, useMemo } from 'react';
import { ChartFrame } from '@/components/chart/chart-frame';
import { ColourLegend } from '@/components/chart/colour-legend';
import { useI18n } from '@/lib/i18n';
import { buildMapModel } from '../utils/map-model';
import { Choropleth } from './lazy-charts';

/** Participation on a world map, with the same numbers as a table (the fallback) on request. */
export function CoverageMap({
  stats,
  title,
  subtitle,
  headingLevel,
}: {
  stats: CountryStats;
  title: string;
  subtitle: string;
  headingLevel?: 2 | 3;
}) {
  const i18n = useI18n();
  const { t, formatList } = i18n;
  const model = useMemo(() => buildMapModel(stats, i18n), [stats, i18n]);
  const describe = useCallback(
    (item: CountryStatsItem) =>
      t('coverage.map.country', {
        country: item.country.name,
        count: item.initiatives,
        leads: item.leads,
        materials: item.materials,
      }),
    [t],
  );
  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      summary={model.summary}
      table={model.table}
      methodologyAnchor="participation"
      headingLevel={headingLevel}
      legend={
        <ColourLegend
          title={t('coverage.map.legend')}
          entries={[
            ...model.bins.map((bin) => ({
              key: String(bin.step),
              colour: bin.colour,
              label:
                bin.step === 0
                  ? t('coverage.legend.none')
                  : bin.from === bin.to
                    ? String(bin.from)
                    : t('coverage.legend.range', { from: bin.from, to: bin.to }),
            })),
            { key: 'no-data', colour: '#ECEFF3', label: t('coverage.map.notTracked') },
          ]}
        />
      }
    >
      <p className="muted chart__hint">{t('coverage.map.hint')}</p>
      <Choropleth model={model} label={title} describe={describe} />
      {model.unplaced.length > 0 ? (
        <p className="muted chart__note">
          {t('coverage.map.unplaced', {
            names: formatList(model.unplaced.map((item) => item.country.name)),
          })}
        </p>
      ) : null}
    </ChartFrame>
  );
}
