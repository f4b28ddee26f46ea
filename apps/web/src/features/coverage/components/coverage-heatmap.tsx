import type { CountryMaterialMatrix } from '@tracker/shared';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ChartFrame } from '@/components/chart/chart-frame';
import { ColourLegend } from '@/components/chart/colour-legend';
import { GridImage } from '@/components/chart/grid-image';
import { textOnSequential } from '@/components/chart/palette';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { useRovingGrid } from '../hooks/use-roving-grid';
import {
  buildHeatmap,
  defaultHeatmapSort,
  nextHeatmapSort,
  type HeatmapCell,
  type HeatmapSort,
  type HeatmapSortKey,
} from '../utils/heatmap-model';

type AriaSort = 'ascending' | 'descending' | 'none';

function ariaSort(sort: HeatmapSort, key: HeatmapSortKey): AriaSort {
  if (sort.key !== key) return 'none';
  return sort.desc ? 'descending' : 'ascending';
}

/**
 * Countries × materials as an accessible table: each cell the number of matched initiatives
 * covering the pair, shaded on a sequential scale with the number printed in it. Headers sort the
 * rows; one cell is in the tab order and, focused, lists the initiatives and roles behind it.
 */
export function CoverageHeatmap({
  matrix,
  subtitle,
  title,
}: {
  matrix: CountryMaterialMatrix;
  subtitle: string;
  title: string;
}) {
  const i18n = useI18n();
  const { t, formatList } = i18n;
  const [sort, setSort] = useState<HeatmapSort>(defaultHeatmapSort);
  const model = useMemo(() => buildHeatmap(matrix, sort, i18n), [matrix, sort, i18n]);
  const tableRef = useRef<HTMLTableElement>(null);
  const grid = useRovingGrid(tableRef, model.rows.length, model.columns.length);

  const describe = (countryName: string, materialName: string, cell: HeatmapCell) => {
    if (cell.count === 0)
      return t('coverage.heatmap.cell.none', { country: countryName, material: materialName });
    const activities = cell.detail?.activities ?? [];
    return t('coverage.heatmap.cell', {
      country: countryName,
      material: materialName,
      count: cell.count,
      activities:
        activities.length > 0
          ? formatList(activities.map((a) => t(`activity.${a}`)))
          : t('coverage.heatmap.cell.noActivities'),
    });
  };

  const activeRow = model.rows[grid.active.row];
  const activeColumn = model.columns[grid.active.column];
  const activeCell = activeRow?.cells[grid.active.column];

  const sortButton = (key: HeatmapSortKey, label: string) => (
    <button
      type="button"
      className="sort-button"
      onClick={() => setSort(nextHeatmapSort(sort, key))}
    >
      {label}
    </button>
  );

  const legend = (
    <ColourLegend
      title={t('coverage.heatmap.legend')}
      entries={model.bins.map((bin) => ({
        key: String(bin.step),
        colour: bin.colour,
        label:
          bin.step === 0
            ? t('coverage.legend.none')
            : bin.from === bin.to
              ? String(bin.from)
              : t('coverage.legend.range', { from: bin.from, to: bin.to }),
      }))}
    />
  );

  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      summary={model.summary}
      table={model.table}
      methodologyAnchor="coverage"
      legend={legend}
    >
      <p className="muted chart__hint">{t('coverage.heatmap.hint')}</p>
      <div
        className="heatmap__scroll"
        role="region"
        aria-label={t('coverage.heatmap.region')}
        tabIndex={-1}
      >
        <table ref={tableRef} className="heatmap" onKeyDown={grid.onKeyDown}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort(sort, 'name')} className="heatmap__corner">
                {sortButton('name', t('coverage.column.country'))}
              </th>
              {model.columns.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={ariaSort(sort, `material:${column.id}`)}
                  className="heatmap__column"
                >
                  {sortButton(`material:${column.id}`, column.name)}
                </th>
              ))}
              <th scope="col" aria-sort={ariaSort(sort, 'total')} className="heatmap__total">
                {sortButton('total', t('coverage.heatmap.total'))}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, rowIndex) => (
              <tr key={row.country.code}>
                <th scope="row" className="heatmap__row">
                  <Link to={paths.country(row.country.code)}>{row.country.name}</Link>
                </th>
                {row.cells.map((cell, columnIndex) => {
                  const column = model.columns[columnIndex];
                  return (
                    <td
                      key={column?.id ?? columnIndex}
                      className="heatmap__cell"
                      style={{
                        background: cell.bin.colour,
                        color: textOnSequential(cell.bin.step),
                      }}
                      {...grid.cellProps(rowIndex, columnIndex)}
                    >
                      <span aria-hidden="true">{cell.count > 0 ? cell.count : ''}</span>
                      <span className="visually-hidden">
                        {describe(row.country.name, column?.name ?? '', cell)}
                      </span>
                    </td>
                  );
                })}
                <td className="heatmap__total is-numeric">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="heatmap__detail" aria-live="polite">
        {grid.focused && activeRow && activeColumn && activeCell ? (
          <>
            <p className="heatmap__detail-title">
              {describe(activeRow.country.name, activeColumn.name, activeCell)}
            </p>
            {activeCell.detail && activeCell.detail.initiatives.length > 0 ? (
              <ul className="heatmap__detail-list">
                {activeCell.detail.initiatives.map((initiative) => (
                  <li key={initiative.slug}>
                    <Link to={paths.initiative(initiative.slug)}>{initiative.title}</Link>{' '}
                    <span className="muted">({t(`role.${initiative.role}`)})</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {activeCell.detail &&
            activeCell.detail.initiativeCount > activeCell.detail.initiatives.length ? (
              <p className="muted">
                {t('coverage.heatmap.detail.more', {
                  count: activeCell.detail.initiativeCount - activeCell.detail.initiatives.length,
                })}
              </p>
            ) : null}
          </>
        ) : (
          <p className="muted">{t('coverage.heatmap.detail.prompt')}</p>
        )}
      </div>
      <GridImage
        title={title}
        columns={model.columns.map((column) => column.name)}
        rows={model.rows.map((row) => ({
          label: row.country.name,
          cells: row.cells.map((cell) => ({
            fill: cell.bin.colour,
            text: cell.count > 0 ? String(cell.count) : '',
            textFill: textOnSequential(cell.bin.step),
          })),
        }))}
      />
    </ChartFrame>
  );
}
