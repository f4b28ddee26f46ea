import { useI18n } from '@/lib/i18n';

/**
 * A moment with its time ("2 Dec 2026, 07:12"), for audit rows and versions where several changes
 * happen on one day; the browser's time zone, since the reader compares it with their own clock.
 */
export function useFormatDateTime(): (value: string) => string {
  const { locale } = useI18n();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (value) => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : format.format(date);
  };
}
