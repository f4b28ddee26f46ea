import Papa from 'papaparse';

/**
 * The numbers behind a chart, once: the "Table" view renders this and the CSV download writes
 * it, so the two can never disagree with each other.
 */
export type ChartColumn = {
  key: string;
  label: string;
  numeric?: boolean;
};

export type ChartCell = string | number | null;

export type ChartTable = {
  columns: ChartColumn[];
  /** Each row holds one value per column key; the first column names the row. */
  rows: Record<string, ChartCell>[];
};

/** The table as CSV (RFC 4180, header row of column labels); empty cells for null. */
export function chartTableToCsv(table: ChartTable): string {
  return Papa.unparse(
    {
      fields: table.columns.map((column) => column.label),
      data: table.rows.map((row) => table.columns.map((column) => row[column.key] ?? '')),
    },
    // A leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet.
    { escapeFormulae: true, newline: '\r\n' },
  );
}

/** A file name from a title: lower case, ASCII letters and digits, dashes. */
export function fileNameFrom(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug === '' ? 'chart' : slug;
}
