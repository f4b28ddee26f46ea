import { initiativeListSchema, initiativeSortFields } from '@tracker/shared';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { list, readCsv } from '../fixtures/reference-csv';
import { getError, getJson, useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

const initiativesCsv = readCsv('initiatives.csv');
const countriesCsv = readCsv('countries.csv');
const participantsOf = (row: Record<string, string>) => list(row.participants_iso2);
const codesWhere = (predicate: (row: Record<string, string>) => boolean) =>
  initiativesCsv
    .filter(predicate)
    .map((row) => row.initiative_id)
    .sort();

describeDb('the shared filter model on GET /api/initiatives', () => {
  const ctx = useTestApp();

  const codes = async (query: string) => {
    const body = await getJson(
      ctx.app,
      `/api/initiatives?pageSize=200&${query}`,
      initiativeListSchema,
    );
    expect(body.total).toBe(body.items.length);
    return body.items.map((item) => item.referenceCode).sort();
  };

  it('picks a country group as one: Indo-Pacific partners and EU members', async () => {
    const ip4 = ['AU', 'JP', 'KR', 'NZ'];
    expect(await codes('group=indo_pacific')).toEqual(
      codesWhere((row) => participantsOf(row).some((c) => ip4.includes(c))),
    );
    expect(await codes('group=indo_pacific&match=all')).toEqual(
      codesWhere((row) => ip4.every((c) => participantsOf(row).includes(c))),
    );
    const eu = countriesCsv.filter((row) => row.eu_member === 'yes').map((row) => row.iso_alpha2);
    expect(await codes('group=eu')).toEqual(
      codesWhere((row) => participantsOf(row).some((c) => eu.includes(c))),
    );
  });

  it('takes "members of initiative X" as a country set', async () => {
    const members = participantsOf(
      initiativesCsv.find((row) => row.initiative_id === 'NATO-HVP-DCRM-2025') ?? {},
    );
    expect(await codes('membersOf=nato-hvp-dcrm-2025')).toEqual(
      codesWhere((row) => participantsOf(row).some((c) => members.includes(c))),
    );
    expect(await codes('membersOf=nato-hvp-dcrm-2025&match=all')).toEqual(
      codesWhere((row) => members.every((c) => participantsOf(row).includes(c))),
    );
  });

  it('filters by role, lead country and framework', async () => {
    // The sources name Germany as the European Sky Shield Initiative's lead.
    expect(await codes('country=DE&role=lead')).toEqual(['ESSI-2022']);
    expect(await codes('lead=DE')).toEqual(['ESSI-2022']);
    expect(await codes('country=DE&role=partner')).toEqual([]);
    const eu = await codes('framework=EU');
    expect(eu).toEqual(codesWhere((row) => row.kind === 'EU initiative'));
  });

  it('ranges on the signed or announced date, months included', async () => {
    const june2025 = codesWhere((row) => (row.date ?? '').startsWith('2025-06'));
    expect(await codes('from=2025-06-01&to=2025-06-30')).toEqual(june2025);
    const before2024 = await codes('to=2023-12-31');
    expect(before2024).toEqual(codesWhere((row) => row.date !== '' && (row.date ?? '') < '2024'));
  });

  it('shows the alliance as it stood on a day with "as of"', async () => {
    // Sweden signed the raw-materials project and joined the tanker fleet on 24 June 2025.
    const dayBefore = await codes('country=SE&asOf=2025-06-23');
    expect(dayBefore).not.toContain('NATO-HVP-DCRM-2025');
    expect(dayBefore).not.toContain('NATO-MMF');
    const onTheDay = await codes('country=SE&asOf=2025-06-24');
    expect(onTheDay).toEqual(expect.arrayContaining(['NATO-HVP-DCRM-2025', 'NATO-MMF']));
    // Portugal joined the ammunition warehousing initiative on 13 February 2025, after its 2021 MoU.
    expect(await codes('country=PT&asOf=2024-12-31')).not.toContain('NATO-HVP-MAWI');
    expect(await codes('country=PT&asOf=2025-02-13')).toContain('NATO-HVP-MAWI');
    // Undated initiatives cannot be placed on a day and are left out.
    const undated = codesWhere((row) => row.date === '');
    const asOfToday = await codes('asOf=2026-11-22');
    expect(asOfToday).toHaveLength(initiativesCsv.length - undated.length);
    expect(asOfToday.filter((code) => undated.includes(code ?? ''))).toEqual([]);

    const mawi = (
      await getJson(
        ctx.app,
        '/api/initiatives?q=ammunition%20warehousing&asOf=2022-01-01',
        initiativeListSchema,
      )
    ).items.find((item) => item.referenceCode === 'NATO-HVP-MAWI');
    expect(mawi?.participants.map((p) => p.code)).not.toContain('PT');
  });

  it('finds initiatives by country and material names and aliases', async () => {
    const turkiye = codesWhere((row) => participantsOf(row).includes('TR'));
    expect(await codes('q=Turkey')).toEqual(expect.arrayContaining(turkiye));
    expect(await codes('q=T%C3%BCrkiye')).toEqual(expect.arrayContaining(turkiye));
    for (const alias of ['REE', 'rare%20earths']) {
      expect(await codes(`q=${alias}`)).toContain('NATO-HVP-DCRM-2025');
    }
  });

  it("finds initiatives by their sources' publishers", async () => {
    // A publisher named in no initiative's own text: only the sources can match it.
    const { rows } = await sql<{ code: string }>`select distinct i.reference_code as code
      from sources s join initiatives i on i.id = s.initiative_id
      where s.publisher = 'Argus Media' and i.visibility = 'published' and i.archived_at is null
      order by 1`.execute(ctx.handle.db);
    expect(rows.length).toBeGreaterThan(0);
    expect(await codes('q=Argus%20Media')).toEqual(rows.map((row) => row.code));
  });

  it('sorts on every column without error, both ways', async () => {
    for (const field of initiativeSortFields) {
      for (const sort of [field, `-${field}`]) {
        const body = await getJson(
          ctx.app,
          `/api/initiatives?sort=${sort}&pageSize=200`,
          initiativeListSchema,
        );
        expect(body.items, sort).toHaveLength(initiativesCsv.length);
      }
    }
  });

  it('keeps to 2 statements with groups, roles and as of', async () => {
    ctx.statements = 0;
    await getJson(
      ctx.app,
      '/api/initiatives?group=nato&country=JP&role=participant&asOf=2025-07-01&q=project&pageSize=50',
      initiativeListSchema,
    );
    expect(ctx.statements).toBeGreaterThan(0);
    expect(ctx.statements).toBeLessThanOrEqual(2);
  });

  it('answers bad filters with 400 naming the parameter and the value', async () => {
    const unknown = await getError(
      ctx.app,
      '/api/initiatives?country=XX&material=unobtainium&membersOf=no-such-thing',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'country', message: 'unknown country code XX' },
        { path: 'material', message: 'unknown material unobtainium' },
        { path: 'membersOf', message: 'unknown initiative no-such-thing' },
      ]),
    );
    expect(unknown.body.error.message).toContain('XX');

    const tooMany = await getError(
      ctx.app,
      `/api/initiatives?${Array.from({ length: 101 }, () => 'country=DE').join('&')}`,
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.issues?.[0]?.path).toBe('country');

    const reversed = await getError(ctx.app, '/api/initiatives?from=2025-06-30&to=2025-01-01');
    expect(reversed.body.error.issues).toEqual([
      { path: 'to', message: 'must not be before from' },
    ]);

    for (const query of [
      'from=2025-13-01',
      'asOf=yesterday',
      'sort=budget',
      'group=g7',
      'role=boss',
    ]) {
      const bad = await getError(ctx.app, `/api/initiatives?${query}`);
      expect(bad.status, query).toBe(400);
      // A repeatable parameter's issue names the value's position too, e.g. group.0.
      expect(bad.body.error.issues?.[0]?.path.split('.')[0], query).toBe(query.split('=')[0]);
    }
  });
});
