import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { importColumns, maxImportRows, type ImportFormat } from '@tracker/shared';
import { AppError } from '../../http/errors';

/**
 * Reads an uploaded import file into rows of text cells keyed by column name. Everything a person
 * can fix in the file is a 4xx with a message saying what to do: wrong encoding, unknown or
 * missing columns, formulas in a workbook, too many rows.
 */

export interface ImportTable {
  format: ImportFormat;
  /** Data rows; `row` is the spreadsheet row number (the header is row 1). */
  rows: { row: number; cells: Record<string, string> }[];
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];

export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const isZip = zipSignature.every((byte, index) => bytes[index] === byte);
  if (isZip) return 'xlsx';
  if (/\.xlsx$/i.test(fileName)) {
    throw new AppError(415, 'unsupported_file', 'This .xlsx file is not an Excel workbook.');
  }
  if (/\.(xls|ods|numbers)$/i.test(fileName)) {
    throw new AppError(
      415,
      'unsupported_file',
      'Only CSV (UTF-8) and Excel .xlsx files can be imported. Save the file in one of those formats.',
    );
  }
  return 'csv';
}

/** The text of a CSV file; anything but UTF-8 is refused (a guessed encoding garbles names). */
export function decodeUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppError(
      415,
      'unsupported_encoding',
      'The file is UTF-16 text. Save it as "CSV UTF-8" and upload it again.',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(
      415,
      'unsupported_encoding',
      'The file is not UTF-8 text (it may be Windows-1252 or Latin-1). Save it as "CSV UTF-8" and upload it again.',
    );
  }
  if (text.includes('\u0000')) {
    throw new AppError(415, 'unsupported_file', 'The file is not a text CSV file.');
  }
  return text.replace(/^\uFEFF/, '');
}

const knownColumns = new Set<string>(importColumns.map((column) => column.name));
const requiredColumns = importColumns.filter((column) => column.required).map((c) => c.name);

/** Header names normalised: trimmed, lower case, spaces as underscores ("Source URL" → source_url). */
const normaliseHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function checkHeader(header: string[]): void {
  const issues: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') return;
    if (!knownColumns.has(name)) {
      issues.push({ path: `column ${index + 1}`, message: `"${name}" is not a known column` });
    } else if (seen.has(name)) {
      issues.push({ path: name, message: 'appears twice in the header' });
    }
    seen.add(name);
  });
  for (const name of requiredColumns) {
    if (!seen.has(name)) issues.push({ path: name, message: 'is a required column' });
  }
  if (issues.length > 0) {
    throw new AppError(
      422,
      'invalid_header',
      'The header row does not match the template: download the template and keep its column names.',
      issues,
    );
  }
}

function toTable(
  format: ImportFormat,
  header: string[],
  data: { row: number; values: string[] }[],
) {
  checkHeader(header);
  const rows = data
    .filter(({ values }) => values.some((value) => value.trim() !== ''))
    .map(({ row, values }) => {
      const cells: Record<string, string> = {};
      header.forEach((name, index) => {
        if (name !== '') cells[name] = values[index] ?? '';
      });
      return { row, cells };
    });
  if (rows.length === 0) {
    throw new AppError(422, 'empty_file', 'The file has a header but no rows to import.');
  }
  if (rows.length > maxImportRows) {
    throw new AppError(
      413,
      'too_many_rows',
      `The file has ${rows.length} rows; one import takes at most ${maxImportRows}. Split it into smaller files.`,
    );
  }
  return { format, rows };
}

export function parseCsv(text: string): ImportTable {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const [headerRow, ...dataRows] = parsed.data;
  if (!headerRow) throw new AppError(422, 'empty_file', 'The file is empty.');
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    throw new AppError(
      422,
      'invalid_csv',
      `Row ${(quoteError.row ?? 0) + 1} has an unclosed quotation mark.`,
    );
  }
  return toTable(
    'csv',
    headerRow.map(normaliseHeader),
    dataRows.map((values, index) => ({ row: index + 2, values })),
  );
}

/** A workbook cell as text. Formulas are refused: their result is not what the file says. */
function cellText(cell: ExcelJS.Cell, where: string): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      throw new AppError(
        422,
        'formula_in_file',
        `Cell ${where} holds a formula. Formulas are not imported: paste the values only and upload again.`,
        [{ path: where, message: 'holds a formula' }],
      );
    }
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
    if ('error' in value) return '';
  }
  return cell.text;
}

export async function parseXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw new AppError(
      415,
      'unsupported_file',
      'The workbook could not be read. Save it again as .xlsx.',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError(422, 'empty_file', 'The workbook has no sheet.');
  if (sheet.rowCount > maxImportRows + 1) {
    throw new AppError(
      413,
      'too_many_rows',
      `The sheet has ${sheet.rowCount - 1} rows; one import takes at most ${maxImportRows}. Split it into smaller files.`,
    );
  }
  const width = sheet.getRow(1).cellCount;
  const header: string[] = [];
  for (let col = 1; col <= width; col += 1) {
    header.push(
      normaliseHeader(
        cellText(sheet.getRow(1).getCell(col), `${sheet.getRow(1).getCell(col).address}`),
      ),
    );
  }
  const data: { row: number; values: string[] }[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const values: string[] = [];
    for (let col = 1; col <= width; col += 1) {
      const cell = row.getCell(col);
      values.push(cellText(cell, cell.address));
    }
    data.push({ row: rowNumber, values });
  }
  return toTable('xlsx', header, data);
}

export async function readImportFile(bytes: Uint8Array, fileName: string): Promise<ImportTable> {
  const format = detectFormat(bytes, fileName);
  return format === 'xlsx' ? parseXlsx(bytes) : parseCsv(decodeUtf8(bytes));
}

/** The template: the header row only, so nothing in it is mistaken for data. */
export function templateCsv(): string {
  return `\uFEFF${Papa.unparse([importColumns.map((column) => column.name)], { newline: '\r\n' })}\r\n`;
}
