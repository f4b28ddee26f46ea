import type { SortingState } from '@tanstack/react-table';
import type { Material } from '@tracker/shared';
import { Link } from 'react-router';
import { DataTable } from '@/components/data-table/data-table';
import { createAppColumnHelper, useAppTable } from '@/components/data-table/data-table-hook';
import { Msg } from '@/components/ui/msg';
import { YesNo } from '@/components/ui/yes-no';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { EuCritical, EuStrategic } from './eu-status';

function CountCell({ value }: { value: number }) {
  const { formatNumber } = useI18n();
  return <>{formatNumber(value)}</>;
}

const strategicRank = { yes: 2, partial: 1, no: 0 } as const;

const helper = createAppColumnHelper<Material>();

const columns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    header: () => <Msg k="materials.column.name" />,
    cell: ({ row }) => <Link to={paths.material(row.original.id)}>{row.original.name}</Link>,
    meta: { rowHeader: true },
  }),
  helper.accessor((row) => row.symbol ?? undefined, {
    id: 'symbol',
    sortUndefined: 'last',
    header: () => <Msg k="materials.column.symbol" />,
    cell: ({ row }) => <span className="symbol">{row.original.symbol ?? ''}</span>,
  }),
  helper.accessor((row) => (row.natoCritical ? 1 : 0), {
    id: 'nato',
    sortDescFirst: true,
    header: () => <Msg k="materials.column.nato" />,
    cell: ({ row }) => <YesNo value={row.original.natoCritical} />,
  }),
  helper.accessor((row) => (row.euCritical ? 1 : 0), {
    id: 'euCritical',
    sortDescFirst: true,
    header: () => <Msg k="materials.column.euCritical" />,
    cell: ({ row }) => <EuCritical material={row.original} />,
  }),
  helper.accessor((row) => strategicRank[row.euStrategic], {
    id: 'euStrategic',
    sortDescFirst: true,
    header: () => <Msg k="materials.column.euStrategic" />,
    cell: ({ row }) => <EuStrategic material={row.original} />,
  }),
  helper.accessor('initiativeCount', {
    id: 'initiatives',
    sortDescFirst: true,
    header: () => <Msg k="materials.column.initiatives" />,
    cell: ({ row }) => <CountCell value={row.original.initiativeCount} />,
    meta: { numeric: true },
  }),
]);

const initialSorting: SortingState = [{ id: 'name', desc: false }];

export function MaterialsTable({ materials }: { materials: Material[] }) {
  const { t } = useI18n();
  const table = useAppTable({
    columns,
    data: materials,
    getRowId: (row) => row.id,
    initialState: { sorting: initialSorting },
  });
  return <DataTable table={table} caption={t('materials.tableCaption')} />;
}
