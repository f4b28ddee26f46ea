import { importColumns } from '@tracker/shared';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors';
import { decodeUtf8, detectFormat, parseCsv, templateCsv } from './import-file';

const header = importColumns.map((c) => c.name).join(',');

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('expected an AppError');
};

describe('import files', () => {
  it('detects a workbook by its zip signature, whatever its name', () => {
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'data.csv')).toBe('xlsx');
    expect(detectFormat(new TextEncoder().encode('title'), 'data.csv')).toBe('csv');
    expect(errorOf(() => detectFormat(new Uint8Array([1, 2]), 'old.xls')).status).toBe(415);
  });

  it('accepts UTF-8 with or without a BOM and refuses other encodings', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFTürkiye'))).toBe('Türkiye');
    expect(errorOf(() => decodeUtf8(Uint8Array.from([0x54, 0xfc, 0x72]))).code).toBe(
      'unsupported_encoding',
    );
  });

  it('reads rows with their spreadsheet row numbers, skipping blank lines', () => {
    const table = parseCsv(`${header}\r\n,Test A,,policy_framework\r\n\r\n,Test B\r\n`);
    expect(table.rows.map((r) => [r.row, r.cells.title])).toEqual([
      [2, 'Test A'],
      [4, 'Test B'],
    ]);
  });

  it('refuses unknown, repeated and missing columns, naming them', () => {
    const error = errorOf(() => parseCsv('Title,Colour,title\r\nTest,red,Test\r\n'));
    expect(error.code).toBe('invalid_header');
    expect(error.issues?.map((i) => i.path)).toEqual([
      'column 2',
      'title',
      'kind',
      'status',
      'source_url',
    ]);
  });

  it('serves a template the parser accepts once a row is added', () => {
    const template = templateCsv();
    expect(template.startsWith('\uFEFF')).toBe(true);
    expect(
      parseCsv(`${decodeUtf8(new TextEncoder().encode(template))},Test\r\n`).rows,
    ).toHaveLength(1);
  });
});
