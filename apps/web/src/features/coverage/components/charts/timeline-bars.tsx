import { useRef } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColours } from '@/components/chart/palette';
import { useElementWidth } from '@/components/chart/use-element-width';
import type { TimelineRow } from '../../utils/timeline-model';

const axisColour = '#505a69';

/**
 * Initiatives signed (bars) and countries joining (line with square markers, so the two series
 * differ by shape as well as colour) per period.
 */
export default function TimelineBars({
  rows,
  label,
  signedLabel,
  joiningsLabel,
}: {
  rows: TimelineRow[];
  label: string;
  signedLabel: string;
  joiningsLabel: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container);
  return (
    <div ref={container} className="chart__canvas">
      <ComposedChart
        width={width}
        height={320}
        data={rows}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        accessibilityLayer
        title={label}
      >
        <CartesianGrid vertical={false} stroke="#d3d8e0" />
        <XAxis
          dataKey="label"
          stroke={axisColour}
          tick={{ fill: axisColour, fontSize: 12 }}
          minTickGap={12}
        />
        <YAxis
          allowDecimals={false}
          stroke={axisColour}
          tick={{ fill: axisColour, fontSize: 12 }}
        />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        <Bar
          dataKey="signed"
          name={signedLabel}
          fill={seriesColours.primary}
          isAnimationActive={false}
        />
        <Line
          dataKey="joinings"
          name={joiningsLabel}
          stroke={seriesColours.secondary}
          strokeWidth={2}
          dot={{ r: 3, fill: seriesColours.secondary, strokeWidth: 0 }}
          legendType="square"
          isAnimationActive={false}
        />
      </ComposedChart>
    </div>
  );
}
