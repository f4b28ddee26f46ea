import type { MatrixCell, ParticipationMatrix } from '@tracker/shared';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import {
  buildMatrixGrid,
  roleAbbreviations,
  type MatrixAxisItem,
  type MatrixGrid,
} from '../utils/matrix-model';
import type { MatrixOrder } from '../utils/matrix-search';

type Position = { row: number; column: number };

function AxisLink({ item }: { item: MatrixAxisItem }) {
  const to = item.kind === 'country' ? paths.country(item.key) : paths.initiative(item.key);
  return (
    <Link to={to} className="matrix__axis-link" title={item.label}>
      {item.label}
    </Link>
  );
}

/**
 * Countries × initiatives as a real table: sticky header row and first column, scrolling in
 * both directions. One cell is in the tab order at a time (roving tabindex); arrow keys, Home
 * and End move between cells, and each cell says in words who takes part in what, since when.
 */
export function ParticipationMatrixTable({
  matrix,
  order,
  transposed,
}: {
  matrix: ParticipationMatrix;
  order: MatrixOrder;
  transposed: boolean;
}) {
  const { t, language, formatDate, formatNumber } = useI18n();
  const grid: MatrixGrid = useMemo(
    () => buildMatrixGrid(matrix, { order, transposed, locale: language }),
    [matrix, order, transposed, language],
  );
  const [active, setActive] = useState<Position>({ row: 0, column: 0 });
  const tableRef = useRef<HTMLTableElement>(null);
  const activeRow = Math.min(active.row, grid.rows.length - 1);
  const activeColumn = Math.min(active.column, grid.columns.length - 1);

  const describe = (row: MatrixAxisItem, column: MatrixAxisItem, cell: MatrixCell | undefined) => {
    const [country, initiative] = row.kind === 'country' ? [row, column] : [column, row];
    if (!cell)
      return t('matrix.cell.none', { country: country.label, initiative: initiative.label });
    const joined = cell.joinedOn
      ? t('matrix.cell.joined', { date: formatDate(cell.joinedOn, 'day') ?? cell.joinedOn })
      : t('matrix.cell.joinedUnknown');
    const left = cell.leftOn
      ? ` ${t('matrix.cell.left', { date: formatDate(cell.leftOn, 'day') ?? cell.leftOn })}`
      : '';
    return `${t('matrix.cell.role', {
      country: country.label,
      role: t(`role.${cell.role}`),
      initiative: initiative.label,
    })}, ${joined}${left}`;
  };

  const move = (to: Position) => {
    const next = {
      row: Math.max(0, Math.min(grid.rows.length - 1, to.row)),
      column: Math.max(0, Math.min(grid.columns.length - 1, to.column)),
    };
    setActive(next);
    tableRef.current
      ?.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.column}"]`)
      ?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (!target.dataset.cell) return;
    const here = { row: activeRow, column: activeColumn };
    const moves: Record<string, Position> = {
      ArrowRight: { ...here, column: here.column + 1 },
      ArrowLeft: { ...here, column: here.column - 1 },
      ArrowDown: { ...here, row: here.row + 1 },
      ArrowUp: { ...here, row: here.row - 1 },
      Home: { ...here, column: 0 },
      End: { ...here, column: grid.columns.length - 1 },
      PageDown: { ...here, row: here.row + 10 },
      PageUp: { ...here, row: here.row - 10 },
    };
    const to = moves[event.key];
    if (!to) return;
    event.preventDefault();
    move(to);
  };

  const rowAxis = transposed ? t('matrix.axis.initiatives') : t('matrix.axis.countries');
  const columnAxis = transposed ? t('matrix.axis.countries') : t('matrix.axis.initiatives');

  return (
    <div
      className="matrix__scroll"
      role="region"
      aria-label={t('matrix.scrollRegion')}
      // The region scrolls with the keyboard too when no cell has focus yet.
      tabIndex={-1}
    >
      <table
        ref={tableRef}
        className={`matrix${transposed ? ' matrix--transposed' : ''}`}
        onKeyDown={onKeyDown}
      >
        <caption className="visually-hidden">
          {t('matrix.caption', { rows: rowAxis, columns: columnAxis })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              <span className="matrix__corner-text">
                {rowAxis} <span aria-hidden="true">↓</span> · {columnAxis}{' '}
                <span aria-hidden="true">→</span>
              </span>
            </th>
            {grid.columns.map((column) => (
              <th key={column.key} scope="col" className="matrix__column-header">
                <span className="matrix__column-label">
                  <AxisLink item={column} />
                </span>
              </th>
            ))}
            <th scope="col" className="matrix__total-header">
              {t('matrix.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row, rowIndex) => (
            <tr key={row.key}>
              <th scope="row" className="matrix__row-header">
                <AxisLink item={row} />
                {row.kind === 'country' ? (
                  <span className="code matrix__row-code">{row.detail}</span>
                ) : null}
              </th>
              {grid.columns.map((column, columnIndex) => {
                const cell = grid.cell(row, column);
                const isActive = rowIndex === activeRow && columnIndex === activeColumn;
                const text = describe(row, column, cell);
                return (
                  <td
                    key={column.key}
                    className={`matrix__cell${cell ? ` matrix__cell--${cell.role}` : ''}`}
                    tabIndex={isActive ? 0 : -1}
                    data-cell={`${rowIndex}:${columnIndex}`}
                    onFocus={() => setActive({ row: rowIndex, column: columnIndex })}
                  >
                    {cell ? (
                      <span className="matrix__role" aria-hidden="true">
                        {roleAbbreviations[cell.role]}
                      </span>
                    ) : null}
                    <span className="visually-hidden">{text}</span>
                    {cell ? (
                      <span className="matrix__tip" aria-hidden="true">
                        {text}
                      </span>
                    ) : null}
                  </td>
                );
              })}
              <td className="matrix__total">{formatNumber(row.count)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="matrix__row-header">
              {t('matrix.total')}
            </th>
            {grid.columns.map((column) => (
              <td key={column.key} className="matrix__total">
                {formatNumber(column.count)}
              </td>
            ))}
            <td className="matrix__total matrix__total--grand">{formatNumber(grid.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
