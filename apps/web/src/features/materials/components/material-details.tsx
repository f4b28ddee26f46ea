import type { MaterialDetail } from '@tracker/shared';
import { Link } from 'react-router';
import { DataTable } from '@/components/data-table/data-table';
import { createAppColumnHelper, useAppTable } from '@/components/data-table/data-table-hook';
import { SourcesList } from '@/components/sources-list';
import { StatusBadge } from '@/components/ui/badge';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Msg } from '@/components/ui/msg';
import { PageTitle } from '@/components/ui/page-title';
import { Fact, Section } from '@/components/ui/section';
import { YesNo } from '@/components/ui/yes-no';
import { paths } from '@/config/paths';
import { useI18n, useT } from '@/lib/i18n';
import { EuCritical, EuStrategic } from './eu-status';

type MaterialInitiative = MaterialDetail['initiatives'][number];

function ActivitiesCell({ initiative }: { initiative: MaterialInitiative }) {
  const t = useT();
  if (initiative.activities.length === 0)
    return <span className="muted">{t('common.notStated')}</span>;
  return (
    <ul className="tags">
      {initiative.activities.map((activity) => (
        <li key={activity} className="tag">
          {t(`activity.${activity}`)}
        </li>
      ))}
    </ul>
  );
}

function CountCell({ value }: { value: number }) {
  const { formatNumber } = useI18n();
  return <>{formatNumber(value)}</>;
}

const helper = createAppColumnHelper<MaterialInitiative>();

const columns = helper.columns([
  helper.accessor('title', {
    id: 'title',
    header: () => <Msg k="material.initiatives.column.title" />,
    cell: ({ row }) => <Link to={paths.initiative(row.original.slug)}>{row.original.title}</Link>,
    meta: { rowHeader: true },
  }),
  helper.accessor((row) => row.date ?? undefined, {
    id: 'date',
    sortUndefined: 'last',
    sortDescFirst: true,
    header: () => <Msg k="material.initiatives.column.date" />,
    cell: ({ row }) => (
      <FormattedDate value={row.original.date} precision={row.original.datePrecision} />
    ),
  }),
  helper.accessor('status', {
    id: 'status',
    header: () => <Msg k="material.initiatives.column.status" />,
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
  }),
  helper.accessor((row) => row.activities.length, {
    id: 'activities',
    enableSorting: false,
    header: () => <Msg k="material.initiatives.column.activities" />,
    cell: ({ row }) => <ActivitiesCell initiative={row.original} />,
  }),
  helper.accessor('participantCount', {
    id: 'participants',
    sortDescFirst: true,
    header: () => <Msg k="material.initiatives.column.participants" />,
    cell: ({ row }) => <CountCell value={row.original.participantCount} />,
    meta: { numeric: true },
  }),
]);

function MaterialInitiativesTable({ material }: { material: MaterialDetail }) {
  const t = useT();
  const table = useAppTable({ columns, data: material.initiatives, getRowId: (row) => row.slug });
  return (
    <DataTable table={table} caption={t('material.initiatives.caption', { name: material.name })} />
  );
}

export function MaterialDetails({ material }: { material: MaterialDetail }) {
  const { t, formatList } = useI18n();
  return (
    <article className="detail">
      <PageTitle title={material.name} />
      <Breadcrumb
        items={[{ to: paths.materials(), label: t('nav.materials') }]}
        current={material.name}
      />
      <header className="detail__header">
        <h1>
          {material.name}{' '}
          {material.symbol ? <span className="symbol symbol--large">{material.symbol}</span> : null}
        </h1>
      </header>

      <div className="detail__grid">
        <Section title={t('material.facts.heading')}>
          <dl className="facts">
            {material.symbol ? (
              <Fact label={t('material.facts.symbol')}>{material.symbol}</Fact>
            ) : null}
            <Fact label={t('material.facts.nato')}>
              <YesNo value={material.natoCritical} />
            </Fact>
            <Fact label={t('material.facts.euCritical')}>
              <EuCritical material={material} />
            </Fact>
            <Fact label={t('material.facts.euStrategic')}>
              <EuStrategic material={material} />
            </Fact>
            {material.aliases.length > 0 ? (
              <Fact label={t('material.facts.aliases')}>{formatList(material.aliases)}</Fact>
            ) : null}
          </dl>
        </Section>
        <div>
          <Section title={t('material.defenceUses.heading')}>
            {material.defenceUses ? (
              <p className="prose">{material.defenceUses}</p>
            ) : (
              <p className="muted">{t('common.notStated')}</p>
            )}
          </Section>
          {material.notes ? (
            <Section title={t('material.notes.heading')}>
              <p className="prose">{material.notes}</p>
            </Section>
          ) : null}
        </div>
      </div>

      <Section
        title={t('material.initiatives.heading')}
        aside={
          <span className="section__meta">
            {t('initiatives.count', { count: material.initiatives.length })}
          </span>
        }
      >
        {material.initiatives.length > 0 ? (
          <MaterialInitiativesTable material={material} />
        ) : (
          <p className="muted">{t('material.initiatives.none')}</p>
        )}
      </Section>

      <Section title={t('material.sources.heading')}>
        <SourcesList sources={material.sources} />
      </Section>
    </article>
  );
}
