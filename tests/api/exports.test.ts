import type { DbHandle } from '@tracker/db';
import { initiativeListSchema } from '@tracker/shared';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { list, readCsv } from '../fixtures/reference-csv';
import { createTestApp, getError, getJson, type TestApp, useTestApp } from '../fixtures/test-app';
import { describeDb, openTestDb } from '../fixtures/test-db';

const initiativesCsv = readCsv('initiatives.csv');
const withTurkiye = initiativesCsv.filter((row) => list(row.participants_iso2).includes('TR'));

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const formulaStart = /^[=+\-@\t\r]/;

/** Titles a spreadsheet or a naive CSV writer would get wrong. */
const hostileTitles = [
  'Lithium, cobalt and "rare earths"\nsecond line, with a comma',
  '=HYPERLINK("http://evil.example","click me")',
  '+SUM(1,2)',
  '-2+3 tonnes of tungsten',
  '@cmd|/C calc',
  '=1+1, "quoted", and\r\na CRLF',
];

type CsvRow = Record<string, string>;

function parseCsvExport(text: string) {
  const headerLines = text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line.startsWith('#'));
  const parsed = Papa.parse<CsvRow>(text.replace(/^\uFEFF/, ''), {
    header: true,
    comments: '#',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return { headerLines, rows: parsed.data };
}

async function readXlsx(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const [sheet] = workbook.worksheets;
  if (!sheet) throw new Error('the workbook has no sheet');
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: { values: Record<string, unknown>; cells: Record<string, ExcelJS.Cell> }[] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    const values: Record<string, unknown> = {};
    const cells: Record<string, ExcelJS.Cell> = {};
    headers.forEach((header, column) => {
      const cell = row.getCell(column + 1);
      values[header] = cell.value;
      cells[header] = cell;
    });
    rows.push({ values, cells });
  });
  return { workbook, headers, rows };
}

