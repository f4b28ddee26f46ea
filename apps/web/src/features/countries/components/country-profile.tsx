import type { CountryProfile, ProfileInitiative } from '@tracker/shared';
import { Link } from 'react-router';
import { DataTable } from '@/components/data-table/data-table';
import { createAppColumnHelper, useAppTable } from '@/components/data-table/data-table-hook';
import { SourcesList } from '@/components/sources-list';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Msg } from '@/components/ui/msg';
import { PageTitle } from '@/components/ui/page-title';
import { Fact, Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { useI18n, useT } from '@/lib/i18n';
import { CountryStatusBadge } from './country-status-badge';

const helper = createAppColumnHelper<ProfileInitiative>();

const columns = helper.columns([
  helper.accessor('title', {
    id: 'title',
    header: () => <Msg k="country.initiatives.column.title" />,
    cell: ({ row }) => (
      <span className="title-cell">
        <Link to={paths.initiative(row.original.slug)}>{row.original.title}</Link>
        <span className="title-cell__date">
          <FormattedDate value={row.original.date} precision={row.original.datePrecision} />
        </span>
      </span>
    ),
    meta: { rowHeader: true },
  }),
  helper.accessor('status', {
    id: 'status',
    header: () => <Msg k="country.initiatives.column.status" />,
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  }),
  helper.accessor('role', {
    id: 'role',
    header: () => <Msg k="country.initiatives.column.role" />,
    cell: ({ row }) =>
      row.original.role === 'lead' ? (
        <Badge tone="info">
          <Msg k="role.lead" />
        </Badge>
      ) : (
        <Msg k={`role.${row.original.role}`} />
      ),
  }),
  helper.accessor((row) => row.joinedOn ?? undefined, {
    id: 'joined',
    sortUndefined: 'last',
    header: () => <Msg k="country.initiatives.column.joined" />,
    cell: ({ row }) =>
      row.original.joinedOn ? (
        <FormattedDate value={row.original.joinedOn} />
      ) : (
        <span className="unknown">
          <Msg k="profile.dateUnknown" />
        </span>
      ),
  }),
  helper.accessor((row) => row.instrument ?? undefined, {
    id: 'instrument',
    sortUndefined: 'last',
    header: () => <Msg k="country.initiatives.column.instrument" />,
    cell: ({ row }) =>
      row.original.instrument ? (
        <Msg k={`instrument.${row.original.instrument}`} />
      ) : (
        <span className="muted">
          <Msg k="common.notStated" />
        </span>
      ),
  }),
]);

function InitiativesTable({ profile }: { profile: CountryProfile }) {
  const t = useT();
  const table = useAppTable({
    columns,
    data: profile.initiatives,
    getRowId: (row) => row.slug,
  });
  return (
    <DataTable table={table} caption={t('country.initiatives.caption', { name: profile.name })} />
  );
}

function MaterialsCovered({ profile }: { profile: CountryProfile }) {
  const { t, formatList } = useI18n();
  if (profile.materials.length === 0) return <p className="muted">{t('profile.materials.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">
          {t('profile.materials.caption', { name: profile.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('profile.materials.column.material')}</th>
            <th scope="col">{t('profile.materials.column.activities')}</th>
            <th scope="col">{t('profile.materials.column.initiatives')}</th>
          </tr>
        </thead>
        <tbody>
          {profile.materials.map((material) => (
            <tr key={material.id}>
              <th scope="row">
                <Link to={paths.material(material.id)}>{material.name}</Link>
                {material.symbol ? (
                  <>
                    {' '}
                    <span className="code">{material.symbol}</span>
                  </>
                ) : null}
              </th>
              <td>
                {material.activities.length > 0 ? (
                  formatList(material.activities.map((a) => t(`activity.${a}`)))
                ) : (
                  <span className="muted">{t('common.notStated')}</span>
                )}
              </td>
              <td>
                <ul className="inline-list">
                  {material.initiatives.map((i) => (
                    <li key={i.slug}>
                      <Link to={paths.initiative(i.slug)}>{i.title}</Link>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Partners({ profile }: { profile: CountryProfile }) {
  const { t, formatNumber } = useI18n();
  if (profile.partners.length === 0) return <p className="muted">{t('profile.partners.none')}</p>;
  const most = Math.max(...profile.partners.map((p) => p.sharedCount));
  return (
    <ol className="partners">
      {profile.partners.map((partner) => (
        <li key={partner.code} className="partners__item">
          <Link to={paths.country(partner.code)} className="partners__name">
            {partner.name}
          </Link>
          <span className="partners__bar" aria-hidden="true">
            <span style={{ width: `${(partner.sharedCount / most) * 100}%` }} />
          </span>
          <span
            className="partners__count"
            title={partner.initiatives.map((i) => i.title).join('\n')}
          >
            {t('profile.partners.shared', {
              count: partner.sharedCount,
              formatted: formatNumber(partner.sharedCount),
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}

function Timeline({ profile }: { profile: CountryProfile }) {
  const { t } = useI18n();
  const { dated, unknown } = profile.timeline;
  if (dated.length + unknown.length === 0)
    return <p className="muted">{t('country.initiatives.none')}</p>;
  return (
    <ol className="timeline">
      {dated.map((entry) => (
        <li key={entry.date} className="timeline__entry">
          <span className="timeline__date">
            <FormattedDate value={entry.date} />
          </span>
          <ul className="timeline__items">
            {entry.initiatives.map((i) => (
              <li key={i.slug}>
                <Link to={paths.initiative(i.slug)}>{i.title}</Link>{' '}
                <span className="muted">({t(`role.${i.role}`)})</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
      {unknown.length > 0 ? (
        <li className="timeline__entry timeline__entry--unknown">
          <span className="timeline__date unknown">{t('profile.dateUnknown')}</span>
          <ul className="timeline__items">
            {unknown.map((i) => (
              <li key={i.slug}>
                <Link to={paths.initiative(i.slug)}>{i.title}</Link>{' '}
                <span className="muted">({t(`role.${i.role}`)})</span>
              </li>
            ))}
          </ul>
        </li>
      ) : null}
    </ol>
  );
}

/** A country's profile, laid out so that printing it gives a dated, sourced brief. */
export function CountryProfileView({ profile }: { profile: CountryProfile }) {
  const { t, formatList, formatDate } = useI18n();
  const generated = formatDate(profile.generatedAt.slice(0, 10), 'day') ?? profile.generatedAt;
  const dataVersion = profile.dataVersion
    ? `${formatDate(profile.dataVersion.slice(0, 10), 'day') ?? ''} (${profile.dataVersion})`
    : t('profile.noData');
  return (
    <article className="detail profile">
      <PageTitle title={profile.name} />
      <Breadcrumb
        items={[{ to: paths.countries(), label: t('nav.countries') }]}
        current={profile.name}
      />
      <header className="detail__header profile__header">
        <p className="profile__kicker">{t('profile.kicker')}</p>
        <h1>
          {profile.name} <span className="code code--large">{profile.code}</span>
        </h1>
        <div className="badges">
          <CountryStatusBadge status={profile.status} />
          {profile.euMember ? <Badge tone="accent">{t('profile.badge.eu')}</Badge> : null}
        </div>
        <p className="profile__dateline">
          {profile.asOf
            ? t('profile.dateline.asOf', {
                asOf: formatDate(profile.asOf, 'day') ?? profile.asOf,
                generated,
                version: dataVersion,
              })
            : t('profile.dateline', { generated, version: dataVersion })}
        </p>
        <p className="profile__actions no-print">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('profile.print')}
          </button>
        </p>
      </header>

      <Section title={t('country.facts.heading')}>
        <dl className="facts facts--columns">
          <Fact label={t('country.facts.iso')}>
            <span className="code">{profile.code}</span>{' '}
            <span className="code">{profile.iso3}</span>
          </Fact>
          <Fact label={t('country.facts.status')}>{t(`countryStatus.${profile.status}`)}</Fact>
          <Fact label={t('country.facts.natoSince')}>
            {profile.natoMemberSince ? (
              <FormattedDate value={profile.natoMemberSince} />
            ) : (
              <span className="muted">{t('countries.notNato')}</span>
            )}
          </Fact>
          <Fact label={t('country.facts.eu')}>
            {profile.euMember
              ? profile.euMemberSince
                ? t('profile.euSince', { date: formatDate(profile.euMemberSince, 'day') ?? '' })
                : t('common.yes')
              : profile.euCandidate
                ? t('profile.euCandidate')
                : t('common.no')}
          </Fact>
          {profile.region ? <Fact label={t('country.facts.region')}>{profile.region}</Fact> : null}
          {profile.aliases.length > 0 ? (
            <Fact label={t('country.facts.aliases')}>{formatList(profile.aliases)}</Fact>
          ) : null}
        </dl>
      </Section>

      <Section
        title={t('country.initiatives.heading')}
        aside={
          <span className="section__meta">
            {t('initiatives.count', { count: profile.initiatives.length })}
          </span>
        }
      >
        {profile.initiatives.length > 0 ? (
          <InitiativesTable profile={profile} />
        ) : (
          <p className="muted">{t('country.initiatives.none')}</p>
        )}
      </Section>

      <Section title={t('profile.materials.heading')}>
        <MaterialsCovered profile={profile} />
      </Section>

      <div className="profile__pair">
        <Section title={t('profile.partners.heading')}>
          <p className="section__note">{t('profile.partners.note')}</p>
          <Partners profile={profile} />
        </Section>
        <Section title={t('profile.timeline.heading')}>
          <Timeline profile={profile} />
        </Section>
      </div>

      <Section title={t('country.sources.heading')}>
        <SourcesList sources={profile.sources} />
      </Section>
      <Section title={t('profile.initiativeSources.heading')}>
        <SourcesList sources={profile.initiativeSources} />
      </Section>
    </article>
  );
}
