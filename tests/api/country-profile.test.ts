import { countryProfileSchema } from '@tracker/shared';
import { expect, it } from 'vitest';
import { list, readCsv } from '../fixtures/reference-csv';
import { getError, getJson, useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

const initiativesCsv = readCsv('initiatives.csv');
const countriesCsv = readCsv('countries.csv');
const slugOf = (referenceCode: string | undefined) => (referenceCode ?? '').toLowerCase();
const participantsOf = (row: Record<string, string>) => list(row.participants_iso2);
const polandRows = initiativesCsv.filter((row) => participantsOf(row).includes('PL'));

/** How many of Poland's initiatives each other country shares, straight from the reference file. */
function partnerCountsFromCsv(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of polandRows) {
    for (const code of participantsOf(row)) {
      if (code !== 'PL') counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return counts;
}

describeDb('GET /api/countries/:code/profile', () => {
  const ctx = useTestApp();

  const getProfile = (path: string) => getJson(ctx.app, path, countryProfileSchema);

  it("gives Poland's memberships as the reference file states them", async () => {
    const profile = await getProfile('/api/countries/pl/profile');
    const reference = countriesCsv.find((row) => row.iso_alpha2 === 'PL');
    expect(profile).toMatchObject({
      code: 'PL',
      status: 'nato_ally',
      natoMemberSince: reference?.nato_accession_date,
      euMember: reference?.eu_member === 'yes',
      euMemberSince: reference?.eu_entry_date || null,
      asOf: null,
    });
    expect(profile.dataVersion).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(Date.parse(profile.generatedAt)).not.toBeNaN();
    expect(profile.sources.length).toBeGreaterThan(0);
  });

  it('lists exactly the initiatives whose reference row lists PL', async () => {
    const profile = await getProfile('/api/countries/PL/profile');
    expect(profile.initiatives.map((i) => i.slug).sort()).toEqual(
      polandRows.map((row) => slugOf(row.initiative_id)).sort(),
    );
    // Every initiative source is listed, each once, and belongs to one of Poland's initiatives.
    const urls = profile.initiativeSources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    const expectedUrls = new Set(polandRows.flatMap((row) => list(row.sources)));
    for (const url of urls) expect(expectedUrls.has(url)).toBe(true);
  });

  it('ranks partners by the number of initiatives shared, as counted from the reference file', async () => {
    const profile = await getProfile('/api/countries/PL/profile');
    const expected = partnerCountsFromCsv();
    expect(profile.partners).toHaveLength(Math.min(10, expected.size));
    for (const partner of profile.partners) {
      expect(partner.sharedCount, partner.code).toBe(expected.get(partner.code));
      expect(partner.initiatives).toHaveLength(partner.sharedCount);
    }
    const topCounts = [...expected.values()].sort((a, b) => b - a).slice(0, 10);
    expect(profile.partners.map((p) => p.sharedCount)).toEqual(topCounts);
    expect(profile.partners.map((p) => p.code)).not.toContain('PL');
  });

  it('covers the materials of its initiatives with the union of their activities', async () => {
    const profile = await getProfile('/api/countries/PL/profile');
    const lithium = profile.materials.find((m) => m.id === 'lithium');
    expect(lithium?.initiatives.map((i) => i.slug)).toContain('nato-hvp-dcrm-2025');
    expect(lithium?.activities).toEqual(expect.arrayContaining(['acquisition', 'storage']));
    const slugs = new Set(profile.initiatives.map((i) => i.slug));
    for (const material of profile.materials) {
      for (const initiative of material.initiatives) expect(slugs.has(initiative.slug)).toBe(true);
    }
  });

  it('puts joinings the sources do not date under unknown, never on a guessed day', async () => {
    const profile = await getProfile('/api/countries/PL/profile');
    const undated = profile.initiatives.filter((i) => i.joinedOn === null).map((i) => i.slug);
    // Initiatives the reference file gives no date at all cannot have a sourced join date.
    const noDateRows = polandRows.filter((row) => row.date === '').map((row) => row.initiative_id);
    expect(noDateRows.length).toBeGreaterThan(0);
    for (const code of noDateRows) expect(undated).toContain(slugOf(code));

    expect(profile.timeline.unknown.map((i) => i.slug).sort()).toEqual([...undated].sort());
    const datedSlugs = profile.timeline.dated.flatMap((entry) =>
      entry.initiatives.map((i) => {
        expect(profile.initiatives.find((p) => p.slug === i.slug)?.joinedOn).toBe(entry.date);
        return i.slug;
      }),
    );
    expect(datedSlugs.length + undated.length).toBe(profile.initiatives.length);
    const dates = profile.timeline.dated.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('as of a day, shows only the participations in force then', async () => {
    const profile = await getProfile('/api/countries/PL/profile?asOf=2025-01-01');
    expect(profile.asOf).toBe('2025-01-01');
    const slugs = profile.initiatives.map((i) => i.slug);
    expect(slugs).not.toContain('nato-hvp-dcrm-2025');
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs.length).toBeLessThan(polandRows.length);
  });

  it('issues one SQL statement', async () => {
    ctx.statements = 0;
    await getProfile('/api/countries/TR/profile');
    expect(ctx.statements).toBe(1);
  });

  it('answers an unknown country with 404 and a malformed one with 400', async () => {
    const missing = await getError(ctx.app, '/api/countries/XX/profile');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('XX');
    const malformed = await getError(ctx.app, '/api/countries/Poland/profile');
    expect(malformed.status).toBe(400);
    const badDate = await getError(ctx.app, '/api/countries/PL/profile?asOf=2025-13-01');
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.issues?.map((i) => i.path)).toEqual(['asOf']);
  });
});
