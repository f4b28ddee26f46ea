import { describe, expect, it } from 'vitest';
import { timelineFixture } from '../testing/fixtures';
import { testWording } from '../testing/wording';
import { buildTimeline, periodLabel } from './timeline-model';

describe('timeline of signings and joinings', () => {
  it('keeps every bucket (empty ones as zeros), oldest first, with readable period labels', () => {
    const model = buildTimeline(timelineFixture, testWording('en'));
    expect(model.rows.map((r) => [r.label, r.signed, r.joinings])).toEqual([
      ['Q2 2024', 1, 0],
      ['Q3 2024', 0, 0],
      ['Q4 2024', 0, 2],
      ['Q1 2025', 0, 0],
      ['Q2 2025', 3, 12],
    ]);
    expect(model.table.columns.map((c) => c.label)).toEqual([
      'Quarter',
      'Initiatives signed',
      'Countries joining',
    ]);
    expect(periodLabel('2025')).toBe('2025');
  });

  it('summarises the span, the busiest period and what has no date', () => {
    expect(buildTimeline(timelineFixture, testWording('en')).summary).toBe(
      'From Q2 2024 to Q2 2025: 4 initiatives dated and 14 dated joinings. The busiest period was Q2 2025, with 3 initiatives. Not shown for want of a date: 4 initiatives and 9 participations.',
    );
    const capped = { ...timelineFixture, earlier: { signed: 2, joinings: 5 } };
    expect(buildTimeline(capped, testWording('en')).summary).toContain(
      'Before Q2 2024, outside the periods drawn: 2 initiatives and 5 joinings.',
    );
    const empty = { ...timelineFixture, buckets: [], undated: { initiatives: 0, joinings: 0 } };
    expect(buildTimeline(empty, testWording('en')).summary).toBe(
      'No matched initiative has a known date.',
    );
  });
});
