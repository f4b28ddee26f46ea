import { describe, expect, it } from 'vitest';
import { formatDateWithPrecision } from './format';
import { intlLocales } from './languages';

const en = intlLocales.en;
const fr = intlLocales.fr;

describe('formatDateWithPrecision', () => {
  it('shows a day-precision date in full', () => {
    expect(formatDateWithPrecision('2025-06-24', 'day', en)).toBe('24 June 2025');
    expect(formatDateWithPrecision('2025-06-24', 'day', fr)).toBe('24 juin 2025');
  });

  it('shows only month and year for month precision', () => {
    expect(formatDateWithPrecision('2023-07-01', 'month', en)).toBe('July 2023');
    expect(formatDateWithPrecision('2023-07-01', 'month', fr)).toBe('juillet 2023');
  });

  it('shows only the year for year precision', () => {
    expect(formatDateWithPrecision('2024-01-01', 'year', en)).toBe('2024');
    expect(formatDateWithPrecision('2024-01-01', 'year', fr)).toBe('2024');
  });

  it('treats an unstated precision as a full date', () => {
    expect(formatDateWithPrecision('2024-12-11', null, en)).toBe('11 December 2024');
  });

  it('never shifts a date across a time-zone boundary', () => {
    // Midnight UTC on 1 January is still 31 December west of Greenwich.
    expect(formatDateWithPrecision('2024-01-01', 'day', en)).toBe('1 January 2024');
    expect(formatDateWithPrecision('2024-01-01', 'month', fr)).toBe('janvier 2024');
  });

  it('returns null for a missing or malformed date, so the caller can say "unknown"', () => {
    expect(formatDateWithPrecision(null, 'day', en)).toBeNull();
    expect(formatDateWithPrecision(undefined, 'month', en)).toBeNull();
    expect(formatDateWithPrecision('June 2025', 'month', en)).toBeNull();
  });
});
