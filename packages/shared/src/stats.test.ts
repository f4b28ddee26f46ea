import { describe, expect, it } from 'vitest';
import {
  gapsQuerySchema,
  maxTimelineBuckets,
  statsQuerySchema,
  timelineQuerySchema,
  timelineSchema,
} from './stats';

const issues = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  (result.error?.issues ?? []) as { path: PropertyKey[]; message: string }[];

describe('statistics query schemas', () => {
  it('take the list filter model plus their own parameters', () => {
    expect(statsQuerySchema.parse({ list: 'nato', country: 'de,pl', asOf: '2025-06-24' })).toEqual(
      expect.objectContaining({ list: 'nato', country: ['DE', 'PL'], asOf: '2025-06-24' }),
    );
    expect(gapsQuerySchema.parse({ list: 'eu_critical' }).scope).toBe('allies');
    expect(timelineQuerySchema.parse({}).interval).toBeUndefined();
  });

  it('name the bad value and the allowed ones', () => {
    expect(issues(statsQuerySchema.safeParse({ list: 'warsaw' }))[0]?.message).toBe(
      'unknown list "warsaw": must be one of nato, eu_strategic, eu_critical',
    );
    expect(issues(timelineQuerySchema.safeParse({ interval: 'month' }))[0]?.message).toBe(
      'unknown interval "month": must be one of quarter, year',
    );
    const missing = issues(gapsQuerySchema.safeParse({}))[0];
    expect(missing?.path).toEqual(['list']);
    expect(missing?.message).toMatch(/^is required/);
  });

  it('keep the filter’s own checks (a range that ends before it starts)', () => {
    const result = gapsQuerySchema.safeParse({
      list: 'nato',
      from: '2025-06-01',
      to: '2025-01-01',
    });
    expect(issues(result).map((issue) => issue.path)).toEqual([['to']]);
  });

  it('refuse unknown parameters when strict, as the API reads them', () => {
    expect(statsQuerySchema.strict().safeParse({ interval: 'year' }).success).toBe(false);
  });
});

describe('timelineSchema', () => {
  it('never carries more buckets than a chart draws', () => {
    const bucket = {
      period: '2025',
      start: '2025-01-01',
      signed: 0,
      joinings: 0,
      signedByKind: {},
    };
    const body = (count: number) => ({
      interval: 'year',
      buckets: Array.from({ length: count }, () => bucket),
      earlier: { signed: 0, joinings: 0 },
      undated: { initiatives: 0, joinings: 0 },
      dataVersion: null,
    });
    expect(timelineSchema.safeParse(body(maxTimelineBuckets)).success).toBe(true);
    expect(timelineSchema.safeParse(body(maxTimelineBuckets + 1)).success).toBe(false);
  });
});
