import type { Database } from '@tracker/db';
import { countryGroupMembers, participationRoles, type InitiativeFilter } from '@tracker/shared';
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { bitmapChunkBits, textBitmapMaxMatches, textTermMaxWords } from './stats-bitmaps.config';
import { textSearchParts } from '../shared/initiative-filter';
import { asOfChanging, materialsInScope } from './stats-facts.repository';

/**
 * Filtered statistics over the bitmap indexes (migration 2026-12-02-000400): the shared filter
 * model as ANDs and ORs of bitmaps per chunk of a universe ('' every initiative, or a material's
 * initiatives), then counts as bit_counts. The cost follows the number of materials and
 * countries, not how many initiatives match, which is what makes a broad filter (a country in a
 * quarter of the data, the NATO group in nearly all of it) as quick as a narrow one. A text
 * search is the bitmaps of the materials and countries it names, ORed with its own-text matches:
 * for a few plain words, from the inverted index (a frequent term's bitmaps, an infrequent one's
 * matches); otherwise found with the live filter's indexes; either way made into bitmaps. "As
 * of" a day, the few initiatives whose membership changes after it are patched in from the
 * tables (see changingRows). The tests hold these answers to the plain aggregate's under every
 * filter.
 */

const chunkBits = sql.lit(bitmapChunkBits);

/** An empty set of per-unit bitmaps, for a CTE its statement does not need. */
const noBitmaps = sql`(select null::text as universe, null::int as chunk, null::varbit as bits
  where false)`;

/** The same, with text_bits' group. */
const noTextBitmaps = sql`(select null::text as universe, null::int as chunk, null::text as grp,
  null::varbit as bits where false)`;

/**
 * A bitmap of the unit `u` (a chunk of a universe): the OR of the rows of one dimension, for the
 * values listed or those a subquery selects.
 */
const unionOf = (dim: string, values: readonly string[] | RawBuilder<unknown>) =>
  sql`coalesce((select bit_or(b.bits) from stats_bitmaps b
    where b.universe = u.universe and b.chunk = u.chunk and b.dim = ${dim}
      and b.value in (${Array.isArray(values) ? sql.join(values) : values})), ~u.ones)`;

/**
 * A text search's own-text matches (see textSearchParts) as bitmaps per unit and group, from
 * their positions: (universe, chunk, grp, bits), absent for a unit with none. The group is ''
 * for matches that are ORed, a lexeme for those of a lexeme the search ANDs. Each bitmap is
 * written as text, a run of zeros and a one per match, so the cost follows the matches, not the
 * chunk size.
 */
function textBitmaps(): RawBuilder<unknown> {
  const fits = textWithinBitmapLimit;
  // Each unit numbered: the sorts and groups below are on integers, not on the universes'
  // names (a collation-aware sort of a few thousand rows cost more than the rest).
  return sql`(with numbered as materialized (
      select un.universe, un.chunk, un.len, (row_number() over ())::int as n from units un),
    positions as materialized (
      select r.grp, '' as universe, r.rank - 1 as pos from text_rows r where ${fits}
      union all
      select r.grp, x.universe, x.pos
      from text_rows r cross join unnest(r.universes, r.positions) x(universe, pos)
      where x.universe in (select un.universe from units un) and ${fits}),
    located as (select nu.n, x.grp, x.pos % ${chunkBits} as local
      from positions x join numbered nu
        on nu.universe = x.universe and nu.chunk = x.pos / ${chunkBits})
    select nu.universe, nu.chunk, t.grp, rpad(t.text, nu.len, '0')::varbit as bits
    from (select g.n, g.grp, string_agg(repeat('0', g.gap) || '1', '' order by g.local) as text
      from (select l.n, l.grp, l.local, l.local - coalesce(lag(l.local)
          over (partition by l.n, l.grp order by l.local), -1) - 1 as gap
        from located l) g
      group by g.n, g.grp) t
    join numbered nu on nu.n = t.n)`;
}

/**
 * A search of up to textTermMaxWords words of ASCII letters and digits (one space between),
 * lowercased: answered from the inverted index (stats_text_terms). Its substring match in a
 * text is then one in a run of as many words of the text (a run of word characters holds each
 * word's match; the spaces, the words between), and its full-text query an AND of lexemes.
 * "or" is websearch syntax, so not a word here.
 */
