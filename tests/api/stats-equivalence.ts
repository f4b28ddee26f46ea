import {
  getCountryMaterialMatrix,
  getCountryStats,
  getCoverageGaps,
  getMaterialCoverage,
  getTimeline,
  indexedSearch,
  refreshStatsSummaries,
  textBitmapMaxMatches,
} from '@tracker/api';
import {
  countryStatsSchema,
  initiativeFilterSchema,
  materialCoverageSchema,
  type InitiativeFilter,
} from '@tracker/shared';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertSyntheticData } from '../bench/synthetic-data';
import { getJson, useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

/**
 * Filtered statistics read the bitmap indexes (every endpoint; a text search up to a limit of
 * own-text matches) or the per-initiative facts (country masks, participation arrays: a broader
 * search, or when asked); the plain aggregate reads the tables. All three must give the same
 * answer under every filter, on data with every role, departures, undated joinings, drafts and
 * archived records.
 */

type Query = Record<string, string | string[]>;
const filters: Query[] = [
  { country: ['DE', 'PL'], match: 'all' },
  { country: ['DE', 'PL', 'SE'], match: 'any' },
  { country: ['TR'] },
  { group: 'nato', match: 'all' },
  { group: ['indo_pacific', 'eu'], match: 'any' },
  { group: 'eu', country: 'JP', match: 'all' },
  { membersOf: 'nato-hvp-dcrm-2025' },
  { membersOf: 'nato-hvp-dcrm-2025', match: 'all', country: 'FR' },
  { role: 'lead' },
  { role: ['observer', 'partner'], country: ['DE', 'FR', 'IT'] },
  { lead: ['DE', 'FR'] },
  { material: ['lithium', 'titanium'] },
  { material: 'lithium', status: 'signed' },
  { status: ['active', 'completed'], kind: 'joint_procurement' },
  { framework: 'EU' },
  { from: '2020-01-01', to: '2023-06-30' },
  // A few days: most materials have rows on both sides of the range and none in it.
  { from: '2024-06-01', to: '2024-06-03' },
  { asOf: '2019-12-31' },
  { asOf: '2025-06-23' },
  { asOf: '2025-06-24', country: 'NO' },
  { asOf: '2024-12-31', framework: 'EU', role: 'participant' },
  { asOf: '2022-03-01', group: 'nato', match: 'any', material: 'cobalt' },
  // After every departure: the bitmaps answer "as of" (no membership changes later).
  { asOf: '2030-01-01' },
  { asOf: '2030-01-01', group: 'nato', match: 'all', role: ['participant', 'observer'] },
  { asOf: '2030-01-01', country: ['DE', 'FR'], role: 'lead', lead: 'DE' },
  // Text: a country's alias, a material's alias with the words in records' text, a material's
  // name (its rows in every material's universe), a word in a quarter of the synthetic titles,
  // a source's publisher, ISO codes, and a search matching nothing.
  { q: 'Turkey' },
  { q: 'rare earths', status: 'signed' },
  { q: 'lithium', country: ['DE', 'PL'], match: 'any' },
  { q: 'stockpiling', asOf: '2025-06-24' },
  { q: 'stockpiling', material: 'cobalt', from: '2021-01-01', role: 'participant' },
  { q: 'Argus Media' },
  { q: 'NO' },
  { q: 'zzzz-nothing-matches' },
  // Up to four words, from the inverted index: inside longer words ("stock" of "stockpiling"),
  // a stemmed lexeme that is no word of any title ("procur"), a stop word that is part of many
  // words, a number, the synthetic sources' publisher, websearch's "or"; words of a title (and
  // a number's prefix), stop words, words of the same titles in the other order (only the full
  // text matches), words no title has together; words across a title's colon without it, with
  // a space for it (no run holds them; the second, no lexeme either). With the colon, with a
  // hyphen, five words, or starting with punctuation: the live filter's matches.
  { q: 'stock', group: 'nato', match: 'any' },
  { q: 'procur' },
  { q: 'the', asOf: '2025-06-24' },
  { q: '2025' },
  { q: 'SYNTHETIC', status: 'active' },
  { q: 'or' },
  { q: 'joint stockpiling', country: 'DE' },
  { q: 'initiative 12' },
  { q: 'of the' },
  { q: 'stockpiling joint', material: 'lithium' },
  { q: 'procurement recycling' },
  { q: 'joint stockpiling of', status: 'active' },
  { q: 'Joint Stockpiling of Materials' },
  { q: 'initiative 12: joint' },
  { q: 'initiative 12 joint' },
  { q: 'tive 12 joi' },
  { q: 'rare-earth' },
  { q: 'synthetic initiative 12 joint stockpiling' },
  { q: ': joint stockpiling' },
  // Around a letter that is no ASCII: the publisher "Militär Aktuell".
  { q: 'milit' },
  { q: 'r Aktuell' },
  { country: 'XX' },
];

/** A row without its path's state; the matrix's cells (JSON text) parsed, as their text differs. */
const figures = <T extends { summary_state: string }>({ summary_state: _, ...row }: T) =>
  'cells' in row && typeof row.cells === 'string'
    ? { ...row, cells: JSON.parse(row.cells) as unknown }
    : row;

/**
 * The suite, for a test file: `spansChunks` says whether the file's chunk size (mocked small in
 * one of them) splits the universes of its 400 initiatives into several chunks; `smallTextLimit`
 * whether its textBitmapMaxMatches and textTermBitmapMinMatches (mocked too) send the broader
 * phrases to the facts and give the frequent words bitmaps of their own.
 */
export function describeStatsEquivalence(
  title: string,
  { spansChunks, smallTextLimit }: { spansChunks: boolean; smallTextLimit: boolean },
) {
  describeDb(title, () => {
    const ctx = useTestApp();
    const db = () => ctx.handle.db;

    beforeAll(async () => {
      await insertSyntheticData(db(), { initiatives: 400, seed: 7 });
      // What the generator does not make: every role, departures, undated joinings, hidden records.
      await sql`update participations p set role = case
        when get_byte(decode(md5(p.initiative_id::text || p.country_code), 'hex'), 0) % 5 = 0
          then 'observer'
        when get_byte(decode(md5(p.initiative_id::text || p.country_code), 'hex'), 0) % 5 = 1
          then 'partner'
        else p.role end,
      left_on = case
        when get_byte(decode(md5(p.initiative_id::text || p.country_code), 'hex'), 1) % 4 = 0
          and p.joined_on is not null then p.joined_on + 400
        else null end,
      joined_on = case
        when get_byte(decode(md5(p.initiative_id::text || p.country_code), 'hex'), 2) % 6 = 0
          then null
        else p.joined_on end
      where p.role <> 'lead'`.execute(db());
      // One initiative whose participants all joined 100 days after its date: "as of" a day
      // between, it counts with nobody in force.
      await sql`update participations p set joined_on = coalesce(i.signed_on, i.announced_on) + 100,
        left_on = null
      from initiatives i
      where i.id = p.initiative_id and i.slug = (select min(slug) from initiatives
        where slug like 'synthetic-%' and signed_on between '2020-01-01' and '2024-01-01')`.execute(
        db(),
      );
      await sql`update initiatives set visibility = 'draft'
      where slug in (select slug from initiatives where slug like 'synthetic-%'
        order by slug limit 15)`.execute(db());
      await sql`update initiatives set archived_at = now()
      where slug in (select slug from initiatives where slug like 'synthetic-%'
        order by slug desc limit 15)`.execute(db());
      await refreshStatsSummaries(db());
    }, 120_000);

    const parse = (query: Query): InitiativeFilter => initiativeFilterSchema.parse(query);

    /**
     * Every path of every endpoint under one filter: the default (the bitmaps where the endpoint
     * has them), the facts, the plain aggregate; each must have answered, fresh.
     */
    async function compare(filter: InitiativeFilter, label: string) {
      const variants = [
        [
          getMaterialCoverage(db(), filter, 'nato'),
          getMaterialCoverage(db(), filter, 'nato', { bitmaps: false }),
          getMaterialCoverage(db(), filter, 'nato', { summary: false }),
        ],
        [
          getMaterialCoverage(db(), filter, undefined),
          getMaterialCoverage(db(), filter, undefined, { bitmaps: false }),
          getMaterialCoverage(db(), filter, undefined, { summary: false }),
        ],
        [
          getCountryMaterialMatrix(db(), filter, 'eu_critical'),
          getCountryMaterialMatrix(db(), filter, 'eu_critical', { bitmaps: false }),
          getCountryMaterialMatrix(db(), filter, 'eu_critical', { summary: false }),
        ],
        [
          getTimeline(db(), filter, undefined),
          getTimeline(db(), filter, undefined, { bitmaps: false }),
          getTimeline(db(), filter, undefined, { summary: false }),
        ],
        [
          getTimeline(db(), filter, 'year'),
          getTimeline(db(), filter, 'year', { bitmaps: false }),
          getTimeline(db(), filter, 'year', { summary: false }),
        ],
        [
          getCoverageGaps(db(), filter, 'nato', 'allies'),
          getCoverageGaps(db(), filter, 'nato', 'allies', { bitmaps: false }),
          getCoverageGaps(db(), filter, 'nato', 'allies', { summary: false }),
        ],
        [
          getCoverageGaps(db(), filter, 'eu_strategic', 'all'),
          getCoverageGaps(db(), filter, 'eu_strategic', 'all', { bitmaps: false }),
          getCoverageGaps(db(), filter, 'eu_strategic', 'all', { summary: false }),
        ],
        [
          getCountryStats(db(), filter, undefined),
          getCountryStats(db(), filter, undefined, { bitmaps: false }),
          getCountryStats(db(), filter, undefined, { summary: false }),
        ],
        [
          getCountryStats(db(), filter, 'nato'),
          getCountryStats(db(), filter, 'nato', { bitmaps: false }),
          getCountryStats(db(), filter, 'nato', { summary: false }),
        ],
      ] as const;
      // A search with more own-text matches than the bitmaps take is the facts' (just compared);
      // a search of one word reads the inverted index, whatever it matches.
      const broad =
        filter.q !== undefined &&
        indexedSearch(filter.q) === undefined &&
        (await ownTextMatches(filter.q)) > textBitmapMaxMatches;
      for (const [index, [preferred, facts, plain]] of variants.entries()) {
        const preferredRow = await preferred.executeTakeFirstOrThrow();
        const factsRow = await facts.executeTakeFirstOrThrow();
        const plainRow = await plain.executeTakeFirstOrThrow();
        expect(factsRow.summary_state, `${label} #${index}`).toBe('fresh');
        expect(plainRow.summary_state, `${label} #${index}`).toBe('not_applicable');
        expect(figures(factsRow), `${label} #${index}`).toEqual(figures(plainRow));
        // Broad: the bitmaps decline, and the service asks the facts.
        if (broad) {
          expect(preferredRow.summary_state, `${label} #${index}`).toBe('broad_text');
          continue;
        }
        expect(preferredRow.summary_state, `${label} #${index}`).toBe('fresh');
        expect(figures(preferredRow), `${label} #${index}`).toEqual(figures(plainRow));
      }
    }

    /** The visible initiatives whose own text or sources match `q`, counted from the tables. */
    async function ownTextMatches(q: string): Promise<number> {
      const contains = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from initiatives i
        where i.archived_at is null and i.visibility = 'published'
          and (i.search @@ websearch_to_tsquery('english', ${q}) or i.title ilike ${contains}
            or exists (select 1 from sources s where s.initiative_id = i.id
              and (s.title ilike ${contains} or s.publisher ilike ${contains})))`.execute(db());
      return rows[0]?.n ?? 0;
    }

    for (const query of filters) {
      const label = new URLSearchParams(
        Object.entries(query).flatMap(([key, value]) =>
          (Array.isArray(value) ? value : [value]).map((item) => [key, item]),
        ),
      ).toString();
      it(`gives the plain aggregate's figures for ${label}`, async () => {
        await compare(parse(query), label);
      });
    }

    it('counts nobody "as of" a day before every participant joined', async () => {
      const { rows } = await sql<{ day: string }>`select
        to_char(coalesce(i.signed_on, i.announced_on) + 50, 'YYYY-MM-DD') as day
      from initiatives i where i.slug = (select min(slug) from initiatives
        where slug like 'synthetic-%' and signed_on between '2020-01-01' and '2024-01-01')`.execute(
        db(),
      );
      const day = rows[0]?.day ?? '';
      expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await compare(parse({ asOf: day }), `asOf=${day}`);
      await compare(parse({ asOf: day, group: 'nato', match: 'any' }), `asOf=${day}&group=nato`);
    });

    it('reads the bitmaps or the facts, not the tables, under a filter', async () => {
      const compiled = getMaterialCoverage(db(), parse({ country: ['DE'] }), 'nato').compile().sql;
      expect(compiled).toContain('from stats_bitmaps b');
      expect(compiled).not.toMatch(
        /from participations|join participations|stats_initiative_facts f\b/,
      );
      // A search: the bitmaps of what it names, and its own-text matches made into bitmaps.
      const search = getCountryStats(db(), parse({ q: 'lithium' }), undefined).compile().sql;
      expect(search).toContain('from stats_bitmaps b');
      expect(search).toContain('from text_rows r');
      expect(search).not.toMatch(/from participations|join participations/);
      // "As of" a day after every change, the bitmaps answer it themselves.
      const late = await getCountryMaterialMatrix(
        db(),
        parse({ asOf: '2030-01-01', group: 'nato' }),
        'nato',
      ).executeTakeFirstOrThrow();
      expect(late.summary_state).toBe('fresh');
      // The facts, "as of" a day: the tables only for an initiative whose membership changes
      // after it. A timeline under a role pick reads the bitmaps (its roles' joinings).
      const asOf = getTimeline(db(), parse({ asOf: '2025-01-01', role: 'lead' }), undefined, {
        bitmaps: false,
      }).compile().sql;
      const byRole = getTimeline(db(), parse({ role: ['lead', 'observer'] }), undefined).compile();
      expect(byRole.sql).toContain('from stats_bitmaps b');
      expect(byRole.parameters).toContain('join_observer_3');
      expect(asOf).not.toContain('stats_bitmaps');
      expect(asOf).toContain('from asof_changing u cross join lateral');
      expect(asOf).toContain('where f.asof_stable_from >');
    });

    it(`answers a phrase over ${smallTextLimit ? 'more' : 'fewer'} own-text matches than the bitmaps take with the plain aggregate's figures`, async () => {
      // Not plain words: not in the inverted index.
      const q = ': joint stockpiling';
      expect(indexedSearch(q)).toBeUndefined();
      const matches = await ownTextMatches(q);
      // A quarter of the synthetic titles: past the small limit, within the real one.
      expect(matches > textBitmapMaxMatches).toBe(smallTextLimit);
      const row = await getCountryStats(db(), parse({ q }), undefined).executeTakeFirstOrThrow();
      expect(row.summary_state).toBe(smallTextLimit ? 'broad_text' : 'fresh');
      const plain = await getCountryStats(db(), parse({ q }), undefined, {
        summary: false,
      }).executeTakeFirstOrThrow();
      const body = await getJson(
        ctx.app,
        `/api/stats/countries?q=${encodeURIComponent(q)}`,
        countryStatsSchema,
      );
      const perCountry = body.items.map((item) => [item.country.code, item.initiatives]);
      expect(perCountry).toEqual(plain.items.map((item) => [item.code, item.initiatives]));
      expect(body.items.some((item) => item.initiatives > 0)).toBe(true);
    });

    it(`answers a word in ${smallTextLimit ? 'more' : 'fewer'} initiatives than the bitmaps take from the inverted index${smallTextLimit ? ', with its own bitmaps' : ''}`, async () => {
      const matches = await ownTextMatches('stockpiling');
      expect(matches > textBitmapMaxMatches).toBe(smallTextLimit);
      const row = await getCountryStats(
        db(),
        parse({ q: 'stockpiling' }),
        undefined,
      ).executeTakeFirstOrThrow();
      expect(row.summary_state).toBe('fresh');
      const compiled = getCountryStats(db(), parse({ q: 'stockpiling' }), undefined).compile().sql;
      expect(compiled).toContain('from stats_text_terms t');
      expect(compiled).not.toContain('from initiatives ti');
      // Frequent (over the small threshold): the word and its lexeme have bitmaps of their own.
      const { rows } = await sql<{ kind: string; in_bitmaps: boolean }>`select kind, in_bitmaps
        from stats_text_terms where term in ('stockpiling', 'stockpil') order by kind`.execute(
        db(),
      );
      expect(rows).toEqual([
        { kind: 'text_lexeme', in_bitmaps: smallTextLimit },
        { kind: 'text_words_1', in_bitmaps: smallTextLimit },
      ]);
      const { rows: bitmaps } = await sql<{ n: number }>`select count(*)::int as n
        from stats_bitmaps where dim = 'text_words_1' and value = 'stockpiling'`.execute(db());
      expect((bitmaps[0]?.n ?? 0) > 0).toBe(smallTextLimit);
    });

    it('gives some figures under the filters (the comparison is not between two empty answers)', async () => {
      const row = await getMaterialCoverage(
        db(),
        parse({ country: ['DE', 'PL'], match: 'all' }),
        'nato',
      ).executeTakeFirstOrThrow();
      expect(row.items.reduce((sum, item) => sum + item.initiatives, 0)).toBeGreaterThan(20);
      const asOf = await getCountryStats(
        db(),
        parse({ asOf: '2022-03-01', role: 'observer' }),
        undefined,
      ).executeTakeFirstOrThrow();
      expect(asOf.items.some((item) => item.initiatives > 0)).toBe(true);
    });

    it(`stores the bitmaps in ${spansChunks ? 'several chunks' : 'one chunk'} per universe`, async () => {
      const { rows } = await sql<{ chunks: number }>`select max(chunk) + 1 as chunks
      from stats_bitmaps where universe = '' and dim = 'all'`.execute(db());
      expect((rows[0]?.chunks ?? 0) > 1).toBe(spansChunks);
    });

    describe('after a change', () => {
      it('answers from the tables at once, never from stale facts, and refreshes them meanwhile', async () => {
        const path = '/api/stats/materials?list=nato&country=DE&country=PL&match=all';
        const filter = parse({ country: ['DE', 'PL'], match: 'all' });
        const before = await getJson(ctx.app, path, materialCoverageSchema);
        // Hide the latest published initiative with DE and PL that covers a NATO material.
        const { rows } = await sql<{ id: string }>`select i.id from initiatives i
        where i.visibility = 'published' and i.archived_at is null
          and exists (select 1 from participations p where p.initiative_id = i.id and p.country_code = 'DE')
          and exists (select 1 from participations p where p.initiative_id = i.id and p.country_code = 'PL')
          and exists (select 1 from initiative_materials im join materials m on m.id = im.material_id
            where im.initiative_id = i.id and m.nato_critical)
        order by i.slug limit 1`.execute(db());
        const hidden = rows[0]?.id;
        expect(hidden).toBeDefined();
        await sql`update initiatives set visibility = 'draft', updated_at = now()
        where id = ${hidden}`.execute(db());
        const stale = await getMaterialCoverage(db(), filter, 'nato').executeTakeFirstOrThrow();
        expect(stale.summary_state).toBe('stale_facts');

        const after = await getJson(ctx.app, path, materialCoverageSchema);
        const total = (body: typeof before) =>
          body.items.reduce((sum, item) => sum + item.initiatives, 0);
        expect(total(after)).toBeLessThan(total(before));
        // The refresh the request started: waiting for the lock waits for it.
        await refreshStatsSummaries(db());
        const fresh = await getMaterialCoverage(db(), filter, 'nato').executeTakeFirstOrThrow();
        expect(fresh.summary_state).toBe('fresh');
        await compare(filter, 'after the change');
      });

      it('lets two callers that find the statistics stale refresh them together, one after the other', async () => {
        await sql`update initiatives set updated_at = now()
          where slug = (select min(slug) from initiatives where slug like 'synthetic-%')`.execute(
          db(),
        );
        const filter = parse({ q: 'stockpiling' });
        const stale = await getCountryStats(db(), filter, undefined).executeTakeFirstOrThrow();
        expect(stale.summary_state).toBe('stale_facts');
        // On PostgreSQL each holds its own connection: the second waits for the first's lock
        // while that one rebuilds the inverted index's trigrams (which waits for open
        // transactions) and then finds the statistics fresh.
        await Promise.all([refreshStatsSummaries(db()), refreshStatsSummaries(db())]);
        const fresh = await getCountryStats(db(), filter, undefined).executeTakeFirstOrThrow();
        expect(fresh.summary_state).toBe('fresh');
      });
    });

    it('reads bitmaps of an older layout as stale, and the refresh rebuilds them', async () => {
      const filter = parse({ q: 'lithium', country: 'DE' });
      // As a release before the layout row left them: without it, and without the positions.
      await sql`delete from stats_bitmaps where dim = 'layout'`.execute(db());
      await sql`delete from stats_initiative_positions`.execute(db());
      const stale = await getMaterialCoverage(db(), filter, 'nato').executeTakeFirstOrThrow();
      expect(stale.summary_state).toBe('stale_facts');
      await refreshStatsSummaries(db());
      // One row per visible initiative again (the facts hold exactly those).
      const { rows } = await sql<{ positions: number; facts: number }>`select
        (select count(*)::int from stats_initiative_positions) as positions,
        (select count(*)::int from stats_initiative_facts) as facts`.execute(db());
      expect(rows[0]?.facts).toBeGreaterThan(300);
      expect(rows[0]?.positions).toBe(rows[0]?.facts);
      const fresh = await getMaterialCoverage(db(), filter, 'nato').executeTakeFirstOrThrow();
      expect(fresh.summary_state).toBe('fresh');
      await compare(filter, 'after the rebuild');
    });

    // Last: it changes the countries.
    describe('with more countries than the masks hold', () => {
      it('answers from the tables, with the same figures', async () => {
        const filter = parse({ country: ['DE'] });
        const before = await getJson(
          ctx.app,
          '/api/stats/materials?list=nato&country=DE',
          materialCoverageSchema,
        );
        // 28 more countries (test data only) make 65: over the 64 bits of a mask.
        await sql`insert into countries (code, iso3, name, status, eu_member)
        select 'Q' || chr(65 + n), 'QQ' || chr(65 + n), 'Test country ' || n, 'other', false
        from generate_series(0, 25) n
        union all
        select 'X' || chr(65 + n), 'XX' || chr(65 + n), 'Test country X' || n, 'other', false
        from generate_series(0, 1) n`.execute(db());
        const { rows } = await sql<{
          count: number;
        }>`select count(*)::int as count from countries`.execute(db());
        expect(rows[0]?.count).toBe(65);
        const row = await getMaterialCoverage(db(), filter, 'nato').executeTakeFirstOrThrow();
        // Stale (a country was added) until refreshed; then unavailable, never wrong.
        expect(row.summary_state).toBe('stale_facts');
        await refreshStatsSummaries(db());
        const refreshed = await getMaterialCoverage(db(), filter, 'nato').executeTakeFirstOrThrow();
        expect(refreshed.summary_state).toBe('unavailable');
        ctx.statements = 0;
        const after = await getJson(
          ctx.app,
          '/api/stats/materials?list=nato&country=DE',
          materialCoverageSchema,
        );
        expect(ctx.statements).toBe(2);
        expect(after.items).toEqual(before.items);
      });
    });
  });
}
