import type { Participation } from '@tracker/shared';
import { Link } from 'react-router';
import { DataTable } from '@/components/data-table/data-table';
import { createAppColumnHelper, useAppTable } from '@/components/data-table/data-table-hook';
import { Badge } from '@/components/ui/badge';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Msg } from '@/components/ui/msg';
import { paths } from '@/config/paths';
import { useI18n, useT } from '@/lib/i18n';

function CountryStatusCell({ participation }: { participation: Participation }) {
  const t = useT();
  const { status, natoMemberSince, euMember } = participation.country;
  return (
    <span className="badges">
      <Badge
        tone={status === 'nato_ally' ? 'nato' : status === 'partner' ? 'partner' : 'neutral'}
        title={
          natoMemberSince
            ? t('initiative.participants.natoSince', { year: natoMemberSince.slice(0, 4) })
            : undefined
        }
      >
        {t(`countryStatus.${status}`)}
      </Badge>
      {euMember ? <Badge tone="neutral">{t('initiative.participants.eu')}</Badge> : null}
    </span>
  );
}

function RoleCell({ participation }: { participation: Participation }) {
  const t = useT();
  return participation.role === 'lead' ? (
    <Badge tone="info">{t('role.lead')}</Badge>
  ) : (
    <>{t(`role.${participation.role}`)}</>
  );
}

function LeftCell({ participation }: { participation: Participation }) {
  const t = useT();
  if (participation.leftOn) return <FormattedDate value={participation.leftOn} />;
  return (
    <span className="muted">
      <span aria-hidden="true">{t('common.dash')}</span>
      <span className="visually-hidden">{t('initiative.participants.stillIn')}</span>
    </span>
  );
}

function InstrumentCell({ participation }: { participation: Participation }) {
  const t = useT();
  if (!participation.instrument) return <span className="muted">{t('common.notStated')}</span>;
  return <>{t(`instrument.${participation.instrument}`)}</>;
}

const helper = createAppColumnHelper<Participation>();

const countryColumns = helper.columns([
  helper.accessor('country.name', {
    id: 'country',
    header: () => <Msg k="initiative.participants.column.country" />,
    cell: ({ row }) => (
      <Link to={paths.country(row.original.country.code)}>{row.original.country.name}</Link>
    ),
    meta: { rowHeader: true },
  }),
  helper.accessor('country.code', {
    id: 'code',
    header: () => <Msg k="initiative.participants.column.code" />,
    cell: ({ row }) => <span className="code">{row.original.country.code}</span>,
  }),
  helper.accessor('country.status', {
    id: 'status',
    header: () => <Msg k="initiative.participants.column.status" />,
    cell: ({ row }) => <CountryStatusCell participation={row.original} />,
  }),
  helper.accessor('role', {
    id: 'role',
    header: () => <Msg k="initiative.participants.column.role" />,
    cell: ({ row }) => <RoleCell participation={row.original} />,
  }),
  helper.accessor((row) => row.joinedOn ?? undefined, {
    id: 'joined',
    sortUndefined: 'last',
    header: () => <Msg k="initiative.participants.column.joined" />,
    cell: ({ row }) => <FormattedDate value={row.original.joinedOn} />,
  }),
]);

const instrumentColumn = helper.accessor((row) => row.instrument ?? undefined, {
  id: 'instrument',
  sortUndefined: 'last',
  header: () => <Msg k="initiative.participants.column.instrument" />,
  cell: ({ row }) => <InstrumentCell participation={row.original} />,
});

const leftColumn = helper.accessor((row) => row.leftOn ?? undefined, {
  id: 'left',
  sortUndefined: 'last',
  header: () => <Msg k="initiative.participants.column.left" />,
  cell: ({ row }) => <LeftCell participation={row.original} />,
});

// The "Left" column only appears when some country has left: null means still in.
const columns = helper.columns([...countryColumns, instrumentColumn]);
const columnsWithLeft = helper.columns([...countryColumns, leftColumn, instrumentColumn]);

export function ParticipantsTable({ participants }: { participants: Participation[] }) {
  const { t } = useI18n();
  const anyLeft = participants.some((participant) => participant.leftOn !== null);
  const table = useAppTable({
    columns: anyLeft ? columnsWithLeft : columns,
    data: participants,
    getRowId: (row) => row.country.code,
  });
  return <DataTable table={table} caption={t('initiative.participants.caption')} />;
}