describeDb('GET /api/exports/initiatives.csv and .xlsx', () => {
  const ctx = useTestApp();

  const latestChange = async () => {
    const row = await ctx.handle.db
      .selectFrom('initiatives')
      .select((eb) => eb.fn.max('updated_at').as('latest'))
      .executeTakeFirstOrThrow();
    return new Date(row.latest).toISOString();
  };

  it("exports every initiative with Türkiye in the list's order, with the filters, time and data version", async () => {
    const listed = await getJson(
      ctx.app,
      '/api/initiatives?country=TR&sort=title&pageSize=200',
      initiativeListSchema,
    );
    expect(listed.total).toBe(withTurkiye.length);

    const before = Date.now();
    // page and pageSize are the list's own parameters: accepted and ignored (an export is all pages).
    const response = await ctx.app.request(
      '/api/exports/initiatives.csv?country=TR&sort=title&page=2&pageSize=2',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="initiatives-\d{8}-\d{4}\.csv"$/,
    );
    const { headerLines, rows } = parseCsvExport(await response.text());

    const header: Record<string, string | undefined> = Object.fromEntries(
      headerLines.map((line): [string, string | undefined] => {
        const [[key = '', value] = []] = Papa.parse<string[]>(line).data;
        return [key.replace(/^# /, ''), value];
      }),
    );
    expect(header.Filters).toContain('Countries: Türkiye (TR)');
    expect(header.Filters).toContain('Sorted by: title, ascending');
    expect(Date.parse(header['Generated at'] ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(header['Data version']).toBe(await latestChange());

    expect(rows).toHaveLength(listed.total);
    expect(rows.map((row) => row['Reference code'])).toEqual(
      listed.items.map((item) => item.referenceCode),
    );
    expect(new Set(rows.map((row) => row['Reference code']))).toEqual(
      new Set(withTurkiye.map((row) => row.initiative_id)),
    );
    for (const reference of withTurkiye) {
      const row = rows.find((r) => r['Reference code'] === reference.initiative_id);
      expect(row?.Title).toBe(reference.name?.trim());
      expect(row?.Participants?.split(';').sort()).toEqual(
        list(reference.participants_iso2).sort(),
      );
      expect(Number(row?.['Participant count'])).toBe(list(reference.participants_iso2).length);
      expect(Number(row?.['Source count'])).toBe(list(reference.sources).length);
    }
    const project = rows.find((row) => row['Reference code'] === 'NATO-HVP-DCRM-2025');
    expect(project).toMatchObject({
      Date: '2025-06-24',
      URL: 'http://localhost/initiatives/nato-hvp-dcrm-2025',
    });
    expect(project?.Materials?.split(';').sort()).toEqual([
      'lithium',
      'rare-earth-elements',
      'titanium',
    ]);
  });

  it('exports all pages, not the first one, in the default order', async () => {
    const firstPage = await getJson(ctx.app, '/api/initiatives', initiativeListSchema);
    const all = await getJson(ctx.app, '/api/initiatives?pageSize=200', initiativeListSchema);
    expect(firstPage.items.length).toBeLessThan(initiativesCsv.length);

    const response = await ctx.app.request('/api/exports/initiatives.csv');
    const { headerLines, rows } = parseCsvExport(await response.text());
    expect(headerLines.find((line) => line.startsWith('# Filters'))).toContain(
      'Sorted by: date, descending',
    );
    expect(rows.map((row) => row['Reference code'])).toEqual(
      all.items.map((item) => item.referenceCode),
    );
    expect(rows).toHaveLength(initiativesCsv.length);
  });

  it("exports the same rows as XLSX, with an 'About this export' sheet", async () => {
    const listed = await getJson(
      ctx.app,
      '/api/initiatives?country=TR&sort=-participants&pageSize=200',
      initiativeListSchema,
    );
    const response = await ctx.app.request(
      '/api/exports/initiatives.xlsx?country=TR&sort=-participants',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(xlsxType);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="initiatives-\d{8}-\d{4}\.xlsx"$/,
    );
    const { workbook, headers, rows } = await readXlsx(response);
    expect(headers).toEqual(
      expect.arrayContaining(['Reference code', 'Title', 'Participants', 'Materials', 'URL']),
    );
    expect(rows.map((row) => row.values['Reference code'])).toEqual(
      listed.items.map((item) => item.referenceCode),
    );
    expect(rows.map((row) => row.values['Participant count'])).toEqual(
      listed.items.map((item) => item.participantCount),
    );

    const about = workbook.getWorksheet('About this export');
    expect(about).toBeDefined();
    const fields: Record<string, unknown> = {};
    about?.eachRow((row) => {
      fields[row.getCell(1).text] = row.getCell(2).value;
    });
    expect(fields.Filters).toContain('Türkiye (TR)');
    expect(fields['Generated at']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(fields['Data version']).toBe(await latestChange());
  });

  describe('with hostile titles', () => {
    beforeAll(async () => {
      await ctx.handle.db
        .insertInto('initiatives')
        .values(
          hostileTitles.map((title, index) => ({
            slug: `hostile-title-${index}`,
            reference_code: `HOSTILE-${index}`,
            title,
            kind: 'multinational_project' as const,
            status: 'proposed' as const,
            framework: 'HOSTILE-TEST',
            event: '=cmd|" /C calc"!A0',
          })),
        )
        .execute();
    });

    it('round-trips them through CSV and never leaves a formula un-escaped', async () => {
      const response = await ctx.app.request(
        '/api/exports/initiatives.csv?framework=HOSTILE-TEST&sort=title',
      );
      const { rows } = parseCsvExport(await response.text());
      expect(rows).toHaveLength(hostileTitles.length);
      for (const row of rows) {
        const original = hostileTitles[Number(row['Reference code']?.replace('HOSTILE-', ''))];
        expect(original).toBeDefined();
        for (const cell of [row.Title, row.Event]) {
          expect(cell).not.toMatch(formulaStart);
        }
        const title = row.Title ?? '';
        expect(formulaStart.test(original ?? '') ? title.replace(/^'/, '') : title).toBe(original);
        expect(row.Event).toBe(`'=cmd|" /C calc"!A0`);
      }
    });

    it('round-trips them through XLSX as plain strings, never formulas', async () => {
      const response = await ctx.app.request(
        '/api/exports/initiatives.xlsx?framework=HOSTILE-TEST&sort=title',
      );
      const { rows } = await readXlsx(response);
      expect(rows).toHaveLength(hostileTitles.length);
      for (const { values, cells } of rows) {
        const original =
          hostileTitles[Number(String(values['Reference code']).replace('HOSTILE-', ''))];
        for (const name of ['Title', 'Event']) {
          expect(cells[name]?.formula).toBeUndefined();
          expect(cells[name]?.type).toBe(ExcelJS.ValueType.String);
        }
        // XML reads a CR LF line break back as LF, so the export writes LF: the same text.
        expect(values.Title).toBe(original?.replace(/\r\n/g, '\n'));
        expect(values.Event).toBe('=cmd|" /C calc"!A0');
      }
    });
  });

  it('answers an unknown country with 400 naming it, like the list', async () => {
    for (const format of ['csv', 'xlsx']) {
      const { status, body } = await getError(
        ctx.app,
        `/api/exports/initiatives.${format}?country=XX`,
      );
      expect(status).toBe(400);
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.issues).toEqual([{ path: 'country', message: 'unknown country code XX' }]);
    }
    const badSort = await getError(ctx.app, '/api/exports/initiatives.csv?sort=colour');
    expect(badSort.status).toBe(400);
    expect(badSort.body.error.issues?.[0]?.path).toBe('sort');
  });

  it('serves its routes beside the participation-matrix exports under /api/exports', () => {
    const paths = ctx.app.routes.map((route) => route.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/exports/initiatives.csv', '/api/exports/initiatives.xlsx']),
    );
  });
});

describeDb('an export over the row limit', () => {
  let handle: DbHandle;
  let app: TestApp;
  beforeAll(async () => {
    handle = await openTestDb();
    app = createTestApp(handle);
    await sql`insert into initiatives (slug, title, kind, status, framework)
      select 'bulk-' || n, 'Bulk initiative ' || n, 'multinational_project', 'proposed', 'BULK'
      from generate_series(1, 50001) n`.execute(handle.db);
  });
  afterAll(() => handle.close());

  it('is refused with 422 saying how many rows matched and what the limit is', async () => {
    const { status, body } = await getError(app, '/api/exports/initiatives.csv?framework=BULK');
    expect(status).toBe(422);
    expect(body.error.code).toBe('too_many_rows');
    expect(body.error.message).toContain('50001');
    expect(body.error.message).toContain('50000');
  });
});
