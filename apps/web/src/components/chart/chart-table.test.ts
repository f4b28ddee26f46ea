import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartTableToCsv, fileNameFrom, type ChartTable } from './chart-table';

const table: ChartTable = {
  columns: [
    { key: 'name', label: 'Country' },
    { key: 'count', label: 'Initiatives, signed', numeric: true },
    { key: 'note', label: 'Note' },
  ],
  rows: [
    { name: 'Türkiye', count: 3, note: 'says "yes"' },
    { name: 'Germany', count: 0, note: null },
    { name: '=HYPERLINK("x")', count: -1, note: '+1' },
  ],
};

describe('chart data as CSV', () => {
  it('writes a header of column labels and one row per table row, quoting where needed', () => {
    const csv = chartTableToCsv(table);
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'Country,"Initiatives, signed",Note',
      'Türkiye,3,"says ""yes"""',
      'Germany,0,',
    ]);
  });

  it('neutralises spreadsheet formulas in text but leaves numbers alone', () => {
    const parsed = Papa.parse<string[]>(chartTableToCsv(table), { skipEmptyLines: true });
    expect(parsed.data[3]).toEqual(['\'=HYPERLINK("x")', '-1', "'+1"]);
  });

  it('derives a plain file name from a title', () => {
    expect(fileNameFrom('Countries × materials — Türkiye')).toBe('countries-materials-turkiye');
    expect(fileNameFrom('×')).toBe('chart');
  });
});
