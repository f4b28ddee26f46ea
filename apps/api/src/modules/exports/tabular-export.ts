import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/**
 * Writes a table as CSV or XLSX with a header section saying what it is: the filters used, when it
 * was generated and the data version. Libraries do the quoting (papaparse) and the workbook
 * (exceljs); text that a spreadsheet would run as a formula is neutralised.
 */

export type ExportCell = string | number | null;

export interface ExportTable {
  columns: { key: string; header: string }[];
  rows: Record<string, ExportCell>[];
}

export interface ExportMeta {
  /** e.g. "Initiatives" — also the XLSX sheet name. */
  title: string;
  /** The filters as the reader set them, e.g. { country: 'DE, PL', match: 'all' }; empty = none. */
  filters: Record<string, string>;
  generatedAt: Date;
  /** The latest change to the data (ISO timestamp), so two exports can be compared. */
  dataVersion: string | null;
}

const product = 'Defence Supply-Chain Initiative Tracker';

/**
 * Cells a spreadsheet would run as a formula. papaparse's own `escapeFormulae: true` pattern
 * (/^[=+\-@\t\r].*$/) misses a value with a line break, because `.` stops at the break; this
 * one looks at the first character only.
 */
const formulaStart = /^[=+\-@\t\r]/;
const csvOptions = { escapeFormulae: formulaStart, newline: '\r\n' };

/**
 * Header values stay on one line: a line break inside a `#` line would end the comment early
 * and turn the rest into a data row for readers that skip comment lines.
 */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ');

function metaRows(meta: ExportMeta): [string, string][] {
  const filters = Object.entries(meta.filters);
  const rows: [string, string][] = [
    ['Export', `${product}: ${meta.title}`],
    [
      'Filters',
      filters.length > 0 ? filters.map(([key, value]) => `${key}: ${value}`).join('; ') : 'none',
    ],
    ['Generated at', meta.generatedAt.toISOString()],
    ['Data version', meta.dataVersion ?? 'no data'],
  ];
  return rows.map(([key, value]) => [key, oneLine(value)]);
}

/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates): an XLSX holding one
 * does not open, so they are dropped.
 */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/**
 * XML turns a CR LF line break into LF when the workbook is read, so it is written as LF to begin
 * with: the cell reads back exactly as written.
 */
const xmlSafe = (cell: ExportCell) =>
  typeof cell === 'string' ? cell.replace(notXmlChar, '').replace(/\r\n?/g, '\n') : cell;

/**
 * CSV: a header section of `# key,value` lines (skipped by readers that honour `#` comments,
 * shown as two columns by spreadsheets), a blank line, then the table. Cells beginning with
 * = + - @ tab or CR get a leading apostrophe so no spreadsheet evaluates them (OWASP CSV injection).
 */
export function toCsv(table: ExportTable, meta: ExportMeta): string {
  const header = Papa.unparse(
    metaRows(meta).map(([key, value]) => [`# ${key}`, value]),
    csvOptions,
  );
  const body = Papa.unparse(
    {
      fields: table.columns.map((column) => column.header),
      data: table.rows.map((row) => table.columns.map((column) => row[column.key] ?? '')),
    },
    csvOptions,
  );
  // A byte-order mark so spreadsheet programs read the UTF-8 (Türkiye) correctly.
  return `\uFEFF${header}\r\n\r\n${body}\r\n`;
}

/** XLSX: the table on the first sheet (every text cell a string, never a formula), the header section on a second. */
export async function toXlsx(table: ExportTable, meta: ExportMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = product;
  workbook.created = meta.generatedAt;
  const sheet = workbook.addWorksheet(meta.title.slice(0, 31));
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: Math.min(60, Math.max(10, column.header.length + 2)),
  }));
  for (const row of table.rows) {
    // Values are plain strings and numbers: exceljs writes a formula only for { formula } objects.
    sheet.addRow(
      Object.fromEntries(
        table.columns.map((column) => [column.key, xmlSafe(row[column.key] ?? null)]),
      ),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const about = workbook.addWorksheet('About this export');
  about.columns = [
    { header: 'Field', key: 'field', width: 16 },
    { header: 'Value', key: 'value', width: 80 },
  ];
  for (const [field, value] of metaRows(meta)) about.addRow({ field, value: xmlSafe(value) });
  about.getRow(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