export function indexedSearch(q: string) {
  if (!/^[a-z0-9]+( [a-z0-9]+)*$/i.test(q)) return undefined;
  const words = q.toLowerCase().split(' ');
  if (words.length > textTermMaxWords || words.includes('or')) return undefined;
  return { kind: `text_words_${words.length}`, contains: `%${words.join(' ')}%` };
}

/**
 * The lexemes a search's full-text query ANDs, and whether it is such an AND (or empty: a
 * search of stop words matches nothing by its full text) as the index needs.
 */
const searchLexemes = (q: string) => sql`(select tq::text ~ '^(''[^'']+''( & ''[^'']+'')*)?$'
    as plain, array(select distinct (regexp_matches(tq::text, '''([^'']+)''', 'g'))[1]) as lexemes
  from websearch_to_tsquery('english', ${q}) tq)`;

/**
 * False when a text search has more own-text matches to look up than the bitmaps take
 * (text_rows stops one past the limit), or is one for the index whose full-text query is not
 * the AND of lexemes it holds (text_query): its statement then builds no text bitmaps and says
 * 'broad_text'.
 */
export const textWithinBitmapLimit = sql<boolean>`((select count(*) from text_rows)
  <= ${sql.lit(textBitmapMaxMatches)} and (select l.plain from text_query l))`;

/**
 * A text search on the unit `u`: its own-text matches (looked up; the frequent runs of words'
 * bitmaps; the AND of its lexemes', each looked up or its bitmaps), and the rows of the
 * materials and the countries (any role, any dates) it names, as the live filter's OR.
 */
const textClause = sql`(coalesce((select t.bits from text_bits t
    where t.universe = u.universe and t.chunk = u.chunk and t.grp = ''), ~u.ones)
  | coalesce((select bit_or(b.bits) from text_terms t join stats_bitmaps b
      on b.universe = u.universe and b.chunk = u.chunk and b.dim = t.kind and b.value = t.term
    where t.in_bitmaps and t.kind <> 'text_lexeme'), ~u.ones)
  | coalesce((select bit_and(coalesce(case when t.in_bitmaps
        then (select b.bits from stats_bitmaps b where b.universe = u.universe
          and b.chunk = u.chunk and b.dim = 'text_lexeme' and b.value = l.lexeme)
        else (select tb.bits from text_bits tb where tb.universe = u.universe
          and tb.chunk = u.chunk and tb.grp = l.lexeme) end, ~u.ones))
    from text_lexemes l left join text_terms t on t.kind = 'text_lexeme' and t.term = l.lexeme),
    ~u.ones)
  | ${unionOf('material', sql`select tm.id from text_materials tm`)}
  | ${unionOf('country', sql`select tc.code from text_countries tc`)})`;

/** The country codes a filter names, with its groups' members and the "members of" initiative's. */
function filterCountries(filter: InitiativeFilter): RawBuilder<unknown> | undefined {
  const sets: RawBuilder<unknown>[] = [];
  if (filter.country.length > 0) {
    sets.push(sql`select code from stats_country_bits where code in (${sql.join(filter.country)})`);
  }
  for (const group of filter.group) {
    switch (group) {
      case 'nato':
        sets.push(sql`select code from countries where status = 'nato_ally'`);
        break;
      case 'eu':
        sets.push(sql`select code from countries where eu_member`);
        break;
      case 'indo_pacific':
        sets.push(
          sql`select code from countries where code in (${sql.join([...countryGroupMembers.indo_pacific])})`,
        );
        break;
    }
  }
  if (filter.membersOf) {
    // Every participant of the published initiative, whatever its role or dates (as the facts).
    sets.push(sql`select b.code from stats_country_bits b
      join stats_initiative_facts mf on mf.country_mask & (1::bigint << b.bit) <> 0
      join initiatives mi on mi.id = mf.id where mi.slug = ${filter.membersOf}`);
  }
  if (sets.length === 0) return undefined;
  return sql`(select distinct s.code from (${sql.join(sets, sql` union all `)}) s)`;
}

/**
 * The participations that count per (unit, country): of the filtered roles (every role without a
 * role pick) and, "as of" a day, in force on it (for an initiative whose membership no longer
 * changes then, every participation but the excluded ones).
 */
