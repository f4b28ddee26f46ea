import type { CoverageGaps } from '@tracker/shared';
import { useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { ChartFrame } from '@/components/chart/chart-frame';
import { ColourLegend } from '@/components/chart/colour-legend';
import { GridImage } from '@/components/chart/grid-image';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { useRovingGrid } from '../hooks/use-roving-grid';
import { buildGapModel } from '../utils/gaps-model';

/** Gap cells: a light vermillion tint with a cross, so a gap reads without colour too. */
const gapFill = '#FBE3D4';
const gapText = '#7A3300';
const coveredFill = '#FFFFFF';
const coveredText = '#1A1F29';

/**
 * Countries in scope × the list's materials, uncovered pairs highlighted (tint and a cross),
 * the countries with most gaps first; then the materials and countries with no initiative at all.
 */
export function GapMatrix({
  gaps,
  title,
  subtitle,
}: {
  gaps: CoverageGaps;
  title: string;
  subtitle: string;
}) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const model = useMemo(() => buildGapModel(gaps, i18n), [gaps, i18n]);
  const tableRef = useRef<HTMLTableElement>(null);
  const grid = useRovingGrid(tableRef, model.rows.length, model.materials.length);

  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      summary={model.summary}
      table={model.table}
      methodologyAnchor="lists"
      legend={
        <ColourLegend
          title={t('coverage.gaps.legend')}
          entries={[
            { key: 'gap', colour: gapFill, label: t('coverage.gaps.cell.gap'), pattern: 'hatch' },
            { key: 'covered', colour: coveredFill, label: t('coverage.gaps.cell.covered') },
          ]}
        />
      }
    >
      <div className="gap-lists">
        <div>
          <h3 className="gap-lists__heading">{t('coverage.gaps.noInitiative.heading')}</h3>
          {model.materialsWithNoInitiative.length > 0 ? (
            <ul className="tags">
              {model.materialsWithNoInitiative.map((name) => (
                <li key={name} className="tag">
                  {name}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('coverage.gaps.summary.materialsNone')}</p>
          )}
        </div>
        <div>
          <h3 className="gap-lists__heading">{t('coverage.gaps.inNone.heading')}</h3>
          {model.countriesInNoInitiative.length > 0 ? (
            <ul className="tags">
              {model.countriesInNoInitiative.map((name) => (
                <li key={name} className="tag">
                  {name}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('coverage.gaps.summary.countriesNone')}</p>
          )}
        </div>
      </div>
      <p className="muted chart__hint">{t('coverage.gaps.hint')}</p>
      <div
        className="heatmap__scroll"
        role="region"
        aria-label={t('coverage.gaps.region')}
        tabIndex={-1}
      >
        <table ref={tableRef} className="heatmap gap-matrix" onKeyDown={grid.onKeyDown}>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="heatmap__corner">
                {t('coverage.column.country')}
              </th>
              {model.materials.map((material) => (
                <th key={material.id} scope="col" className="heatmap__column">
                  <Link to={paths.material(material.id)}>{material.name}</Link>
                </th>
              ))}
              <th scope="col" className="heatmap__total">
                {t('coverage.gaps.column.gaps')}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, rowIndex) => (
              <tr key={row.code}>
                <th scope="row" className="heatmap__row">
                  <Link to={paths.country(row.code)}>{row.name}</Link>
                </th>
                {row.gaps.map((isGap, columnIndex) => {
                  const material = model.materials[columnIndex];
                  return (
                    <td
                      key={material?.id ?? columnIndex}
                      className={`heatmap__cell${isGap ? ' gap-matrix__gap' : ''}`}
                      {...grid.cellProps(rowIndex, columnIndex)}
                    >
                      <span aria-hidden="true">{isGap ? '✕' : '✓'}</span>
                      <span className="visually-hidden">
                        {t(
                          isGap ? 'coverage.gaps.cellText.gap' : 'coverage.gaps.cellText.covered',
                          {
                            country: row.name,
                            material: material?.name ?? '',
                          },
                        )}
                      </span>
                    </td>
                  );
                })}
                <td className="heatmap__total is-numeric">{formatNumber(row.gapCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <GridImage
        title={title}
        columns={model.materials.map((material) => material.name)}
        rows={model.rows.map((row) => ({
          label: row.name,
          cells: row.gaps.map((isGap) => ({
            fill: isGap ? gapFill : coveredFill,
            text: isGap ? '✕' : '✓',
            textFill: isGap ? gapText : coveredText,
          })),
        }))}
      />
    </ChartFrame>
  );
}
