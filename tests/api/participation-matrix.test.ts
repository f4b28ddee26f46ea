import {
  initiativeWriteResultSchema,
  participationMatrixSchema,
  type InitiativeFormValues,
  type ParticipationMatrix,
} from '@tracker/shared';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { ifMatch, sendJson, type SignedIn } from '../fixtures/api-requests';
import { createUserWithSession } from '../fixtures/auth';
import { list, readCsv } from '../fixtures/reference-csv';
import { getError, getJson, useTestApp, type TestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

const initiativesCsv = readCsv('initiatives.csv');
const slugOf = (referenceCode: string | undefined) => (referenceCode ?? '').toLowerCase();
const participantsOf = (row: Record<string, string>) => list(row.participants_iso2);

const getMatrix = (app: TestApp, query: string) =>
  getJson(app, `/api/participation-matrix${query}`, participationMatrixSchema);

const cellsOf = (matrix: ParticipationMatrix, slug: string) =>
  matrix.cells.filter((cell) => cell.initiative === slug);

describeDb('GET /api/participation-matrix', () => {
  const ctx = useTestApp();

  it('without a filter, has a cell for every participation in the reference file', async () => {
    const matrix = await getMatrix(ctx.app, '');
    expect(matrix.initiatives).toHaveLength(initiativesCsv.length);
    const expected = initiativesCsv.flatMap((row) =>
      participantsOf(row).map((code) => `${code}|${slugOf(row.initiative_id)}`),
    );
    expect(matrix.cells.map((cell) => `${cell.country}|${cell.initiative}`).sort()).toEqual(
      expected.sort(),
    );
    // Rows are exactly the countries with at least one cell.
    expect(matrix.countries.map((c) => c.code).sort()).toEqual(
      [...new Set(expected.map((key) => key.split('|')[0]))].sort(),
    );
  });

  it('filters by country: every initiative includes Türkiye, and the raw-materials project has its 12 countries', async () => {
    const matrix = await getMatrix(ctx.app, '?country=TR');
    const expected = initiativesCsv.filter((row) => participantsOf(row).includes('TR'));
    expect(matrix.initiatives.map((i) => i.slug).sort()).toEqual(
      expected.map((row) => slugOf(row.initiative_id)).sort(),
    );
    for (const initiative of matrix.initiatives) {
      expect(cellsOf(matrix, initiative.slug).map((cell) => cell.country)).toContain('TR');
    }
    const hvp = initiativesCsv.find((row) => row.initiative_id === 'NATO-HVP-DCRM-2025');
    expect(
      cellsOf(matrix, 'nato-hvp-dcrm-2025')
        .map((cell) => cell.country)
        .sort(),
    ).toEqual(participantsOf(hvp ?? {}).sort());
    expect(participantsOf(hvp ?? {})).toHaveLength(12);
  });

  it('has row and column totals equal to the number of cells', async () => {
    const matrix = await getMatrix(ctx.app, '?country=DE&country=PL&match=all');
    expect(matrix.initiatives.length).toBeGreaterThan(0);
    for (const country of matrix.countries) {
      expect(country.count).toBe(matrix.cells.filter((c) => c.country === country.code).length);
    }
    for (const initiative of matrix.initiatives) {
      expect(initiative.count).toBe(cellsOf(matrix, initiative.slug).length);
    }
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(matrix.countries.map((c) => c.count))).toBe(matrix.cells.length);
    expect(sum(matrix.initiatives.map((i) => i.count))).toBe(matrix.cells.length);
  });

  it('keeps a named country as a row even when it takes part in nothing matched', async () => {
    // Nothing in the reference data has Iceland; with match=any its row still shows, at zero.
    const matrix = await getMatrix(ctx.app, '?country=IS&country=JP');
    expect(matrix.countries.find((c) => c.code === 'IS')).toMatchObject({ count: 0 });
    expect(matrix.countries.find((c) => c.code === 'JP')?.count).toBeGreaterThan(0);
  });

  it('as of 1 January 2025 leaves out the 24 June 2025 projects and later joinings', async () => {
    const matrix = await getMatrix(ctx.app, '?asOf=2025-01-01');
    const slugs = matrix.initiatives.map((i) => i.slug);
    const june = initiativesCsv.filter((row) => row.date === '2025-06-24');
    expect(june.length).toBeGreaterThan(0);
    for (const row of june) expect(slugs).not.toContain(slugOf(row.initiative_id));
    // Portugal and Türkiye joined the ammunition warehousing project on 13 February 2025.
    const mawi = cellsOf(matrix, 'nato-hvp-mawi').map((cell) => cell.country);
    expect(mawi.length).toBeGreaterThan(0);
    expect(mawi).not.toContain('TR');
    expect(mawi).not.toContain('PT');
    for (const cell of matrix.cells) {
      if (cell.joinedOn) expect(cell.joinedOn <= '2025-01-01').toBe(true);
    }
  });

  it('answers an unknown country with 400 naming it', async () => {
    const { status, body } = await getError(
      ctx.app,
      '/api/participation-matrix?country=DE&country=XX',
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toContain('XX');
    expect(body.error.issues).toEqual([{ path: 'country', message: 'unknown country code XX' }]);
    const material = await getError(ctx.app, '/api/participation-matrix?material=unobtainium');
    expect(material.status).toBe(400);
    expect(material.body.error.message).toContain('unobtainium');
  });

  it('refuses parameters the matrix does not take', async () => {
    const { status, body } = await getError(ctx.app, '/api/participation-matrix?page=2');
    expect(status).toBe(400);
    expect(body.error.issues?.map((issue) => issue.path)).toEqual(['page']);
  });

  it.each(['', '?country=TR', '?country=DE&country=PL&match=all&material=lithium&asOf=2025-07-01'])(
    'issues one SQL statement whatever the filter (%s)',
    async (query) => {
      ctx.statements = 0;
      await getMatrix(ctx.app, query);
      expect(ctx.statements).toBe(1);
    },
  );
});

describeDb('GET /api/exports/participation-matrix.csv and .xlsx', () => {
  const ctx = useTestApp();

  it('exports a CSV that parses back with a row per country, roles in cells and totals', async () => {
    const matrix = await getMatrix(ctx.app, '?country=TR');
    const response = await ctx.app.request('/api/exports/participation-matrix.csv?country=TR');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="participation-matrix-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = (await response.text()).replace(/^\uFEFF/, '');
    expect(text).toMatch(/^# Filters,Countries: Türkiye \(TR\)/m);
    expect(text).toMatch(/^# Generated at,\d{4}-\d{2}-\d{2}T/m);
    expect(text).toMatch(/^# Data version,\d{4}-\d{2}-\d{2}T/m);

    const parsed = Papa.parse<Record<string, string>>(text, {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    const totalRow = rows.at(-1);
    const countryRows = rows.slice(0, -1);
    expect(totalRow?.Country).toBe('Total');
    expect(countryRows.map((row) => row['ISO code'])).toEqual(matrix.countries.map((c) => c.code));
    expect(parsed.meta.fields).toEqual([
      'Country',
      'ISO code',
      ...matrix.initiatives.map((i) => i.title),
      'Total',
    ]);
    const hvp = matrix.initiatives.find((i) => i.slug === 'nato-hvp-dcrm-2025');
    const turkey = countryRows.find((row) => row['ISO code'] === 'TR');
    expect(turkey?.[hvp?.title ?? '']).toBe('Participant');
    expect(Number(turkey?.Total)).toBe(matrix.initiatives.length);
    expect(Number(totalRow?.Total)).toBe(matrix.cells.length);
    expect(Number(totalRow?.[hvp?.title ?? ''])).toBe(12);
  });

  it('exports an XLSX with the matrix on the first sheet and the filters on the second', async () => {
    const response = await ctx.app.request('/api/exports/participation-matrix.xlsx?country=TR');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const [sheet, about] = workbook.worksheets;
    expect(sheet?.getCell('A1').value).toBe('Country');
    const matrix = await getMatrix(ctx.app, '?country=TR');
    // Header row, a row per country, the totals row.
    expect(sheet?.rowCount).toBe(matrix.countries.length + 2);
    const aboutText = JSON.stringify(about?.getSheetValues());
    expect(aboutText).toContain('Türkiye (TR)');
    expect(aboutText).toContain('Data version');
  });

  it('answers an unknown code with a JSON 400, not a file', async () => {
    const { status, body } = await getError(
      ctx.app,
      '/api/exports/participation-matrix.csv?country=XX',
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain('XX');
  });
});

/** A record only Iceland takes part in (no seed initiative has it), so its cells are its own. */
const icelandInitiative = (title: string): InitiativeFormValues => ({
  title,
  summary: 'Synthetic record written by the participation-matrix tests.',
  kind: 'multinational_project',
  status: 'signed',
  signedOn: '2025-06-24',
  datePrecision: 'day',
  participants: [{ countryCode: 'IS', role: 'participant' }],
  materials: [],
  sources: [{ url: 'https://www.nato.int/cps/en/natohq/news.htm', title: 'Test source' }],
  milestones: [],
});

describeDb('the participation matrix data version', () => {
  const ctx = useTestApp();
  let editor: SignedIn;

  beforeAll(async () => {
    editor = await createUserWithSession(ctx.handle, 'editor');
  });

  /** The matrix's dataVersion and its CSV export's "Data version" line, which must agree. */
  async function versions(query: string) {
    const matrix = await getMatrix(ctx.app, query);
    const csv = await (
      await ctx.app.request(`/api/exports/participation-matrix.csv${query}`)
    ).text();
    const exported = /^# Data version,(.+)$/m.exec(csv)?.[1];
    expect(exported).toBe(matrix.dataVersion ?? 'no data');
    return matrix;
  }
  // Versions have millisecond resolution: pausing makes "unchanged" mean "left out", not "same ms".
  const nextMillisecond = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('stays the same when a draft is saved, and moves to the record when it is published', async () => {
    const before = await versions('?country=IS');
    expect(before.dataVersion).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(before.cells).toEqual([]);

    await nextMillisecond();
    const created = await sendJson(
      ctx.app,
      'POST',
      '/api/initiatives',
      editor,
      icelandInitiative('Test matrix draft'),
    );
    expect(created.status).toBe(201);
    const { slug } = initiativeWriteResultSchema.parse(await created.json());
    await nextMillisecond();
    const saved = await sendJson(
      ctx.app,
      'PUT',
      `/api/initiatives/${slug}`,
      editor,
      { ...icelandInitiative('Test matrix draft'), summary: 'Edited while a draft.' },
      ifMatch(1),
    );
    expect(saved.status).toBe(200);

    const whileDraft = await versions('?country=IS');
    expect(whileDraft.dataVersion).toBe(before.dataVersion);
    expect(whileDraft.cells).toEqual([]);
    expect((await versions('')).dataVersion).toBe(before.dataVersion);

    await nextMillisecond();
    const published = await sendJson(
      ctx.app,
      'POST',
      `/api/initiatives/${slug}/publish`,
      editor,
      {},
      ifMatch(2),
    );
    expect(published.status).toBe(200);
    const { rows } = await sql<{ updated_at: Date | string }>`
      select updated_at from initiatives where slug = ${slug}`.execute(ctx.handle.db);
    const after = await versions('?country=IS');
    expect(after.dataVersion).toBe(new Date(rows[0]?.updated_at ?? 0).toISOString());
    expect(Date.parse(after.dataVersion ?? '')).toBeGreaterThan(
      Date.parse(before.dataVersion ?? ''),
    );
    expect(after.cells.map((cell) => `${cell.country}|${cell.initiative}`)).toEqual([`IS|${slug}`]);
  });
});
