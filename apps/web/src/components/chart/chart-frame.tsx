import { useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';
import { chartTableToCsv, fileNameFrom, type ChartTable } from './chart-table';
import { ChartTableView } from './chart-table-view';
import { downloadBlob, serializeSvg, svgSize, svgToPngBlob } from './svg-export';

export type ChartFrameProps = {
  title: string;
  /** States exactly what is counted and the filters in force. */
  subtitle: string;
  /** One generated sentence: read by screen readers, shown on request. */
  summary: string;
  /** The numbers shown, for the Table view and the CSV download. */
  table: ChartTable;
  /** Methodology section the Sources note points to. */
  methodologyAnchor?: string;
  /** Base of the downloaded files' names; defaults to the title. */
  fileName?: string;
  headingLevel?: 2 | 3;
  /** Drawn under the chart (legends); hidden with it in the Table view. */
  legend?: ReactNode;
  /** The chart itself. It is kept mounted in the Table view, so its image can still be saved. */
  children: ReactNode;
};

type DownloadKind = 'png' | 'svg' | 'csv';

/** The SVG to save: an explicit export rendition if the chart has one, else the drawn chart. */
function findSvg(container: HTMLElement | null): SVGSVGElement | null {
  if (!container) return null;
  return (
    container.querySelector<SVGSVGElement>('svg[data-chart-image]') ??
    // The chart's own surface, not the small SVG icons of a Recharts legend.
    container.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ??
    container.querySelector<SVGSVGElement>('svg:not([aria-hidden="true"])')
  );
}

/**
 * Every chart's frame: title and subtitle, a Table toggle with the same numbers, a summary
 * sentence, PNG/SVG/CSV downloads of what is shown, and a Sources note to the methodology.
 */
export function ChartFrame({
  title,
  subtitle,
  summary,
  table,
  methodologyAnchor,
  fileName,
  headingLevel = 2,
  legend,
  children,
}: ChartFrameProps) {
  const t = useT();
  const titleId = useId();
  const subtitleId = useId();
  const summaryId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [showSummary, setShowSummary] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const base = fileName ?? fileNameFrom(title);

  const download = async (kind: DownloadKind) => {
    setFailure(null);
    try {
      if (kind === 'csv') {
        // The BOM makes spreadsheet programs read the file as UTF-8 (names like Türkiye).
        const csv = `\uFEFF${chartTableToCsv(table)}`;
        downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
        return;
      }
      const svg = findSvg(chartRef.current);
      if (!svg) throw new Error('no chart image');
      const text = serializeSvg(svg, { title: `${title} — ${subtitle}` });
      if (kind === 'svg') {
        downloadBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${base}.svg`);
        return;
      }
      downloadBlob(await svgToPngBlob(text, svgSize(svg)), `${base}.png`);
    } catch {
      setFailure(t('chart.download.failed'));
    }
  };

  const anchor = methodologyAnchor ? `#${methodologyAnchor}` : '';

  return (
    <figure className="chart" aria-labelledby={titleId} aria-describedby={subtitleId}>
      <div className="chart__header">
        <Heading id={titleId} className="chart__title">
          {title}
        </Heading>
        <p id={subtitleId} className="chart__subtitle">
          {subtitle}
        </p>
      </div>
      <div className="chart__toolbar">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={showTable}
          onClick={() => setShowTable((value) => !value)}
        >
          {t('chart.table')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={showSummary}
          aria-controls={summaryId}
          onClick={() => setShowSummary((value) => !value)}
        >
          {t('chart.summary')}
        </button>
        <span className="chart__downloads" role="group" aria-label={t('chart.download.label')}>
          {(['png', 'svg', 'csv'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="button button--secondary button--small"
              onClick={() => void download(kind)}
            >
              {t(`chart.download.${kind}`)}
            </button>
          ))}
        </span>
      </div>
      <p id={summaryId} className={showSummary ? 'chart__summary' : 'visually-hidden'}>
        {summary}
      </p>
      {failure ? (
        <p className="notice" role="alert">
          {failure}
        </p>
      ) : null}
      <div ref={chartRef} className="chart__body" hidden={showTable}>
        {children}
        {legend}
      </div>
      {showTable ? <ChartTableView table={table} caption={title} /> : null}
      <figcaption className="chart__sources">
        {t('chart.sources')}{' '}
        <Link to={`${paths.methodology()}${anchor}`}>{t('chart.sourcesLink')}</Link>
      </figcaption>
    </figure>
  );
}
