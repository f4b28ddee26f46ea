import type { DatePrecision } from '@tracker/shared';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (YYYY-MM-DD) as a UTC instant, so no time zone can shift it by a day. */
function parseIsoDate(value: string): Date | null {
  const match = isoDatePattern.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

const precisionOptions: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * Formats a calendar date only as precisely as the sources give it:
 * 'month' → "July 2023", 'year' → "2023", 'day' (or unstated) → "24 June 2025".
 * Returns null for a missing or malformed date so the caller shows "unknown".
 */
export function formatDateWithPrecision(
  value: string | null | undefined,
  precision: DatePrecision | null | undefined,
  locale: string,
): string | null {
  if (!value) return null;
  const date = parseIsoDate(value);
  if (!date) return null;
  return new Intl.DateTimeFormat(locale, {
    ...precisionOptions[precision ?? 'day'],
    timeZone: 'UTC',
  }).format(date);
}

/** A timestamp (ISO 8601 date-time) such as `updatedAt`, shown as a date in the reader's time zone. */
export function formatTimestamp(value: string, locale: string): string | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

export function formatNumber(
  value: number,
  locale: string,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** Joins items as a list in the locale: "Germany, Poland and Italy" / "Allemagne, Pologne et Italie". */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
