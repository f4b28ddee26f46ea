import type { InitiativeDetail } from '@tracker/shared';
import { useId } from 'react';
import { Link } from 'react-router';
import { SourcesList } from '@/components/sources-list';
import { Badge, KindBadge, StatusBadge } from '@/components/ui/badge';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { FormattedDate } from '@/components/ui/formatted-date';
import { PageTitle } from '@/components/ui/page-title';
import { Fact, Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { ParticipantsTable } from './participants-table';
import { RelatedInitiatives } from './related-initiatives';

export function InitiativeDetails({ initiative }: { initiative: InitiativeDetail }) {
  const { t, formatNumber, formatTimestamp } = useI18n();
  const unconfirmedId = useId();
  const updated = formatTimestamp(initiative.updatedAt);

  return (
    <article className="detail">
      <PageTitle title={initiative.title} />
      <Breadcrumb
        items={[{ to: paths.initiatives(), label: t('nav.initiatives') }]}
        current={initiative.title}
      />

      <header className="detail__header">
        <h1>{initiative.title}</h1>
        <div className="badges">
          <KindBadge kind={initiative.kind} />
          <StatusBadge status={initiative.status} />
          {initiative.referenceCode ? (
            <span className="reference">
              {t('initiative.reference', { code: initiative.referenceCode })}
            </span>
          ) : null}
        </div>
      </header>

      {initiative.unconfirmed ? (
        <aside className="callout callout--unconfirmed" aria-labelledby={unconfirmedId}>
          <h2 id={unconfirmedId} className="callout__title">
            <span className="callout__icon" aria-hidden="true">
              ?
            </span>
            {t('initiative.unconfirmed.heading')}
          </h2>
          <p className="callout__intro">{t('initiative.unconfirmed.intro')}</p>
          <p className="callout__body">{initiative.unconfirmed}</p>
        </aside>
      ) : null}

      <div className="detail__grid">
        <Section title={t('initiative.facts.heading')}>
          <dl className="facts">
            <Fact label={t('initiative.facts.date')}>
              <FormattedDate value={initiative.date} precision={initiative.datePrecision} />
              {initiative.dateNote ? <p className="facts__note">{initiative.dateNote}</p> : null}
            </Fact>
            {initiative.announcedOn && initiative.announcedOn !== initiative.date ? (
              <Fact label={t('initiative.facts.announcedOn')}>
                <FormattedDate value={initiative.announcedOn} />
              </Fact>
            ) : null}
            {initiative.signedOn && initiative.signedOn !== initiative.date ? (
              <Fact label={t('initiative.facts.signedOn')}>
                <FormattedDate value={initiative.signedOn} />
              </Fact>
            ) : null}
            <Fact label={t('initiative.facts.event')}>
              {initiative.event ?? <span className="muted">{t('common.notStated')}</span>}
            </Fact>
            {initiative.action ? (
              <Fact label={t('initiative.facts.action')}>{initiative.action}</Fact>
            ) : null}
            <Fact label={t('initiative.facts.framework')}>
              {initiative.framework ?? <span className="muted">{t('common.notStated')}</span>}
            </Fact>
            <Fact label={t('initiative.facts.leadCountry')}>
              {initiative.leadCountry ? (
                <Link to={paths.country(initiative.leadCountry.code)}>
                  {initiative.leadCountry.name}
                </Link>
              ) : (
                <Badge tone="warning">{t('initiative.facts.leadNotConfirmed')}</Badge>
              )}
            </Fact>
            {initiative.budgetEur !== null ? (
              <Fact label={t('initiative.facts.budget')}>
                {formatNumber(initiative.budgetEur, {
                  style: 'currency',
                  currency: 'EUR',
                  maximumFractionDigits: 0,
                })}
              </Fact>
            ) : null}
            {updated ? <Fact label={t('initiative.facts.updated')}>{updated}</Fact> : null}
          </dl>
        </Section>

        <Section title={t('initiative.summary.heading')}>
          {initiative.summary ? (
            <p className="prose prose--paragraphs">{initiative.summary}</p>
          ) : (
            <p className="muted">{t('initiative.summary.none')}</p>
          )}
        </Section>
      </div>

      <Section
        title={t('initiative.participants.heading')}
        aside={
          <span className="section__meta">
            {t('initiative.participants.count', { count: initiative.participantCount })}
          </span>
        }
      >
        {initiative.participantsNote ? (
          <p className="section__note">{initiative.participantsNote}</p>
        ) : null}
        {initiative.participants.length > 0 ? (
          <ParticipantsTable participants={initiative.participants} />
        ) : (
          <p className="muted">{t('initiative.participants.none')}</p>
        )}
      </Section>

      <Section title={t('initiative.materials.heading')}>
        {initiative.materials.length > 0 ? (
          <ul className="cards">
            {initiative.materials.map((material) => (
              <li key={material.id} className="card">
                <h3 className="card__title">
                  <Link to={paths.material(material.id)}>{material.name}</Link>
                  {material.symbol ? <span className="symbol">{material.symbol}</span> : null}
                </h3>
                <p className="card__label">{t('initiative.materials.activities')}</p>
                {material.activities.length > 0 ? (
                  <ul className="tags">
                    {material.activities.map((activity) => (
                      <li key={activity} className="tag">
                        {t(`activity.${activity}`)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">{t('initiative.materials.noActivities')}</p>
                )}
                {material.notes ? <p className="card__notes">{material.notes}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('initiative.materials.none')}</p>
        )}
      </Section>

      {initiative.related.length > 0 ? (
        <Section title={t('initiative.related.heading')}>
          <RelatedInitiatives related={initiative.related} />
        </Section>
      ) : null}

      <Section title={t('initiative.sources.heading')}>
        <SourcesList sources={initiative.sources} />
      </Section>
    </article>
  );
}
