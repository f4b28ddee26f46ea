/**
 * An SVG rendition of a table-shaped chart (heatmap, gap matrix) for the PNG/SVG downloads: the
 * page shows the accessible HTML table; this drawing exists only to be saved, so it is hidden.
 */
export type GridImageCell = { fill: string; text: string; textFill: string };

const cellWidth = 64;
const cellHeight = 24;
const rowLabelWidth = 170;
const headerHeight = 110;
const font = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

export function GridImage({
  title,
  columns,
  rows,
}: {
  title: string;
  columns: string[];
  rows: { label: string; cells: GridImageCell[] }[];
}) {
  const width = rowLabelWidth + columns.length * cellWidth + 8;
  const height = headerHeight + rows.length * cellHeight + 8;
  return (
    <svg
      data-chart-image=""
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      style={{ display: 'none' }}
    >
      <title>{title}</title>
      <g fontFamily={font} fontSize={12} fill="#1a1f29">
        {columns.map((column, index) => (
          <text
            key={column}
            transform={`translate(${rowLabelWidth + index * cellWidth + cellWidth / 2},${headerHeight - 6}) rotate(-45)`}
          >
            {column}
          </text>
        ))}
        {rows.map((row, rowIndex) => {
          const y = headerHeight + rowIndex * cellHeight;
          return (
            <g key={`${row.label}-${rowIndex}`}>
              <text x={rowLabelWidth - 8} y={y + cellHeight / 2 + 4} textAnchor="end">
                {row.label}
              </text>
              {row.cells.map((cell, index) => (
                <g key={index}>
                  <rect
                    x={rowLabelWidth + index * cellWidth}
                    y={y}
                    width={cellWidth}
                    height={cellHeight}
                    fill={cell.fill}
                    stroke="#d3d8e0"
                  />
                  <text
                    x={rowLabelWidth + index * cellWidth + cellWidth / 2}
                    y={y + cellHeight / 2 + 4}
                    textAnchor="middle"
                    fill={cell.textFill}
                  >
                    {cell.text}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