function countedBitmaps(filter: InitiativeFilter): RawBuilder<unknown> {
  const dims = filter.role.length > 0 ? filter.role.map((role) => `role_${role}`) : ['country'];
  const rows = sql`from units u join stats_bitmaps b on b.universe = u.universe
    and b.chunk = u.chunk where b.dim in (${sql.join(dims)})`;
  // One dimension (every role): its rows as they are; several: their union per country.
  const union =
    dims.length === 1
      ? sql`(select b.universe, b.chunk, b.value as code, b.bits ${rows})`
      : sql`(select b.universe, b.chunk, b.value as code, bit_or(b.bits) as bits ${rows}
          group by b.universe, b.chunk, b.value)`;
  if (!filter.asOf) return sql`(select * from ${union} r)`;
  return patchedForAsOf(stableRule(union), 'changing_active');
}

/** The stable rule of "as of": the participations less the excluded ones. */
const stableRule = (rows: RawBuilder<unknown>) => sql`(select r.universe, r.chunk, r.code,
    case when x.bits is null then r.bits else r.bits & ~x.bits end as bits
  from ${rows} r left join stats_bitmaps x on x.universe = r.universe and x.chunk = r.chunk
    and x.dim = 'excluded' and x.value = r.code)`;

/**
 * "As of" a day, per (unit, country) bitmaps of the stable rule with the rows of initiatives
 * whose membership changes after the day replaced by who was in force on it (`active`:
 * changing_active, or changing_leads for leads).
 */
function patchedForAsOf(stable: RawBuilder<unknown>, active: 'changing_active' | 'changing_leads') {
  return sql`(select s.universe, s.chunk, s.code, case
      when ch.bits is null then s.bits
      when a.bits is null then s.bits & ~ch.bits
      else (s.bits & ~ch.bits) | a.bits end as bits
    from ${stable} s
    left join changing_bits ch on ch.universe = s.universe and ch.chunk = s.chunk
    left join ${sql.table(active)} a on a.universe = s.universe and a.chunk = s.chunk
      and a.code = s.code)`;
}

/** The counted lead participations per country of universe '' (for "leads"). */
export function countedLeads(filter: InitiativeFilter): RawBuilder<unknown> {
  const rows = sql`(select b.universe, b.chunk, b.value as code, b.bits
    from units u join stats_bitmaps b on b.universe = u.universe and b.chunk = u.chunk
    where u.universe = '' and b.dim = 'role_lead')`;
  if (!filter.asOf) return rows;
  return patchedForAsOf(stableRule(rows), 'changing_leads');
}

/**
 * "As of" a day, the initiatives dated by then whose membership changes after it (few): their
 * position in each unit, and the participations in force on the day (counted roles; leads),
 * from the tables (the facts' own lookup). An empty set without "as of".
 */
function changingRows(filter: InitiativeFilter): RawBuilder<unknown> {
  if (!filter.asOf) {
    return sql`(select null::text as universe, null::int as chunk, null::int as local,
      null::int as rank, null::bigint as counted, null::bigint as lead where false)`;
  }
  const roles = filter.role.length > 0 ? filter.role : participationRoles;
  const counted = sql.join(
    roles.map((role) => sql`ch.${sql.id(role)}`),
    sql` | `,
  );
  return sql`(select u.universe, u.chunk, x.pos - u.chunk * ${chunkBits} as local,
      x0.rank, x0.counted, x0.lead
    from (select ch.rank, ${counted} as counted, ch.lead
      from ${asOfChanging(filter.asOf)} ch) x0
    cross join units u
    cross join lateral (select case when u.universe = '' then x0.rank - 1
        else (select p.pos from stats_bitmap_positions p
          where p.universe = u.universe and p.rank = x0.rank) end as pos) x
    where x.pos >= u.chunk * ${chunkBits} and x.pos < u.chunk * ${chunkBits} + u.len)`;
}

/**
 * The filter's country condition per unit, from `counted` in one pass: (universe, chunk, bits),
 * the rows whose counted participations hold any (match=any) or all (match=all) of the
 * countries. Absent for a unit where none matches.
 */
function countryMatches(filter: InitiativeFilter): RawBuilder<unknown> | undefined {
  const codes = filterCountries(filter);
  if (!codes) {
    // A role pick alone keeps the initiatives with someone in those roles.
    return filter.role.length > 0
      ? sql`(select c.universe, c.chunk, bit_or(c.bits) as bits from counted c
          group by c.universe, c.chunk)`
      : undefined;
  }
  if (filter.match === 'any') {
    return sql`(select c.universe, c.chunk, bit_or(c.bits) as bits from counted c
      where c.code in (select code from filter_countries) group by c.universe, c.chunk)`;
  }
  // match=all: every one of the countries (one with no bitmap in a unit is in none of its rows).
  return sql`(select c.universe, c.chunk, bit_and(c.bits) as bits from counted c
    where c.code in (select code from filter_countries) group by c.universe, c.chunk
    having count(*) = (select count(*) from filter_countries))`;
}

