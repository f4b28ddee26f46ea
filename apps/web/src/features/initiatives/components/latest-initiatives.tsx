import type { InitiativeSummary } from '@tracker/shared';
import { Link } from 'react-router';
import { KindBadge, StatusBadge } from '@/components/ui/badge';
import { FormattedDate } from '@/components/ui/formatted-date';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';

export function LatestInitiatives({ items }: { items: InitiativeSummary[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="muted">{t('overview.latest.empty')}</p>;
  return (
    <ol className="latest">
      {items.map((initiative) => (
        <li key={initiative.id} className="latest__item">
          <p className="latest__date">
            <FormattedDate value={initiative.date} precision={initiative.datePrecision} />
          </p>
          <h3 className="latest__title">
            <Link to={paths.initiative(initiative.slug)}>{initiative.title}</Link>
          </h3>
          <p className="badges">
            <KindBadge kind={initiative.kind} />
            <StatusBadge status={initiative.status} />
            <span className="latest__meta">
              {t('initiative.participants.count', { count: initiative.participantCount })}
            </span>
          </p>
        </li>
      ))}
    </ol>
  );
}
