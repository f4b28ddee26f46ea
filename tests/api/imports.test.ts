import { readFileSync } from 'node:fs';
import {
  apiErrorSchema,
  auditListSchema,
  importApplyResultSchema,
  importColumns,
  importReportSchema,
  initiativeDetailSchema,
  initiativeListSchema,
  type ImportReport,
} from '@tracker/shared';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAs, postForm, sendJson, type Caller } from '../fixtures/api-requests';
import { createUserWithSession } from '../fixtures/auth';
import { getJson, useTestApp, type TestApp, type TestAppContext } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

const fixturePath = new URL('../fixtures/import-initiatives-50.csv', import.meta.url);
const fixture = readFileSync(fixturePath);
const fixtureRows = Papa.parse<Record<string, string>>(fixture.toString('utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

/** The problems the fixture was written with: spreadsheet row → column and message start. */
const expectedProblems: Record<number, { column: string; message: RegExp }> = {
  12: { column: 'title', message: /^Duplicate of the existing initiative .*nato-hvp-dcrm-2025/ },
  20: { column: 'title', message: /^Same title and date as row 5\./ },
  27: { column: 'participants', message: /^Unknown country "Atlantis"/ },
  33: { column: 'materials', message: /^Unmapped material "Unobtainium"/ },
  40: { column: 'source_url', message: /^Missing source/ },
  46: { column: 'signed_on', message: /^"24\/06\/2025" is not a date/ },
};

function upload(
  app: TestApp,
  path: string,
  caller: Caller,
  file: Blob,
  fileName: string,
  token?: string,
) {
  const form = new FormData();
  form.append('file', new File([file], fileName));
  if (token !== undefined) form.append('token', token);
  return postForm(app, path, caller, form);
}

async function tableCounts(app: TestAppContext) {
  const { rows } = await sql<{
    initiatives: number;
    audit: number;
    participations: number;
    materials: number;
    sources: number;
  }>`
    select (select count(*)::int from initiatives) as initiatives,
           (select count(*)::int from audit_log) as audit,
           (select count(*)::int from participations) as participations,
           (select count(*)::int from initiative_materials) as materials,
           (select count(*)::int from sources) as sources`.execute(app.handle.db);
  return rows[0];
}

describeDb('bulk import', () => {
  const ctx = useTestApp();
  let editor: { cookie: string; user: { id: string } };
  let admin: { cookie: string };
  let report: ImportReport;

  beforeAll(async () => {
    editor = await createUserWithSession(ctx.handle, 'editor');
    admin = await createUserWithSession(ctx.handle, 'admin');
  });

  /** Sends a file to the dry run or the apply step as the editor: the status and the JSON body. */
  async function importFile(
    step: 'dry-run' | 'apply',
    file: Blob,
    fileName: string,
    token?: string,
  ) {
    const response = await upload(ctx.app, `/api/imports/${step}`, editor, file, fileName, token);
    return { status: response.status, body: (await response.json()) as unknown };
  }

  it('offers a template with every documented column', async () => {
    const response = await ctx.app.request('/api/imports/template.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const text = (await response.text()).replace(/^\uFEFF/, '').trim();
    expect(text.split(',')).toEqual(importColumns.map((column) => column.name));
    // The fixture follows the template.
    expect(Object.keys(fixtureRows[0] ?? {})).toEqual(importColumns.map((column) => column.name));
  });

  it('needs an editor: anonymous 401, viewer 403', async () => {
    const viewer = await createUserWithSession(ctx.handle, 'viewer');
    const blob = new Blob([fixture]);
    expect((await upload(ctx.app, '/api/imports/dry-run', null, blob, 'a.csv')).status).toBe(401);
    expect((await upload(ctx.app, '/api/imports/dry-run', viewer, blob, 'a.csv')).status).toBe(403);
  });

  it('dry run of the 50-row file lists exactly the problems it holds and writes nothing', async () => {
    const before = await tableCounts(ctx);
    const { status, body } = await importFile('dry-run', new Blob([fixture]), 'import.csv');
    expect(status, JSON.stringify(body)).toBe(200);
    report = importReportSchema.parse(body);
    expect(await tableCounts(ctx)).toEqual(before);

    expect(report.format).toBe('csv');
    expect(report.rows).toHaveLength(50);
    expect(report.rows.map((r) => r.row)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    const withProblems = report.rows.filter((r) => r.problems.length > 0);
    expect(withProblems.map((r) => r.row)).toEqual(Object.keys(expectedProblems).map(Number));
    for (const row of withProblems) {
      const expected = expectedProblems[row.row];
      expect(row.action, `row ${row.row}`).toBe('skip');
      expect(row.problems, `row ${row.row}`).toHaveLength(1);
      expect(row.problems[0]?.column).toBe(expected?.column);
      expect(row.problems[0]?.message).toMatch(expected?.message ?? /^$/);
    }
    expect(report.summary).toEqual({ rows: 50, create: 44, update: 0, skip: 6, problems: 6 });
    expect(new Set(report.rows.flatMap((r) => (r.slug ? [r.slug] : []))).size).toBe(
      report.rows.filter((r) => r.slug).length,
    );
  });

  it('applies the reported rows in one transaction, audited as one import', async () => {
    const before = await tableCounts(ctx);
    const { status, body } = await importFile(
      'apply',
      new Blob([fixture]),
      'import.csv',
      report.importToken,
    );
    expect(status, JSON.stringify(body)).toBe(200);
    const result = importApplyResultSchema.parse(body);
    const reportedCreates = report.rows.filter((r) => r.action === 'create').map((r) => r.slug);
    expect(result.created).toEqual(reportedCreates);
    expect(result.updated).toEqual([]);
    expect(result.skipped).toBe(6);

    const after = await tableCounts(ctx);
    expect(after?.initiatives).toBe((before?.initiatives ?? 0) + 44);
    // One audit row per record plus one for the import.
    expect(after?.audit).toBe((before?.audit ?? 0) + 45);
    expect(after?.sources).toBe((before?.sources ?? 0) + 44);

    const audit = await getAs(
      ctx.app,
      `/api/audit?importId=${result.importId}&pageSize=200`,
      admin,
    );
    const entries = auditListSchema.parse(await audit.json());
    expect(entries.total).toBe(45);
    expect(entries.items.filter((e) => e.action === 'initiative.create')).toHaveLength(44);
    expect(entries.items.filter((e) => e.action === 'import.apply')).toHaveLength(1);
    expect(entries.items.every((e) => e.user?.id === editor.user.id)).toBe(true);

    // Name variants resolved: row 3 "Turkey (lead); Czech Republic; Bulgaria", row 2 "Türkiye; Czechia; Romania".
    const row3 = report.rows.find((r) => r.row === 3);
    const detail = await getAs(ctx.app, `/api/initiatives/${row3?.slug}`, editor);
    const record = initiativeDetailSchema.parse(await detail.json());
    expect(record.participants.map((p) => [p.country.code, p.role]).sort()).toEqual([
      ['BG', 'participant'],
      ['CZ', 'participant'],
      ['TR', 'lead'],
    ]);
    expect(record.leadCountry?.code).toBe('TR');
    expect(record.materials.map((m) => m.id).sort()).toEqual(['titanium', 'tungsten']);
    expect(record.visibility).toBe('published');

    // Published rows show in the public list; drafts do not.
    const list = await getJson(
      ctx.app,
      '/api/initiatives?q=Test%20import&pageSize=200',
      initiativeListSchema,
    );
    const published = fixtureRows.filter(
      (row, index) => row.visibility === 'published' && !expectedProblems[index + 2],
    );
    expect(list.items).toHaveLength(published.length);
  });

  it('refuses to apply a token that no longer matches (the data changed since the dry run)', async () => {
    const before = await tableCounts(ctx);
    // The rows now duplicate what the previous test imported: the report differs from the token's.
    const { status, body } = await importFile(
      'apply',
      new Blob([fixture]),
      'import.csv',
      report.importToken,
    );
    expect(status).toBe(409);
    expect(apiErrorSchema.parse(body).error.code).toBe('import_changed');
    expect(await tableCounts(ctx)).toEqual(before);
  });

  it('updates an existing record named by its slug, keeping what the file does not set', async () => {
    const csv = Papa.unparse([
      importColumns.map((c) => c.name),
      importColumns.map(
        (c) =>
          ({
            slug: report.rows[0]?.slug ?? '',
            title: 'Test import 01: synthetic supply-chain record (updated)',
            kind: 'joint_procurement',
            status: 'active',
            signed_on: '2025-02-02',
            participants: 'Czech Republic; Turkey',
            materials: 'Lithium',
            source_url: 'https://example.org/test-import/01-updated',
          })[c.name as string] ?? '',
      ),
    ]);
    const dry = await importFile('dry-run', new Blob([csv]), 'update.csv');
    const dryReport = importReportSchema.parse(dry.body);
    expect(dryReport.rows).toEqual([
      {
        row: 2,
        action: 'update',
        title: 'Test import 01: synthetic supply-chain record (updated)',
        slug: report.rows[0]?.slug,
        problems: [],
      },
    ]);
    const applied = await importFile('apply', new Blob([csv]), 'update.csv', dryReport.importToken);
    expect(applied.status).toBe(200);
    expect(importApplyResultSchema.parse(applied.body).updated).toEqual([report.rows[0]?.slug]);
    const detail = initiativeDetailSchema.parse(
      await (await getAs(ctx.app, `/api/initiatives/${report.rows[0]?.slug}`, editor)).json(),
    );
    expect(detail).toMatchObject({ status: 'active', version: 2, visibility: 'draft' });
    expect(detail.participants.map((p) => p.country.code).sort()).toEqual(['CZ', 'TR']);
  });

  it('reads the same rows from an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Initiatives');
    sheet.addRow(importColumns.map((c) => c.name));
    for (const row of fixtureRows.slice(0, 5)) {
      sheet.addRow(
        importColumns.map((c) =>
          c.name === 'title' ? `${row.title ?? ''} (xlsx)` : (row[c.name] ?? ''),
        ),
      );
    }
    const bytes = await workbook.xlsx.writeBuffer();
    const { status, body } = await importFile('dry-run', new Blob([bytes]), 'import.xlsx');
    expect(status, JSON.stringify(body)).toBe(200);
    const xlsxReport = importReportSchema.parse(body);
    expect(xlsxReport.format).toBe('xlsx');
    expect(xlsxReport.rows.map((r) => [r.row, r.action, r.problems])).toEqual([
      [2, 'create', []],
      [3, 'create', []],
      [4, 'create', []],
      [5, 'create', []],
      [6, 'create', []],
    ]);
  });

  describe('hostile files', () => {
    const header = importColumns.map((c) => c.name);
    const rowWith = (values: Partial<Record<string, string>>) =>
      header.map(
        (name) =>
          values[name] ??
          (
            {
              title: 'Test hostile row',
              kind: 'multinational_project',
              status: 'signed',
              signed_on: '2025-06-24',
              participants: 'Germany',
              source_url: 'https://example.org/test-hostile',
            } as Record<string, string>
          )[name] ??
          '',
      );
    // Papa.unparse without escapeFormulae: the cells reach the server as written.
    const csvOf = (...rows: string[][]) => Papa.unparse([header, ...rows]);

    const dryRun = (file: Blob, name = 'hostile.csv') => importFile('dry-run', file, name);

    it('refuses formula-leading cells and markup per cell, naming the column', async () => {
      const { status, body } = await dryRun(
        new Blob([
          csvOf(
            rowWith({ title: '=HYPERLINK("https://example.org","click")' }),
            rowWith({ summary: '+SUM(A1:A2)', title: 'Test hostile 2' }),
            rowWith({ summary: '@cmd', title: 'Test hostile 3' }),
            rowWith({ summary: '<script>alert(1)</script>', title: 'Test hostile 4' }),
            rowWith({ event: '<img src=x onerror=alert(1)>', title: 'Test hostile 5' }),
          ),
        ]),
      );
      expect(status).toBe(200);
      const parsed = importReportSchema.parse(body);
      expect(parsed.rows.map((r) => [r.action, r.problems.map((p) => p.column)])).toEqual([
        ['skip', ['title', 'title']],
        ['skip', ['summary']],
        ['skip', ['summary']],
        ['skip', ['summary']],
        ['skip', ['event']],
      ]);
      expect(parsed.rows[0]?.problems[0]?.message).toMatch(/formula/);
      expect(parsed.rows[3]?.problems[0]?.message).toMatch(/HTML/);
      expect(parsed.summary.create).toBe(0);
    });

    it('refuses a file over 10 MB with 413', async () => {
      const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
      const { status, body } = await dryRun(new Blob([big]));
      expect(status).toBe(413);
      expect(apiErrorSchema.parse(body).error.code).toBe('payload_too_large');
    });

    it('refuses text that is not UTF-8 with 415 and says how to save it', async () => {
      const latin1 = Buffer.from(csvOf(rowWith({ participants: 'Türkiye' })), 'latin1');
      const { status, body } = await dryRun(new Blob([latin1]));
      expect(status).toBe(415);
      const error = apiErrorSchema.parse(body).error;
      expect(error.code).toBe('unsupported_encoding');
      expect(error.message).toMatch(/UTF-8/);
      const utf16 = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(csvOf(rowWith({})), 'utf16le'),
      ]);
      expect((await dryRun(new Blob([utf16]))).status).toBe(415);
    });

    it('refuses a workbook with a formula and a header that does not match the template', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('x');
      sheet.addRow(header);
      sheet.addRow(rowWith({}));
      sheet.getCell('B2').value = { formula: 'CONCAT("a","b")', result: 'ab' };
      const withFormula = await dryRun(new Blob([await workbook.xlsx.writeBuffer()]), 'f.xlsx');
      expect(withFormula.status).toBe(422);
      expect(apiErrorSchema.parse(withFormula.body).error.code).toBe('formula_in_file');

      const badHeader = await dryRun(new Blob(['name,kind\nTest,x\n']));
      expect(badHeader.status).toBe(422);
      const error = apiErrorSchema.parse(badHeader.body).error;
      expect(error.code).toBe('invalid_header');
      expect(error.issues?.map((i) => i.path)).toEqual(
        expect.arrayContaining(['column 1', 'title', 'status', 'source_url']),
      );
    });

    it('refuses a non-multipart body and a missing file', async () => {
      const json = await sendJson(ctx.app, 'POST', '/api/imports/dry-run', editor, {});
      expect(json.status).toBe(415);
      const form = new FormData();
      form.append('other', 'x');
      const missing = await postForm(ctx.app, '/api/imports/dry-run', editor, form);
      expect(missing.status).toBe(422);
      expect(apiErrorSchema.parse(await missing.json()).error.issues?.[0]?.path).toBe('file');
    });
  });
});
