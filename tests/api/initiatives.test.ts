import { initiativeDetailSchema, initiativeListSchema } from '@tracker/shared';
import { expect, it } from 'vitest';
import { list, readCsv } from '../fixtures/reference-csv';
import { getError, getJson, useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

const initiativesCsv = readCsv('initiatives.csv');
const participantsOf = (row: Record<string, string>) => list(row.participants_iso2);
const rawMaterialsProject = initiativesCsv.find(
  (row) => row.initiative_id === 'NATO-HVP-DCRM-2025',
);

describeDb('GET /api/initiatives', () => {
  const ctx = useTestApp();

  it('lists all the reference initiatives with a total', async () => {
    const body = await getJson(ctx.app, '/api/initiatives?pageSize=200', initiativeListSchema);
    expect(body.total).toBe(initiativesCsv.length);
    expect(body.items).toHaveLength(initiativesCsv.length);
    expect(new Set(body.items.map((item) => item.referenceCode))).toEqual(
      new Set(initiativesCsv.map((row) => row.initiative_id)),
    );
  });

  it('paginates: pages do not overlap and together cover the list', async () => {
    const first = await getJson(
      ctx.app,
      '/api/initiatives?pageSize=10&page=1&sort=title',
      initiativeListSchema,
    );
    const third = await getJson(
      ctx.app,
      '/api/initiatives?pageSize=10&page=3&sort=title',
      initiativeListSchema,
    );
    expect(first.items).toHaveLength(10);
    expect(third.items).toHaveLength(initiativesCsv.length - 20);
    const titles = first.items.map((item) => item.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    expect(third.items.some((item) => titles.includes(item.title))).toBe(false);
  });

  it('filters by country with match=any and match=all as the reference file says', async () => {
    const countries = ['DE', 'PL', 'SE'];
    const anyExpected = initiativesCsv.filter((row) =>
      countries.some((c) => participantsOf(row).includes(c)),
    );
    const allExpected = initiativesCsv.filter((row) =>
      countries.every((c) => participantsOf(row).includes(c)),
    );
    const query = countries.map((c) => `country=${c}`).join('&');
    const any = await getJson(
      ctx.app,
      `/api/initiatives?${query}&pageSize=200`,
      initiativeListSchema,
    );
    const all = await getJson(
      ctx.app,
      `/api/initiatives?${query}&match=all&pageSize=200`,
      initiativeListSchema,
    );
    expect(any.items.map((i) => i.referenceCode).sort()).toEqual(
      anyExpected.map((r) => r.initiative_id).sort(),
    );
    expect(all.items.map((i) => i.referenceCode).sort()).toEqual(
      allExpected.map((r) => r.initiative_id).sort(),
    );
    expect(all.total).toBeLessThan(any.total);
    expect(all.items.map((i) => i.referenceCode)).toContain('NATO-HVP-DCRM-2025');
  });

  it('filters by material, status and text', async () => {
    const lithium = await getJson(
      ctx.app,
      '/api/initiatives?material=lithium&pageSize=200',
      initiativeListSchema,
    );
    expect(lithium.items.length).toBeGreaterThan(0);
    for (const item of lithium.items) expect(item.materials.map((m) => m.id)).toContain('lithium');

    const proposed = await getJson(
      ctx.app,
      '/api/initiatives?status=proposed&pageSize=200',
      initiativeListSchema,
    );
    for (const item of proposed.items) expect(item.status).toBe('proposed');

    const stockpile = await getJson(ctx.app, '/api/initiatives?q=stockpiles', initiativeListSchema);
    expect(stockpile.items.map((i) => i.referenceCode)).toContain('NATO-HVP-DCRM-2025');
    const nothing = await getJson(ctx.app, '/api/initiatives?q=zzzqqqxxx', initiativeListSchema);
    expect(nothing).toMatchObject({ total: 0, items: [] });
  });

  it('sorts by participant count in both directions', async () => {
    const desc = await getJson(
      ctx.app,
      '/api/initiatives?sort=-participants&pageSize=200',
      initiativeListSchema,
    );
    const counts = desc.items.map((item) => item.participantCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(Math.max(...initiativesCsv.map((row) => participantsOf(row).length)));
    const asc = await getJson(
      ctx.app,
      '/api/initiatives?sort=participants&pageSize=200',
      initiativeListSchema,
    );
    expect(asc.items.map((item) => item.participantCount)).toEqual([...counts].reverse());
  });

  it.each([10, 50, 200])('issues at most 2 SQL statements at page size %i', async (pageSize) => {
    ctx.statements = 0;
    const body = await getJson(
      ctx.app,
      `/api/initiatives?pageSize=${pageSize}&country=DE&match=all&material=lithium`,
      initiativeListSchema,
    );
    expect(body.items.length).toBeGreaterThan(0);
    expect(ctx.statements).toBeGreaterThan(0);
    expect(ctx.statements).toBeLessThanOrEqual(2);
  });

  it('answers a bad query with 400 naming each parameter', async () => {
    const { status, body } = await getError(
      ctx.app,
      '/api/initiatives?pageSize=500&country=Germany&match=some&colour=red',
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues?.map((issue) => issue.path).sort()).toEqual([
      'colour',
      'country.0',
      'match',
      'pageSize',
    ]);
    expect(body.error.message).toContain('pageSize');
  });
});

describeDb('GET /api/initiatives/:slug', () => {
  const ctx = useTestApp();

  it('shows the 24 June 2025 raw-materials project with its 12 Allies, materials and sources', async () => {
    const project = await getJson(
      ctx.app,
      '/api/initiatives/nato-hvp-dcrm-2025',
      initiativeDetailSchema,
    );
    expect(rawMaterialsProject).toBeDefined();
    expect(project.participants.map((p) => p.country.code).sort()).toEqual(
      participantsOf(rawMaterialsProject ?? {}).sort(),
    );
    expect(project.participants).toHaveLength(12);
    expect(project.participants.every((p) => p.country.status === 'nato_ally')).toBe(true);
    expect(project.participants.find((p) => p.country.code === 'TR')?.country.name).toBe('Türkiye');
    expect(project.materials.map((m) => m.id).sort()).toEqual([
      'lithium',
      'rare-earth-elements',
      'titanium',
    ]);
    expect(project.sources.map((s) => s.url)).toEqual(list(rawMaterialsProject?.sources));
    expect(project.signedOn).toBe('2025-06-24');
    expect(project.leadCountry).toBeNull();
    expect(project.unconfirmed).toMatch(/lead nation/);
    expect(project.related.map((r) => r.slug)).toContain('nato-roadmap-2024');
  });

  it('answers 404 for an unknown initiative and 400 for a malformed slug', async () => {
    const missing = await getError(ctx.app, '/api/initiatives/no-such-initiative');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const malformed = await getError(ctx.app, '/api/initiatives/Not%20A%20Slug');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.issues?.[0]?.path).toBe('slug');
  });
});