/** The country condition on the unit `u`: its row of country_matches. */
function countryClause(filter: InitiativeFilter): RawBuilder<unknown> | undefined {
  if (!countryMatches(filter)) return undefined;
  // match=all over no country at all (a "members of" initiative that is not published) holds.
  const none =
    filter.match === 'all' ? sql`(select count(*) = 0 from filter_countries)` : sql`false`;
  return sql`coalesce((select m.bits from country_matches m
    where m.universe = u.universe and m.chunk = u.chunk),
    case when ${none} then u.ones else ~u.ones end)`;
}

/** The global rank bounds of the filter's date range, or none. */
function rankBounds(filter: InitiativeFilter) {
  const upper = [filter.to, filter.asOf]
    .filter((day): day is string => day !== undefined)
    .sort()[0];
  if (upper === undefined && filter.from === undefined) return undefined;
  // Ranks run latest first: the first rank dated on or before the upper bound, the last dated on
  // or after the lower one (or the last dated at all).
  const first =
    upper === undefined
      ? sql<number>`1`
      : sql<number>`(select f.rank from stats_initiative_facts f where f.listed_date <= ${upper}::date
          order by f.listed_date desc, f.rank limit 1)`;
  const last = sql<number>`(select f.rank from stats_initiative_facts f
    where f.listed_date >= ${filter.from ?? '-infinity'}::date
    order by f.listed_date, f.rank desc limit 1)`;
  return { first, last };
}

/** The unit's bits from position `lo` to `hi` of its universe (zeros when none). */
const rangeBits = (lo: RawBuilder<unknown>, hi: RawBuilder<unknown>) => sql`(select case
    when r.lo is null or r.hi is null or r.lo > r.hi then ~u.ones
    else (u.ones >> r.lo) & (u.ones << (u.len - 1 - r.hi)) end
  -- Clamped to the chunk only when both are known (greatest and least skip a null).
  from (select case when b.hi is not null then greatest(b.lo - u.chunk * ${chunkBits}, 0) end as lo,
      case when b.lo is not null then least(b.hi - u.chunk * ${chunkBits}, u.len - 1) end as hi
    from (select ${lo} as lo, ${hi} as hi) b) r)`;

function rangeClause(filter: InitiativeFilter): RawBuilder<unknown> | undefined {
  const bounds = rankBounds(filter);
  if (!bounds) return undefined;
  // In a material's universe, the positions of the first rank on or after `first` and the
  // last on or before `last`.
  const lo = sql`(case when u.universe = '' then ${bounds.first} - 1
    else (select p.pos from stats_bitmap_positions p where p.universe = u.universe
      and p.rank >= ${bounds.first} order by p.rank limit 1) end)`;
  const hi = sql`(case when u.universe = '' then ${bounds.last} - 1
    else (select p.pos from stats_bitmap_positions p where p.universe = u.universe
      and p.rank <= ${bounds.last} order by p.rank desc limit 1) end)`;
  return rangeBits(lo, hi);
}

/** Per unit and country, the changing rows whose `mask` column (counted, lead) holds the country. */
const changingInForce = (mask: 'counted' | 'lead') =>
  sql`(select r.universe, r.chunk, b.code, bit_or(set_bit(~u.ones, r.local, 1)) as bits
    from changing_rows r join units u on u.universe = r.universe and u.chunk = r.chunk
    join stats_country_bits b on ${sql.ref(`r.${mask}`)} & (1::bigint << b.bit) <> 0
    group by r.universe, r.chunk, b.code)`;

/**
 * The shared head of every statistics statement over the bitmaps: `scope` (the materials in
 * scope), `units` (the chunks of the global universe and of the materials in scope), `counted`
 * (per unit and country, the participations that count), `fb` (per unit, the matched rows) and
 * `cells` (per unit and country, the matched rows whose counted participations hold the country,
 * with their count).
 */
