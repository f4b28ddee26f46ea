import { useI18n } from '@/lib/i18n';
import type { ChartCell, ChartTable } from './chart-table';

function formatCell(value: ChartCell, formatNumber: (value: number) => string): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** A chart's numbers as a plain table: the first column heads each row. */
export function ChartTableView({ table, caption }: { table: ChartTable; caption: string }) {
  const { formatNumber } = useI18n();
  const [first, ...rest] = table.columns;
  if (!first) return null;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'is-numeric' : undefined}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={`${String(row[first.key])}-${index}`}>
              <th scope="row">{formatCell(row[first.key] ?? null, formatNumber)}</th>
              {rest.map((column) => (
                <td key={column.key} className={column.numeric ? 'is-numeric' : undefined}>
                  {formatCell(row[column.key] ?? null, formatNumber)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
