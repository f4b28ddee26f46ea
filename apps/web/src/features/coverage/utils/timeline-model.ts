import type { Timeline, TimelineInterval } from '@tracker/shared';
import type { ChartTable } from '@/components/chart/chart-table';
import type { Wording } from './wording';

export type TimelineRow = { period: string; label: string; signed: number; joinings: number };

export type TimelineModel = {
  interval: TimelineInterval;
  rows: TimelineRow[];
  undated: Timeline['undated'];
  /** Dated events before the first bucket (only when the span exceeds the API's 600 buckets). */
  earlier: Timeline['earlier'];
  table: ChartTable;
  summary: string;
};

/** '2025-Q2' → "Q2 2025"; '2025' stays. */
export function periodLabel(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `Q${quarter[2]} ${quarter[1]}` : period;
}

/**
 * Signings and joinings per period, oldest first, as the API buckets them (it caps the number of
 * buckets, so the chart never draws more than 600 points per series).
 */
export function buildTimeline(timeline: Timeline, wording: Wording): TimelineModel {
  const { t } = wording;
  const rows = timeline.buckets.map((bucket): TimelineRow => ({
    period: bucket.period,
    label: periodLabel(bucket.period),
    signed: bucket.signed,
    joinings: bucket.joinings,
  }));
  const table: ChartTable = {
    columns: [
      { key: 'label', label: t(`coverage.timeline.column.${timeline.interval}`) },
      { key: 'signed', label: t('coverage.timeline.signed'), numeric: true },
      { key: 'joinings', label: t('coverage.timeline.joinings'), numeric: true },
    ],
    rows: rows.map(({ label, signed, joinings }) => ({ label, signed, joinings })),
  };

  const signed = rows.reduce((sum, row) => sum + row.signed, 0);
  const joinings = rows.reduce((sum, row) => sum + row.joinings, 0);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const busiest = [...rows].sort((a, b) => b.signed - a.signed)[0];
  const parts: string[] = [];
  if (!first || !last || (signed === 0 && joinings === 0)) {
    parts.push(t('coverage.timeline.summary.none'));
  } else {
    parts.push(
      t('coverage.timeline.summary', {
        from: first.label,
        to: last.label,
        signed,
        joinings,
      }),
    );
    if (busiest && busiest.signed > 0)
      parts.push(
        t('coverage.timeline.summary.busiest', { period: busiest.label, count: busiest.signed }),
      );
  }
  if (first && (timeline.earlier.signed > 0 || timeline.earlier.joinings > 0))
    parts.push(
      t('coverage.timeline.summary.earlier', {
        from: first.label,
        signed: timeline.earlier.signed,
        joinings: timeline.earlier.joinings,
      }),
    );
  if (timeline.undated.initiatives > 0 || timeline.undated.joinings > 0)
    parts.push(
      t('coverage.timeline.summary.undated', {
        initiatives: timeline.undated.initiatives,
        joinings: timeline.undated.joinings,
      }),
    );
  return {
    interval: timeline.interval,
    rows,
    undated: timeline.undated,
    earlier: timeline.earlier,
    table,
    summary: parts.join(' '),
  };
}
