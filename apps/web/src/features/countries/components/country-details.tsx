import type { CountryDetail } from '@tracker/shared';
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
import { YesNo } from '@/components/ui/yes-no';
import { paths } from '@/config/paths';
import { useI18n, useT } from '@/lib/i18n';
import { CountryStatusBadge } from './country-status-badge';

type CountryInitiative = CountryDetail['initiatives'][number];

function InstrumentCell({ value }: { value: CountryInitiative['instrument'] }) {
  const t = useT();
  if (!value) return <span className="muted">{t('common.notStated')}</span>;
  return <>{t(`instrument.${value}`)}</>;
}

function RoleCell({ value }: { value: CountryInitiative['role'] }) {
  const t = useT();
  return value === 'lead' ? <Badge tone="info">{t('role.lead')}</Badge> : <>{t(`role.${value}`)}</>;
}

function LeftCell({ value }: { value: string | null }) {
  const t = useT();
  if (value) return <FormattedDate value={value} />;
  return (
    <span className="muted">
      <span aria-hidden="true">{t('common.dash')}</span>
      <span className="visually-hidden">{t('initiative.participants.stillIn')}</span>
    </span>
  );
}

const helper = createAppColumnHelper<CountryInitiative>();

const baseColumns = helper.columns([
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
    cell: ({ row }) => <RoleCell value={row.original.role} />,
  }),
  helper.accessor((row) => row.joinedOn ?? undefined, {
    id: 'joined',
    sortUndefined: 'last',
    header: () => <Msg k="country.initiatives.column.joined" />,
    cell: ({ row }) => <FormattedDate value={row.original.joinedOn} />,
  }),
]);

const leftColumn = helper.accessor((row) => row.leftOn ?? undefined, {
  id: 'left',
  sortUndefined: 'last',
  header: () => <Msg k="country.initiatives.column.left" />,
  cell: ({ row }) => <LeftCell value={row.original.leftOn} />,
});

const instrumentColumn = helper.accessor((row) => row.instrument ?? undefined, {
  id: 'instrument',
  sortUndefined: 'last',
  header: () => <Msg k="country.initiatives.column.instrument" />,
  cell: ({ row }) => <InstrumentCell value={row.original.instrument} />,
});

const columns = helper.columns([...baseColumns, instrumentColumn]);
const columnsWithLeft = helper.columns([...baseColumns, leftColumn, instrumentColumn]);

function CountryInitiativesTable({ country }: { country: CountryDetail }) {
  const t = useT();
  const anyLeft = country.initiatives.some((initiative) => initiative.leftOn !== null);
  const table = useAppTable({
    columns: anyLeft ? columnsWithLeft : columns,
    data: country.initiatives,
    getRowId: (row) => row.slug,
  });
  return (
    <DataTable table={table} caption={t('country.initiatives.caption', { name: country.name })} />
  );
}

export function CountryDetails({ country }: { country: CountryDetail }) {
  const { t, formatList } = useI18n();
  return (
    <article className="detail">
      <PageTitle title={country.name} />
      <Breadcrumb
        items={[{ to: paths.countries(), label: t('nav.countries') }]}
        current={country.name}
      />
      <header className="detail__header">
        <h1>
          {country.name} <span className="code code--large">{country.code}</span>
        </h1>
        <div className="badges">
          <CountryStatusBadge status={country.status} />
        </div>
      </header>

      <Section title={t('country.facts.heading')}>
        <dl className="facts facts--columns">
          <Fact label={t('country.facts.iso')}>
            <span className="code">{country.code}</span>{' '}
            <span className="code">{country.iso3}</span>
          </Fact>
          <Fact label={t('country.facts.status')}>{t(`countryStatus.${country.status}`)}</Fact>
          <Fact label={t('country.facts.natoSince')}>
            {country.natoMemberSince ? (
              <FormattedDate value={country.natoMemberSince} />
            ) : (
              <span className="muted">{t('countries.notNato')}</span>
            )}
          </Fact>
          <Fact label={t('country.facts.eu')}>
            <YesNo value={country.euMember} />
          </Fact>
          {country.region ? <Fact label={t('country.facts.region')}>{country.region}</Fact> : null}
          {country.aliases.length > 0 ? (
            <Fact label={t('country.facts.aliases')}>{formatList(country.aliases)}</Fact>
          ) : null}
        </dl>
      </Section>

      <Section
        title={t('country.initiatives.heading')}
        aside={
          <span className="section__meta">
            {t('initiatives.count', { count: country.initiatives.length })}
          </span>
        }
      >
        {country.initiatives.length > 0 ? (
          <CountryInitiativesTable country={country} />
        ) : (
          <p className="muted">{t('country.initiatives.none')}</p>
        )}
      </Section>

      <Section title={t('country.sources.heading')}>
        <SourcesList sources={country.sources} />
      </Section>
    </article>
  );
}