export function bitmapsBase(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  materialScope: RawBuilder<SqlBool>,
  /** False: the materials' universes only (a statement that counts nothing over all initiatives). */
  withGlobalUniverse = true,
) {
  const clauses: RawBuilder<unknown>[] = [];
  if (filter.status.length > 0) clauses.push(unionOf('status', filter.status));
  if (filter.kind.length > 0) clauses.push(unionOf('kind', filter.kind));
  if (filter.framework.length > 0) clauses.push(unionOf('framework', filter.framework));
  if (filter.lead.length > 0) clauses.push(unionOf('lead_country', filter.lead));
  if (filter.material.length > 0) {
    // A material's universe holds only its own initiatives (and the scope only picked ones).
    clauses.push(
      sql`(case when u.universe = '' then ${unionOf('material', filter.material)} else u.ones end)`,
    );
  }
  const range = rangeClause(filter);
  if (range) clauses.push(range);
  const country = countryClause(filter);
  if (country) clauses.push(country);
  const text = filter.q ? textSearchParts(filter.q) : undefined;
  const indexed = filter.q ? indexedSearch(filter.q) : undefined;
  if (text) clauses.push(textClause);
  const none = sql`(select null::text where false)`;
  return (
    db
      .with('scope', () => sql`${materialsInScope(materialScope)}`)
      .with(
        'units',
        () => sql`(select b.universe, b.chunk, b.bits as ones, length(b.bits) as len
        from stats_bitmaps b
        where b.dim = 'all' and b.value = ''
          and (${withGlobalUniverse ? sql`b.universe = '' or ` : sql``}b.universe in (select scope.id from scope)))`,
      )
      .with(
        (cte) => cte('filter_countries').materialized(),
        () => sql`${filterCountries(filter) ?? sql`(select null::text as code where false)`}`,
      )
      .with(
        (cte) => cte('changing_rows').materialized(),
        () => sql`${changingRows(filter)}`,
      )
      // Per unit: the changing rows; per unit and country: those of them it was in force in
      // (in the counted roles; as lead).
      .with(
        (cte) => cte('changing_bits').materialized(),
        () => sql`(select r.universe, r.chunk, bit_or(set_bit(~u.ones, r.local, 1)) as bits
          from changing_rows r join units u on u.universe = r.universe and u.chunk = r.chunk
          group by r.universe, r.chunk)`,
      )
      .with(
        (cte) => cte('changing_active').materialized(),
        () => sql`${changingInForce('counted')}`,
      )
      .with(
        (cte) => cte('changing_leads').materialized(),
        () => sql`${changingInForce('lead')}`,
      )
      .with(
        (cte) => cte('counted').materialized(),
        () => sql`${countedBitmaps(filter)}`,
      )
      .with(
        (cte) => cte('country_matches').materialized(),
        () => sql`${countryMatches(filter) ?? noBitmaps}`,
      )
      // A text search: the materials and countries it names, its own-text matches (rank, and
      // materials: the universes they are in) and their bitmaps. Unread without one.
      .with(
        (cte) => cte('text_materials').materialized(),
        () => sql`(select x.id from (${text?.materials ?? none}) x(id))`,
      )
      .with(
        (cte) => cte('text_countries').materialized(),
        () => sql`(select x.code from (${text?.countries ?? none}) x(code))`,
      )
      // A search from the inverted index: the lexemes it ANDs, and the terms it matches (runs
      // of as many words that contain it, in group ''; its lexemes, each its own group).
      .with(
        (cte) => cte('text_query').materialized(),
        () =>
          sql`${indexed && filter.q ? searchLexemes(filter.q) : sql`(select true as plain, '{}'::text[] as lexemes)`}`,
      )
      .with(
        (cte) => cte('text_lexemes').materialized(),
        () => sql`(select x.lexeme from text_query l
          cross join unnest(l.lexemes) x(lexeme) where l.plain)`,
      )
      .with(
        (cte) => cte('text_terms').materialized(),
        () =>
          indexed
            ? sql`(select t.kind, t.term, t.ranks, t.in_bitmaps, '' as grp from stats_text_terms t
              where t.kind = ${indexed.kind} and t.term like ${indexed.contains}
              union all
              select t.kind, t.term, t.ranks, t.in_bitmaps, t.term from stats_text_terms t
              where t.kind = 'text_lexeme' and t.term in (select l.lexeme from text_lexemes l))`
            : sql`(select null::text as kind, null::text as term, null::int[] as ranks,
              null::boolean as in_bitmaps, null::text as grp where false)`,
      )
      .with(
        (cte) => cte('text_rows').materialized(),
        // Each match's rank and positions, looked up one by one (OFFSET 0 keeps the lookup a
        // lateral one; joined, PostgreSQL hashed every row for a few matches): the ranks of the
        // infrequent terms matched (distinct per group: a row is one bit), or the live filter's
        // matches.
        () =>
          indexed
            ? sql`(select x.grp, ip.rank, ip.universes, ip.positions
              from (select distinct t.grp, r.rank from text_terms t
                cross join unnest(t.ranks) r(rank) where not t.in_bitmaps) x
              cross join lateral (select ip.rank, ip.universes, ip.positions
                from stats_initiative_positions ip where ip.rank = x.rank offset 0) ip
              limit ${sql.lit(textBitmapMaxMatches + 1)})`
            : text
              ? sql`(select '' as grp, ip.rank, ip.universes, ip.positions
              from (${text.ownText}) t(id)
              cross join lateral (select ip.rank, ip.universes, ip.positions
                from stats_initiative_positions ip where ip.id = t.id offset 0) ip
              limit ${sql.lit(textBitmapMaxMatches + 1)})`
              : sql`(select null::text as grp, null::int as rank, null::text[] as universes,
              null::int[] as positions where false)`,
      )
      .with(
        (cte) => cte('text_bits').materialized(),
        () => sql`${filter.q ? textBitmaps() : noTextBitmaps}`,
      )
      // Materialized: each unit's filter is computed once, however often it is read.
      .with(
        (cte) => cte('fb').materialized(),
        // With the position of its first set bit (1-based, 0 for none): every cell's bits are
        // among the filter's, so searches start there (position() walks bit by bit).
        () => sql`(select y.*, position(B'1' in y.bits) as start
        from (select u.universe, u.chunk, ${sql.join([sql`u.ones`, ...clauses], sql` & `)} as bits
          from units u offset 0) y)`,
      )
      .with(
        (cte) => cte('cells').materialized(),
        // OFFSET 0: the AND is computed once, not again inside bit_count.
        () => sql`(select x.*, bit_count(x.bits)::int as n
        from (select c.universe, c.chunk, c.code, fb.bits & c.bits as bits, fb.start
          from counted c join fb on fb.universe = c.universe and fb.chunk = c.chunk offset 0) x)`,
      )
  );
}

