import type { SortingState } from '@tanstack/react-table';
import type { Country } from '@tracker/shared';
import { Link } from 'react-router';
import { DataTable } from '@/components/data-table/data-table';
import { createAppColumnHelper, useAppTable } from '@/components/data-table/data-table-hook';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Msg } from '@/components/ui/msg';
import { YesNo } from '@/components/ui/yes-no';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { CountryStatusBadge } from './country-status-badge';

function NatoSinceCell({ country }: { country: Country }) {
  const { t } = useI18n();
  if (!country.natoMemberSince) return <span className="muted">{t('countries.notNato')}</span>;
  return <FormattedDate value={country.natoMemberSince} />;
}

function CountCell({ value }: { value: number }) {
  const { formatNumber } = useI18n();
  return <>{formatNumber(value)}</>;
}

const helper = createAppColumnHelper<Country>();

const columns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    header: () => <Msg k="countries.column.name" />,
    cell: ({ row }) => <Link to={paths.country(row.original.code)}>{row.original.name}</Link>,
    meta: { rowHeader: true },
  }),
  helper.accessor('code', {
    id: 'code',
    header: () => <Msg k="countries.column.code" />,
    cell: ({ row }) => <span className="code">{row.original.code}</span>,
  }),
  helper.accessor('status', {
    id: 'status',
    header: () => <Msg k="countries.column.status" />,
    cell: ({ row }) => <CountryStatusBadge status={row.original.status} />,
  }),
  helper.accessor((row) => row.natoMemberSince ?? undefined, {
    id: 'natoSince',
    sortUndefined: 'last',
    header: () => <Msg k="countries.column.natoSince" />,
    cell: ({ row }) => <NatoSinceCell country={row.original} />,
  }),
  helper.accessor((row) => (row.euMember ? 1 : 0), {
    id: 'eu',
    sortDescFirst: true,
    header: () => <Msg k="countries.column.eu" />,
    cell: ({ row }) => <YesNo value={row.original.euMember} />,
  }),
  helper.accessor('initiativeCount', {
    id: 'initiatives',
    sortDescFirst: true,
    header: () => <Msg k="countries.column.initiatives" />,
    cell: ({ row }) => <CountCell value={row.original.initiativeCount} />,
    meta: { numeric: true },
  }),
]);

const initialSorting: SortingState = [{ id: 'name', desc: false }];

export function CountriesTable({ countries }: { countries: Country[] }) {
  const { t } = useI18n();
  const table = useAppTable({
    columns,
    data: countries,
    getRowId: (row) => row.code,
    initialState: { sorting: initialSorting },
  });
  return <DataTable table={table} caption={t('countries.tableCaption')} />;
}
