import type { DatePrecision } from '@tracker/shared';
import { useI18n } from '@/lib/i18n';

/**
 * A calendar date at the precision the sources give; "Unknown" (visibly, never a guess)
 * when the date is missing.
 */
export function FormattedDate({
  value,
  precision,
}: {
  value: string | null | undefined;
  precision?: DatePrecision | null;
}) {
  const { t, formatDate } = useI18n();
  const text = formatDate(value, precision);
  if (!value || text === null) return <span className="unknown">{t('common.unknown')}</span>;
  return (
    <time
      dateTime={
        precision === 'year' ? value.slice(0, 4) : precision === 'month' ? value.slice(0, 7) : value
      }
    >
      {text}
    </time>
  );
}
