import type { Milestone } from '@tracker/shared';
import { Badge } from '@/components/ui/badge';
import { Section } from '@/components/ui/section';
import { useI18n } from '@/lib/i18n';

/** The dated steps of an initiative (announced, LoI signed … ended), oldest first, with sources. */
export function StatusTimeline({ milestones }: { milestones: readonly Milestone[] }) {
  const { t, formatDate } = useI18n();
  if (milestones.length === 0) return null;
  const ordered = [...milestones].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return (
    <Section title={t('editor.timeline.heading')}>
      <ol className="status-timeline">
        {ordered.map((milestone) => (
          <li key={milestone.id} className="status-timeline__item">
            <time dateTime={milestone.occurredOn} className="status-timeline__date">
              {formatDate(milestone.occurredOn)}
            </time>{' '}
            <strong>{t(`editor.step.${milestone.step}`)}</strong>{' '}
            <Badge tone={milestone.binding ? 'success' : 'neutral'}>
              {milestone.binding ? t('editor.timeline.binding') : t('editor.timeline.notBinding')}
            </Badge>
            {milestone.note ? <p className="status-timeline__note">{milestone.note}</p> : null}
            {milestone.sourceUrl ? (
              <p className="status-timeline__source">
                <a href={milestone.sourceUrl} target="_blank" rel="noopener noreferrer">
                  {t('editor.timeline.source')}{' '}
                  <span className="visually-hidden">{t('common.opensInNewTab')}</span>
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}
