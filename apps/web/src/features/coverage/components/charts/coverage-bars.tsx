import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '@/components/chart/use-element-width';
import type { CoverageBarRow, CoverageSeries } from '../../utils/coverage-chart';

const rowHeight = 30;
const axisColour = '#505a69';
const gridColour = '#d3d8e0';

/**
 * Horizontal bars, one per material, stacked when there are several series. Every bar carries
 * its value as a label, so a listed material with no coverage shows an explicit "0".
 * Recharts' accessibility layer makes the chart focusable: arrow keys step through the bars.
 */
export default function CoverageBars({
  rows,
  series,
  label,
  valueAxisLabel,
}: {
  rows: CoverageBarRow[];
  series: CoverageSeries[];
  /** The chart's accessible name (its title). */
  label: string;
  valueAxisLabel: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container);
  const height = rows.length * rowHeight + 64;
  return (
    <div ref={container} className="chart__canvas">
      <BarChart
        layout="vertical"
        width={width}
        height={height}
        data={rows}
        margin={{ top: 8, right: 48, bottom: 24, left: 8 }}
        accessibilityLayer
        title={label}
        barCategoryGap="22%"
      >
        <CartesianGrid horizontal={false} stroke={gridColour} />
        <XAxis
          type="number"
          allowDecimals={false}
          stroke={axisColour}
          tick={{ fill: axisColour, fontSize: 12 }}
          label={{
            value: valueAxisLabel,
            position: 'insideBottom',
            offset: -16,
            fill: axisColour,
            fontSize: 12,
          }}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={170}
          stroke={axisColour}
          tick={{ fill: '#1a1f29', fontSize: 13 }}
          interval={0}
        />
        <Tooltip cursor={{ fill: 'rgb(11 37 69 / 8%)' }} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="coverage"
            fill={s.colour}
            stroke="#ffffff"
            strokeWidth={series.length > 1 ? 1 : 0}
            isAnimationActive={false}
          />
        ))}
        {/* A 1-pixel transparent end cap carries each bar's total, so a zero still gets its "0". */}
        <Bar
          dataKey={() => 0}
          stackId="coverage"
          fill="transparent"
          minPointSize={1}
          tooltipType="none"
          legendType="none"
          isAnimationActive={false}
        >
          <LabelList dataKey="value" position="right" fill="#1a1f29" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