/**
 * True when two bitmaps of a unit share a set bit. The 1,024 bits from `start` (the first set
 * bit of the unit's filter, before or at the first of `a`) are compared first: under a broad
 * filter that settles nearly every pair at a fraction of the cost of the whole.
 */
export const bitsMeet = (
  a: RawBuilder<unknown>,
  b: RawBuilder<unknown>,
  start: RawBuilder<unknown>,
) =>
  sql<SqlBool>`(bit_count(substring(${a} from greatest(${start}, 1) for 1024)
      & substring(${b} from greatest(${start}, 1) for 1024)) > 0 or bit_count(${a} & ${b}) > 0)`;

/**
 * The positions (in the universe) of the first `limit` set bits of a bitmap of one chunk, in
 * order, as an int[]. `count` is its number of set bits and `start` where the unit's filter
 * starts (its first set bit is at or after it). Under a broad filter they are among the 128 bits
 * from `start`, read bit by bit; otherwise a walk with position(), which stops at the limit.
 */
export const firstPositions = (
  chunk: RawBuilder<unknown>,
  bits: RawBuilder<unknown>,
  count: RawBuilder<unknown>,
  start: RawBuilder<unknown>,
  limit: RawBuilder<unknown>,
) => {
  // Set-returning functions in the select list run lazily: the scan stops at the limit.
  const prefix = sql`array(select ${chunk} * ${chunkBits} + s.g
    from (select generate_series(o.start, least(o.start + 127, length(${bits}) - 1)) as g
      from (select greatest(${start}, 1) - 1 as start) o) s
    where get_bit(${bits}, s.g) = 1 limit ${limit})`;
  const walk = sql`array(with recursive walk(pos) as (
      select position(B'1' in ${bits}) where position(B'1' in ${bits}) > 0
      union all
      select walk.pos + n.step from walk
        cross join lateral (select position(B'1' in substring(${bits} from walk.pos + 1)) as step) n
        where n.step > 0)
    select ${chunk} * ${chunkBits} + walk.pos - 1 from walk limit ${limit})`;
  return sql`(select case when cardinality(head.prefix) >= least(${limit}, ${count})
      then head.prefix else ${walk} end
    from (select ${prefix} as prefix offset 0) head)`;
};
