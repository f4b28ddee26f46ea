import { createApp } from '@tracker/api';
import {
  filterOptionsSchema,
  initiativeWriteResultSchema,
  type FilterOptions,
  type InitiativeFormValues,
} from '@tracker/shared';
import { beforeAll, expect, it } from 'vitest';
import { initiativeCuration } from '../../db/seed/curation';
import { getAs, ifMatch, sendJson, type SignedIn } from '../fixtures/api-requests';
import { createUserWithSession } from '../fixtures/auth';
import { readCsv } from '../fixtures/reference-csv';
import { getJson, useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

const initiativesCsv = readCsv('initiatives.csv');

/** The order the endpoint promises: case-insensitive, then exact, by code point. */
const byText = (a: string, b: string) => {
  const [la, lb] = [a.toLowerCase(), b.toLowerCase()];
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/** The frameworks and their counts straight from the seed's curation, one entry per CSV row. */
function seedFrameworks(): FilterOptions['frameworks'] {
  const counts = new Map<string, number>();
  for (const row of initiativesCsv) {
    const framework = initiativeCuration[row.initiative_id ?? '']?.framework;
    if (framework) counts.set(framework, (counts.get(framework) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => byText(a.name, b.name));
}

/** A record under a framework nothing else uses, so its option can only come from it. */
const draftInput = (title: string, framework: string): InitiativeFormValues => ({
  title,
  summary: 'Synthetic record written by the filter-options tests.',
  kind: 'multinational_project',
  status: 'signed',
  signedOn: '2025-06-24',
  datePrecision: 'day',
  framework,
  participants: [{ countryCode: 'PL', role: 'participant' }],
  materials: [],
  sources: [{ url: 'https://www.nato.int/cps/en/natohq/news.htm', title: 'Test source' }],
  milestones: [],
});

const getOptions = (app: ReturnType<typeof useTestApp>['app']) =>
  getJson(app, '/api/filter-options', filterOptionsSchema);

describeDb('GET /api/filter-options', () => {
  const ctx = useTestApp();
  let editor: SignedIn;

  beforeAll(async () => {
    editor = await createUserWithSession(ctx.handle, 'editor');
  });

  it('lists every framework of the seed data with its count, and every initiative by title', async () => {
    const options = await getOptions(ctx.app);
    const expected = seedFrameworks();
    expect(expected.length).toBeGreaterThan(1);
    expect(options.frameworks).toEqual(expected);

    const initiatives = initiativesCsv
      .map((row) => ({ slug: (row.initiative_id ?? '').toLowerCase(), title: row.name ?? '' }))
      .sort((a, b) => byText(a.title, b.title));
    expect(initiatives).toHaveLength(29);
    expect(options.initiatives).toEqual(initiatives);
    expect(options.dataVersion).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('answers with one SQL statement', async () => {
    ctx.statements = 0;
    await getOptions(ctx.app);
    expect(ctx.statements).toBe(1);
  });

  it('carries the data version as its ETag and answers 304 while it holds', async () => {
    const first = await ctx.app.request('/api/filter-options');
    const tag = first.headers.get('ETag');
    const { dataVersion } = filterOptionsSchema.parse(await first.json());
    expect(tag).toBe(`W/"${dataVersion}"`);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');

    const again = await ctx.app.request('/api/filter-options', {
      headers: { 'If-None-Match': tag ?? '' },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(tag);
    expect(await again.text()).toBe('');

    const other = await ctx.app.request('/api/filter-options', {
      headers: { 'If-None-Match': 'W/"2001-01-01T00:00:00.000Z"' },
    });
    expect(other.status).toBe(200);
  });

  it('leaves a draft out (and keeps the ETag), shows it once published, and drops it when archived', async () => {
    const before = await ctx.app.request('/api/filter-options');
    const beforeTag = before.headers.get('ETag');
    const framework = 'Test framework only a draft uses';

    const created = await sendJson(
      ctx.app,
      'POST',
      '/api/initiatives',
      editor,
      draftInput('Test filter-options candidate', framework),
    );
    expect(created.status).toBe(201);
    const draft = initiativeWriteResultSchema.parse(await created.json());
    expect(draft.visibility).toBe('draft');
    // The editor sees the draft elsewhere; the options are the same for everyone.
    expect((await getAs(ctx.app, `/api/initiatives/${draft.slug}`, editor)).status).toBe(200);

    for (const options of [
      await getOptions(ctx.app),
      filterOptionsSchema.parse(await (await getAs(ctx.app, '/api/filter-options', editor)).json()),
    ]) {
      expect(options.initiatives.map((i) => i.slug)).not.toContain(draft.slug);
      expect(options.frameworks.map((f) => f.name)).not.toContain(framework);
    }
    const whileDraft = await ctx.app.request('/api/filter-options', {
      headers: { 'If-None-Match': beforeTag ?? '' },
    });
    expect(whileDraft.status).toBe(304);

    const path = `/api/initiatives/${draft.slug}`;
    expect(
      (await sendJson(ctx.app, 'POST', `${path}/publish`, editor, {}, ifMatch(1))).status,
    ).toBe(200);
    const published = await ctx.app.request('/api/filter-options', {
      headers: { 'If-None-Match': beforeTag ?? '' },
    });
    expect(published.status).toBe(200);
    expect(published.headers.get('ETag')).not.toBe(beforeTag);
    const afterPublish = filterOptionsSchema.parse(await published.json());
    expect(afterPublish.initiatives).toContainEqual({
      slug: draft.slug,
      title: 'Test filter-options candidate',
    });
    expect(afterPublish.frameworks).toContainEqual({ name: framework, count: 1 });

    expect(
      (await sendJson(ctx.app, 'POST', `${path}/archive`, editor, {}, ifMatch(2))).status,
    ).toBe(200);
    const afterArchive = await getOptions(ctx.app);
    expect(afterArchive.initiatives.map((i) => i.slug)).not.toContain(draft.slug);
    expect(afterArchive.frameworks.map((f) => f.name)).not.toContain(framework);
    expect(afterArchive.frameworks).toEqual(seedFrameworks());
    expect(afterArchive.dataVersion).not.toBe(afterPublish.dataVersion);
  });

  it('needs a session when reading requires sign-in, and is then kept only privately', async () => {
    const gated = createApp({
      db: ctx.handle.db,
      logError: () => {},
      auth: { readRequiresSignIn: true },
    });
    expect((await gated.request('/api/filter-options')).status).toBe(401);
    const viewer = await createUserWithSession(ctx.handle, 'viewer');
    const response = await getAs(gated, '/api/filter-options', viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('private, no-cache');
    expect(filterOptionsSchema.parse(await response.json())).toEqual(await getOptions(ctx.app));
  });
});
