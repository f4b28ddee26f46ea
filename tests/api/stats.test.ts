import { getMaterialCoverage, refreshStatsSummaries } from '@tracker/api';
import {
  coverageGapsSchema,
  countryMaterialMatrixSchema,
  countryStatsSchema,
  initiativeDetailSchema,
  initiativeFilterSchema,
  initiativeListSchema,
  initiativeStatuses,
  materialCoverageSchema,
  maxCellInitiatives,
  timelineSchema,
  type CriticalityList,
} from '@tracker/shared';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { list, readCsv } from '../fixtures/reference-csv';
import { getError, getJson, useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

// ---------- Expectations computed from the reference CSVs, not from the seed loader ----------

const initiativesCsv = readCsv('initiatives.csv');
const countriesCsv = readCsv('countries.csv');
const materialsCsv = readCsv('materials.csv');

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const materialIds = materialsCsv.map((row) => slugOf(row.material ?? ''));
const allies = countriesCsv
  .filter((row) => row.nato_status === 'member')
  .map((row) => row.iso_alpha2 ?? '');
const countryNames = new Map(countriesCsv.map((row) => [row.iso_alpha2 ?? '', row.name ?? '']));

/** The materials a row names: "see materials.csv" is every listed material. */
function materialsOf(row: Record<string, string>): string[] {
  const cell = (row.materials ?? '').trim();
  if (cell.toLowerCase() === 'see materials.csv') return materialIds;
  return list(cell)
    .map((item) => slugOf(item.replace(/\(.*$/, '')))
    .filter((id) => materialIds.includes(id));
}

interface Expected {
  date: string;
  participants: string[];
  materials: string[];
}
const expectedRows: Expected[] = initiativesCsv.map((row) => ({
  date: row.date ?? '',
  participants: list(row.participants_iso2),
  materials: materialsOf(row),
}));
/** A CSV date ('2024-06' = June 2024) on or before a day. */
const datedBy = (row: Expected, day: string) => row.date !== '' && row.date.slice(0, 10) <= day;

const onList: Record<CriticalityList, (row: Record<string, string>) => boolean> = {
  nato: (row) => row.nato_defence_critical_list_2024_12_11 === 'yes',
  eu_critical: (row) => row.eu_crma_critical_annex_ii === 'yes',
  // Annex I entries that cover only a grade or subset ('partial') count as listed.
  eu_strategic: (row) => ['yes', 'partial'].includes(row.eu_crma_strategic_annex_i ?? ''),
};
const listed = (which: CriticalityList) =>
  materialsCsv.filter(onList[which]).map((row) => slugOf(row.material ?? ''));

function coveredCountries(material: string, rows = expectedRows): string[] {
  return [
    ...new Set(
      rows.filter((row) => row.materials.includes(material)).flatMap((row) => row.participants),
    ),
  ].sort();
}

const allStatuses = initiativeStatuses.map((status) => `status=${status}`).join('&');

describeDb('GET /api/stats/* on the reference data', () => {
  const ctx = useTestApp();
  // The template database is seeded after its migrations: bring the summaries up to date.
  beforeAll(() => refreshStatsSummaries(ctx.handle.db));

  const materials = (query: string) =>
    getJson(ctx.app, `/api/stats/materials?${query}`, materialCoverageSchema);

  describe('materials', () => {
    it('lists each NATO material, with lithium covered for exactly its initiatives’ countries', async () => {
      const body = await materials('list=nato');
      expect(body.list).toBe('nato');
      expect(body.items.map((item) => item.material.id).sort()).toEqual(listed('nato').sort());
      expect(body.items).toHaveLength(12);
      for (const item of body.items) {
        const countries = coveredCountries(item.material.id);
        expect(item.countries, item.material.id).toBe(countries.length);
        expect(item.allies, item.material.id).toBe(
          countries.filter((c) => allies.includes(c)).length,
        );
        expect(item.initiatives, item.material.id).toBe(
          expectedRows.filter((row) => row.materials.includes(item.material.id)).length,
        );
        expect(item.listed).toBe(true);
      }
      const lithium = body.items.find((item) => item.material.id === 'lithium');
      // The June 2025 raw-materials project's 12 Allies; no other seeded initiative adds any.
      const project = initiativesCsv.find((row) => row.initiative_id === 'NATO-HVP-DCRM-2025');
      expect(coveredCountries('lithium')).toEqual(list(project?.participants_iso2).sort());
      expect(lithium?.countries).toBe(12);
      // Uncovered materials are present with explicit zeros.
      const aluminium = body.items.find((item) => item.material.id === 'aluminium');
      expect(aluminium).toMatchObject({ countries: 0, allies: 0, byActivity: [] });
    });

    it('breaks lithium down by the activities and statuses of its initiatives', async () => {
      const lithium = (await materials('list=nato')).items.find((i) => i.material.id === 'lithium');
      const covering = await getJson(
        ctx.app,
        '/api/initiatives?material=lithium&pageSize=200',
        initiativeListSchema,
      );
      const statusCounts = new Map<string, number>();
      for (const item of covering.items) {
        statusCounts.set(item.status, (statusCounts.get(item.status) ?? 0) + 1);
      }
      expect(lithium?.byStatus).toEqual(
        [...statusCounts]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([status, initiatives]) => ({ status, initiatives })),
      );
      // Only the stockpiling project states activities; each of them covers its 12 countries.
      const detail = await getJson(
        ctx.app,
        '/api/initiatives/nato-hvp-dcrm-2025',
        initiativeDetailSchema,
      );
      const activities =
        detail.materials.find((material) => material.id === 'lithium')?.activities ?? [];
      expect(activities.length).toBeGreaterThan(0);
      expect(lithium?.byActivity).toEqual(
        activities.map((activity) => ({ activity, initiatives: 1, countries: 12 })),
      );
    });

    it('measures against each list: EU strategic counts partial entries and flags them', async () => {
      for (const which of ['eu_strategic', 'eu_critical'] as const) {
        const body = await materials(`list=${which}`);
        expect(body.items.map((item) => item.material.id).sort(), which).toEqual(
          listed(which).sort(),
        );
      }
      const strategic = await materials('list=eu_strategic');
      const partial = materialsCsv
        .filter((row) => row.eu_crma_strategic_annex_i === 'partial')
        .map((row) => slugOf(row.material ?? ''));
      expect(partial.length).toBeGreaterThan(0);
      for (const id of partial) {
        expect(strategic.items.find((item) => item.material.id === id)?.material.euStrategic).toBe(
          'partial',
        );
      }
      expect((await materials('')).items.map((item) => item.listed)).toEqual(
        materialIds.map(() => null),
      );
    });

    it('applies "as of" before and after 24 June 2025', async () => {
      for (const day of ['2025-06-23', '2025-06-24', '2024-12-31', '2026-01-01']) {
        const rows = expectedRows.filter((row) => datedBy(row, day));
        const body = await materials(`list=nato&asOf=${day}`);
        for (const item of body.items) {
          expect(item.initiatives, `${item.material.id} ${day}`).toBe(
            rows.filter((row) => row.materials.includes(item.material.id)).length,
          );
          expect(item.countries, `${item.material.id} ${day}`).toBe(
            coveredCountries(item.material.id, rows).length,
          );
        }
      }
      const lithium = async (day: string) =>
        (await materials(`asOf=${day}&material=lithium`)).items[0]?.countries;
      expect(await lithium('2025-06-23')).toBe(0);
      expect(await lithium('2025-06-24')).toBe(12);
    });

    it('limits the materials to a material pick and counts the filtered initiatives only', async () => {
      const body = await materials('material=lithium&material=titanium');
      expect(body.items.map((item) => item.material.id)).toEqual(['lithium', 'titanium']);
      const eu = await materials('list=nato&framework=EU');
      const euCovering = await getJson(
        ctx.app,
        '/api/initiatives?framework=EU&material=cobalt&pageSize=200',
        initiativeListSchema,
      );
      expect(eu.items.find((item) => item.material.id === 'cobalt')?.initiatives).toBe(
        euCovering.total,
      );
    });
  });

  describe('country × material', () => {
    it('gives every country and listed material, and a cell for each covered pair', async () => {
      const body = await getJson(
        ctx.app,
        '/api/stats/country-material?list=nato',
        countryMaterialMatrixSchema,
      );
      expect(body.countries).toHaveLength(countriesCsv.length);
      expect(body.materials.map((m) => m.id).sort()).toEqual(listed('nato').sort());
      const pairs = new Map<string, number>();
      for (const row of expectedRows) {
        for (const material of row.materials) {
          for (const country of row.participants) {
            const key = `${country}|${material}`;
            pairs.set(key, (pairs.get(key) ?? 0) + 1);
          }
        }
      }
      expect(body.cells.map((cell) => `${cell.country}|${cell.material}`).sort()).toEqual(
        [...pairs.keys()].sort(),
      );
      for (const cell of body.cells) {
        expect(cell.initiativeCount).toBe(pairs.get(`${cell.country}|${cell.material}`));
        expect(cell.initiatives.length).toBe(Math.min(cell.initiativeCount, maxCellInitiatives));
      }
      const cell = body.cells.find((c) => c.country === 'DE' && c.material === 'lithium');
      expect(cell?.initiatives).toEqual([
        {
          slug: 'nato-hvp-dcrm-2025',
          title: expect.stringContaining('raw materials') as string,
          role: 'participant',
        },
      ]);
      expect(cell?.activities).toContain('storage');
      expect(body.cells.some((c) => c.country === 'HR')).toBe(false);
    });
  });

  describe('timeline', () => {
    const dated = expectedRows.filter((row) => row.date !== '');

    it('bins signings by quarter over the dated span, with joinings and what is undated', async () => {
      const body = await getJson(ctx.app, '/api/stats/timeline', timelineSchema);
      expect(body.interval).toBe('quarter');
      const quarterOf = (date: string) =>
        `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
      const first = dated.map((row) => row.date).sort()[0] ?? '';
      expect(body.buckets[0]?.period).toBe(quarterOf(first));
      for (const bucket of body.buckets) {
        expect(bucket.signed, bucket.period).toBe(
          dated.filter((row) => quarterOf(row.date) === bucket.period).length,
        );
        expect(Object.values(bucket.signedByKind).reduce((a, b) => a + b, 0)).toBe(bucket.signed);
      }
      expect(body.buckets.reduce((sum, b) => sum + b.signed, 0)).toBe(dated.length);
      expect(body.undated.initiatives).toBe(expectedRows.length - dated.length);
      // Join dates come from the curation; count them straight from the table.
      const joined = await sql<{ dated: number; undated: number }>`select
          count(*) filter (where joined_on is not null)::int as dated,
          count(*) filter (where joined_on is null)::int as undated
        from participations`.execute(ctx.handle.db);
      expect(body.buckets.reduce((sum, b) => sum + b.joinings, 0)).toBe(joined.rows[0]?.dated);
      expect(body.undated.joinings).toBe(joined.rows[0]?.undated);
      // 24 June 2025: the summit's signings and the joinings of that day fall in 2025-Q2.
      const q2 = body.buckets.find((bucket) => bucket.period === '2025-Q2');
      expect(q2?.joinings).toBeGreaterThanOrEqual(12);
      expect(body.earlier).toEqual({ signed: 0, joinings: 0 });
    });

    it('bins by year on request; "as of" drops later events', async () => {
      const years = await getJson(ctx.app, '/api/stats/timeline?interval=year', timelineSchema);
      expect(years.interval).toBe('year');
      const datedYears = dated.map((row) => Number(row.date.slice(0, 4)));
      expect(years.buckets.map((b) => b.period)).toEqual(
        range(Math.min(...datedYears), Math.max(...datedYears)).map(String),
      );
      expect(years.buckets.find((b) => b.period === '2025')?.signed).toBe(
        dated.filter((row) => row.date.startsWith('2025')).length,
      );
      const before = await getJson(
        ctx.app,
        '/api/stats/timeline?asOf=2025-06-23&interval=year',
        timelineSchema,
      );
      expect(before.buckets.reduce((sum, b) => sum + b.signed, 0)).toBe(
        dated.filter((row) => datedBy(row, '2025-06-23')).length,
      );
    });
  });

  describe('gaps', () => {
    it('lists, per NATO material, the Allies with no covering initiative, and the reverse', async () => {
      const body = await getJson(ctx.app, '/api/stats/gaps?list=nato', coverageGapsSchema);
      expect(body.scope).toBe('allies');
      expect(body.materials).toHaveLength(12);
      for (const item of body.materials) {
        const covered = coveredCountries(item.material.id).filter((c) => allies.includes(c));
        expect(item.coveredCountries, item.material.id).toBe(covered.length);
        expect([...item.uncoveredCountries].sort(), item.material.id).toEqual(
          allies.filter((c) => !covered.includes(c)).sort(),
        );
      }
      expect(
        body.materials.find((m) => m.material.id === 'lithium')?.uncoveredCountries,
      ).toHaveLength(allies.length - 12);
      expect(body.countries.map((c) => c.country.code).sort()).toEqual([...allies].sort());
      const croatia = body.countries.find((c) => c.country.code === 'HR');
      expect(croatia?.uncoveredMaterials).toHaveLength(12);
      // The roadmap and the Dec 2024 list name every NATO material: none is without an initiative.
      expect(body.materialsWithNoInitiative).toEqual([]);
      const inSome = new Set(expectedRows.flatMap((row) => row.participants));
      expect([...body.countriesInNoInitiative].sort()).toEqual(
        allies.filter((c) => !inSome.has(c)).sort(),
      );
      expect(body.countriesInNoInitiative.map((code) => countryNames.get(code))).toContain(
        'Croatia',
      );
    });

    it('takes every country with scope=all, and "as of" before the project', async () => {
      const all = await getJson(
        ctx.app,
        '/api/stats/gaps?list=eu_strategic&scope=all',
        coverageGapsSchema,
      );
      expect(all.countries).toHaveLength(countriesCsv.length);
      expect(all.materials.map((m) => m.material.id).sort()).toEqual(listed('eu_strategic').sort());
      const before = await getJson(
        ctx.app,
        '/api/stats/gaps?list=nato&asOf=2025-06-23',
        coverageGapsSchema,
      );
      for (const item of before.materials) expect(item.coveredCountries).toBe(0);
    });
  });

  describe('countries', () => {
    it('counts, per country, its initiatives, their materials and the ones it leads', async () => {
      const body = await getJson(ctx.app, '/api/stats/countries', countryStatsSchema);
      expect(body.items).toHaveLength(countriesCsv.length);
      for (const item of body.items) {
        const rows = expectedRows.filter((row) => row.participants.includes(item.country.code));
        expect(item.initiatives, item.country.code).toBe(rows.length);
        expect(item.materials, item.country.code).toBe(
          new Set(rows.flatMap((row) => row.materials)).size,
        );
      }
      const germany = body.items.find((item) => item.country.code === 'DE');
      expect(germany?.country.isoNumeric).toBe(
        countriesCsv.find((row) => row.iso_alpha2 === 'DE')?.iso_numeric,
      );
      // The sources name Germany as the European Sky Shield Initiative's lead.
      expect(germany?.leads).toBe(1);
    });

    it('agrees with the list on "as of" participation: Sweden on 23 and 24 June 2025', async () => {
      for (const day of ['2025-06-23', '2025-06-24']) {
        const body = await getJson(ctx.app, `/api/stats/countries?asOf=${day}`, countryStatsSchema);
        const listed = await getJson(
          ctx.app,
          `/api/initiatives?country=SE&asOf=${day}&pageSize=200`,
          initiativeListSchema,
        );
        expect(body.items.find((item) => item.country.code === 'SE')?.initiatives, day).toBe(
          listed.total,
        );
      }
      const sweden = async (query: string) =>
        (await getJson(ctx.app, `/api/stats/countries?${query}`, countryStatsSchema)).items.find(
          (item) => item.country.code === 'SE',
        );
      expect((await sweden('material=lithium&asOf=2025-06-23'))?.initiatives).toBe(0);
      expect(await sweden('material=lithium&asOf=2025-06-24')).toMatchObject({
        initiatives: 1,
        materials: 1,
      });
    });
  });

  describe('agrees with the initiatives list under every filter', () => {
    // The list is the filter model's reference: a country's count here is the list's total for
    // that country, a material's the list's total for that material.
    const filters = [
      'status=signed&status=active',
      'kind=high_visibility_project',
      'framework=NATO',
      'from=2025-01-01&to=2025-06-30',
      'asOf=2025-06-24',
      'asOf=2024-12-31',
      'q=stockpiling',
      'role=lead',
      'lead=DE',
    ];
    const total = async (query: string) =>
      (await getJson(ctx.app, `/api/initiatives?pageSize=1&${query}`, initiativeListSchema)).total;

    it('per country and per material', async () => {
      for (const filter of filters) {
        const countries = await getJson(
          ctx.app,
          `/api/stats/countries?${filter}`,
          countryStatsSchema,
        );
        for (const code of ['DE', 'SE', 'PL', 'JP', 'HR']) {
          const item = countries.items.find((i) => i.country.code === code);
          expect(item?.initiatives, `${filter} ${code}`).toBe(
            await total(`${filter}&country=${code}`),
          );
        }
        const coverage = await materials(`list=nato&${filter}`);
        for (const id of ['lithium', 'titanium', 'cobalt']) {
          const item = coverage.items.find((i) => i.material.id === id);
          expect(item?.initiatives, `${filter} ${id}`).toBe(
            await total(`${filter}&material=${id}`),
          );
        }
      }
    });
  });

  describe('one statement each, from the summaries or the per-initiative facts alike', () => {
    const endpoints = [
      '/api/stats/materials?list=nato',
      '/api/stats/materials?material=lithium&material=cobalt',
      '/api/stats/country-material?list=eu_critical',
      '/api/stats/timeline',
      '/api/stats/timeline?interval=year',
      '/api/stats/gaps?list=nato',
      '/api/stats/gaps?list=eu_strategic&scope=all&material=lithium',
      '/api/stats/countries',
      '/api/stats/countries?list=nato&material=titanium',
    ];

    it('answers each endpoint with one SQL statement', async () => {
      for (const path of endpoints) {
        for (const query of [path, `${path}${path.includes('?') ? '&' : '?'}${allStatuses}`]) {
          ctx.statements = 0;
          const response = await ctx.app.request(query);
          expect(response.status, query).toBe(200);
          expect(ctx.statements, query).toBe(1);
        }
      }
    });

    it('gives the same figures from the summaries as from the facts', async () => {
      // Naming every status matches every initiative but is a filter only the facts can answer.
      for (const path of endpoints) {
        const summary = (await (await ctx.app.request(path)).json()) as unknown;
        const facts = (await (
          await ctx.app.request(`${path}${path.includes('?') ? '&' : '?'}${allStatuses}`)
        ).json()) as unknown;
        expect(facts, path).toEqual(summary);
      }
    });

    it('shows its SQL: one statement, aggregated in PostgreSQL, over the shared filter', async () => {
      const filter = initiativeFilterSchema.parse({ asOf: '2025-06-24' });
      // The plain aggregate: what a filtered view falls back to while the precomputed views lag.
      const query = getMaterialCoverage(ctx.handle.db, filter, 'nato', { summary: false });
      const compiled = query.compile();
      expect(compiled.sql).toMatch(/^with "matched" as \(select "initiatives"\."id"/);
      expect(compiled.sql).not.toContain(';');
      for (const fragment of [
        '"initiatives"."archived_at" is null',
        '"cp" as (select p.initiative_id, p.country_code',
        'from materials m where (true and m.nato_critical)',
        'select cim.material_id, cp.country_code, bit_or(cim.mask) as mask',
        'jsonb_agg(',
        "count(*) filter (where c.status = 'nato_ally')",
      ]) {
        expect(compiled.sql).toContain(fragment);
      }
      // No precomputed view in the statement at all.
      expect(compiled.sql).not.toContain('stats_material_facts');
      expect(compiled.sql).not.toContain('stats_initiative_facts');
      const unfiltered = getMaterialCoverage(
        ctx.handle.db,
        initiativeFilterSchema.parse({}),
        'nato',
      );
      const summarySql = unfiltered.compile().sql;
      expect(summarySql).toContain('from stats_material_facts f');
      expect(summarySql).toContain(`then 'fresh' else 'stale' end`);
      const row = await query.executeTakeFirstOrThrow();
      expect(row.items.find((item) => item.id === 'lithium')?.countries).toBe(12);
    });
  });

  describe('bad input is a 400 naming the parameter', () => {
    const cases: [string, string, RegExp][] = [
      ['/api/stats/materials?list=warsaw', 'list', /unknown list "warsaw"/],
      ['/api/stats/gaps', 'list', /required/],
      ['/api/stats/gaps?list=nato&scope=everyone', 'scope', /unknown scope/],
      ['/api/stats/timeline?interval=month', 'interval', /unknown interval "month"/],
      ['/api/stats/timeline?asOf=2025-13-01', 'asOf', /date/i],
      ['/api/stats/countries?from=2025-06-01&to=2025-01-01', 'to', /before/],
      ['/api/stats/country-material?country=XX', 'country', /unknown country code XX/],
      ['/api/stats/materials?material=unobtainium', 'material', /unknown material unobtainium/],
      ['/api/stats/countries?membersOf=no-such-initiative', 'membersOf', /unknown initiative/],
      ['/api/stats/materials?interval=year', 'interval', /not a recognised parameter/],
    ];
    for (const [path, field, message] of cases) {
      it(`${path} → 400 on ${field}`, async () => {
        const { status, body } = await getError(ctx.app, path);
        expect(status).toBe(400);
        expect(body.error.code).toBe('validation_failed');
        const issue = body.error.issues?.find((i) => i.path === field);
        expect(issue?.message, JSON.stringify(body)).toMatch(message);
      });
    }
  });

  // Last: these change the data.
  describe('after a change', () => {
    const lithiumCountries = async () => (await materials('material=lithium')).items[0]?.countries;
    const summaryFresh = async () => {
      const { rows } = await sql<{ fresh: boolean }>`select
          (select data_version from stats_summary) is not distinct from
          (select max(updated_at) from initiatives) as fresh`.execute(ctx.handle.db);
      return rows[0]?.fresh === true;
    };

    it('never serves a stale summary, and refreshes it on demand', async () => {
      expect(await lithiumCountries()).toBe(12);
      // A draft never counts.
      await sql`update initiatives set visibility = 'draft', updated_at = now()
        where slug = 'nato-hvp-dcrm-2025'`.execute(ctx.handle.db);
      expect(await summaryFresh()).toBe(false);
      // The stale summary is refreshed before it answers (more statements, this once)…
      ctx.statements = 0;
      expect(await lithiumCountries()).toBe(0);
      expect(ctx.statements).toBeGreaterThan(1);
      expect(await summaryFresh()).toBe(true);
      // … and answers alone again afterwards.
      ctx.statements = 0;
      expect(await lithiumCountries()).toBe(0);
      expect(ctx.statements).toBe(1);
      // Published again, then archived: archived initiatives never count either.
      await sql`update initiatives set visibility = 'published', updated_at = now()
        where slug = 'nato-hvp-dcrm-2025'`.execute(ctx.handle.db);
      expect(await lithiumCountries()).toBe(12);
      await sql`update initiatives set archived_at = now(), updated_at = now()
        where slug = 'nato-hvp-dcrm-2025'`.execute(ctx.handle.db);
      expect(await lithiumCountries()).toBe(0);
      expect(await summaryFresh()).toBe(true);
      expect(await lithiumCountries()).toBe(0);
    });
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
