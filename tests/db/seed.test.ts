import { seedDatabase, type DbHandle } from '@tracker/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { list, readCsv } from '../fixtures/reference-csv';
import { describeDb, openTestDb } from '../fixtures/test-db';

const countriesCsv = readCsv('countries.csv');
const materialsCsv = readCsv('materials.csv');
const initiativesCsv = readCsv('initiatives.csv');

/** A fingerprint of every seeded table, to prove a second seed run changes nothing. */
async function fingerprint({ db }: DbHandle) {
  const { rows } = await sql<{ table: string; digest: string }>`
    select 'countries' as table, md5(string_agg(c::text, '|' order by c.code)) as digest from countries c
    union all select 'materials', md5(string_agg(m::text, '|' order by m.id)) from materials m
    union all select 'initiatives', md5(string_agg(i::text, '|' order by i.slug)) from initiatives i
    union all select 'participations', md5(string_agg(p::text, '|' order by p.initiative_id, p.country_code)) from participations p
    union all select 'initiative_materials', md5(string_agg(im::text, '|' order by im.initiative_id, im.material_id)) from initiative_materials im
    union all select 'sources', md5(string_agg(s::text, '|' order by s.id)) from sources s
    union all select 'initiative_links', md5(string_agg(l::text, '|' order by l.from_id, l.to_id)) from initiative_links l
  `.execute(db);
  return rows;
}

describeDb('seed', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb();
  });
  afterAll(() => handle.close());

  it('loads every row of the three reference files', async () => {
    const count = async (table: 'countries' | 'materials' | 'initiatives' | 'participations') =>
      (
        await handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    expect(await count('countries')).toBe(countriesCsv.length);
    expect(await count('materials')).toBe(materialsCsv.length);
    expect(await count('initiatives')).toBe(initiativesCsv.length);
    const participantCells = initiativesCsv.reduce(
      (sum, row) => sum + list(row.participants_iso2).length,
      0,
    );
    expect(await count('participations')).toBe(participantCells);
  });

  it('keeps every source URL of every row as a sources row of that record', async () => {
    const rows = await handle.db
      .selectFrom('sources')
      .leftJoin('initiatives', 'initiatives.id', 'sources.initiative_id')
      .select([
        'sources.url',
        'initiatives.reference_code',
        'sources.material_id',
        'sources.country_code',
      ])
      .execute();
    const stored = new Set(
      rows.map((r) => `${r.reference_code ?? r.material_id ?? r.country_code}|${r.url}`),
    );
    const expected = new Set([
      ...initiativesCsv.flatMap((row) =>
        list(row.sources).map((url) => `${row.initiative_id}|${url}`),
      ),
      ...countriesCsv.flatMap((row) => list(row.sources).map((url) => `${row.iso_alpha2}|${url}`)),
      ...materialsCsv.flatMap((row) =>
        list(row.sources).map(
          (url) => `${(row.material ?? '').toLowerCase().replace(/ /g, '-')}|${url}`,
        ),
      ),
    ]);
    expect(stored).toEqual(expected);
  });

  it('stores participants exactly as listed and never invents a lead nation or a date', async () => {
    const rows = await handle.db
      .selectFrom('initiatives')
      .select((eb) => [
        'reference_code',
        'lead_country',
        'signed_on',
        'announced_on',
        'unconfirmed',
        eb
          .selectFrom('participations')
          .select(sql<string>`string_agg(country_code, ';' order by country_code)`.as('codes'))
          .whereRef('participations.initiative_id', '=', 'initiatives.id')
          .as('codes'),
      ])
      .execute();
    for (const csv of initiativesCsv) {
      const row = rows.find((r) => r.reference_code === csv.initiative_id);
      expect(row, csv.initiative_id).toBeDefined();
      expect((row?.codes ?? '').split(';').filter(Boolean)).toEqual(
        list(csv.participants_iso2).sort(),
      );
      if (!csv.date) {
        expect(row?.signed_on ?? row?.announced_on ?? null, csv.initiative_id).toBeNull();
      }
      expect(row?.unconfirmed ?? '', csv.initiative_id).toBe(csv.unconfirmed?.trim() ?? '');
    }
    // The raw-materials project's lead nation is unconfirmed in the sources: stored as null.
    expect(rows.find((r) => r.reference_code === 'NATO-HVP-DCRM-2025')?.lead_country).toBeNull();
  });

  it('names Türkiye as NATO does, with Turkey as an alias', async () => {
    const turkiye = await handle.db
      .selectFrom('countries')
      .select(['name', 'aliases'])
      .where('code', '=', 'TR')
      .executeTakeFirstOrThrow();
    expect(turkiye.name).toBe('Türkiye');
    expect(turkiye.aliases).toContain('Turkey');
  });

  it('keeps month-precision dates as months rather than inventing a day', async () => {
    const dpap = await handle.db
      .selectFrom('initiatives')
      .select(['signed_on', 'announced_on', 'date_precision'])
      .where('reference_code', '=', 'NATO-DPAP')
      .executeTakeFirstOrThrow();
    expect(initiativesCsv.find((r) => r.initiative_id === 'NATO-DPAP')?.date).toBe('2023-07');
    expect(dpap.date_precision).toBe('month');
    expect(dpap.signed_on ?? dpap.announced_on).toBe('2023-07-01');
  });

  it('changes nothing when run again', async () => {
    const before = await fingerprint(handle);
    const report = await seedDatabase(handle.db);
    expect(report).toEqual({ countries: 0, materials: 0, initiatives: 0, sources: 0 });
    expect(await fingerprint(handle)).toEqual(before);
  });
});
