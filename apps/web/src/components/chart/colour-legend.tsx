export type LegendEntry = { key: string; colour: string; label: string; pattern?: 'hatch' };

/** A legend as a list of swatches with their meaning; the swatches are decoration only. */
export function ColourLegend({ title, entries }: { title: string; entries: LegendEntry[] }) {
  return (
    <div className="chart-legend">
      <span className="chart-legend__title">{title}</span>
      <ul className="chart-legend__list">
        {entries.map((entry) => (
          <li key={entry.key} className="chart-legend__item">
            <span
              className={`chart-legend__swatch${entry.pattern ? ` chart-legend__swatch--${entry.pattern}` : ''}`}
              style={{ background: entry.colour }}
              aria-hidden="true"
            />
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
