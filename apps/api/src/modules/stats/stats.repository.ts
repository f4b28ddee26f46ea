import type { Database } from '@tracker/db';
import {
  materialActivities,
  maxCellInitiatives,
  maxTimelineBuckets,
  type CountryStatus,
  type CriticalityList,
  type GapScope,
  type InitiativeFilter,
  type InitiativeKind,
  type InitiativeStatus,
  type MaterialActivity,
  type TimelineInterval,
} from '@tracker/shared';
import { sql, type Kysely, type QueryCreator, type RawBuilder, type SqlBool } from 'kysely';
import {
  applyInitiativeFilter,
  listedDate,
  participationActiveOn,
  unknownFilterValues,
} from '../shared/initiative-filter';
import { publicDataVersion } from '../shared/data-version';
import {
  activityAggregates,
  alliesMask,
  cellInitiativeLimit,
  countryBitsCurrent,
  countryBitsFit,
  countsPerBit,
  factsBase,
  maskHas,
  materialsInScope,
  popcount,
} from './stats-facts.repository';
import { bitmapsCurrent, rebuildStatsBitmaps } from './stats-bitmaps.builder';
import {
  bitmapsBase,
  bitsMeet,
  countedLeads,
  firstPositions,
  textWithinBitmapLimit,
} from './stats-bitmaps.repository';

/**
 * Coverage statistics, each in ONE statement: the matched initiatives (the shared filter model),
 * the participations that count (in force on the "as of" day, in the filtered roles), the
 * materials in scope (a criticality list and/or the material filter), then the aggregate built in
 * PostgreSQL with jsonb_agg. Any unknown filter value and the data version ride on the same row.
 * Three ways to the same figures (see StatsPath): the summaries, the per-initiative facts
 * (stats-facts.repository.ts) and the plain aggregate over the tables.
 */

/** The SQL predicate of a criticality list over `materials` (alias `m`). */
function onList(list: CriticalityList): RawBuilder<SqlBool> {
  switch (list) {
    case 'nato':
      return sql<SqlBool>`m.nato_critical`;
    // Annex I names some materials only in part (battery-grade lithium): those count as listed.
    case 'eu_strategic':
      return sql<SqlBool>`m.eu_strategic <> 'no'`;
    case 'eu_critical':
      return sql<SqlBool>`m.eu_critical`;
  }
}

/** The materials counted: those on the list (when given) and named by the filter (when any). */
function materialScope(filter: InitiativeFilter, list: CriticalityList | undefined) {
  const parts: RawBuilder<SqlBool>[] = [sql<SqlBool>`true`];
  if (list) parts.push(onList(list));
  if (filter.material.length > 0) parts.push(sql<SqlBool>`m.id in (${sql.join(filter.material)})`);
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The participations that count: of a matched initiative, in the filtered roles, in force on asOf. */
function countedParticipation(filter: InitiativeFilter): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [sql<SqlBool>`true`];
  if (filter.role.length > 0) parts.push(sql<SqlBool>`p.role in (${sql.join(filter.role)})`);
  if (filter.asOf) parts.push(participationActiveOn('p', filter.asOf));
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The activities in the order of the enum, so every response lists them the same way. */
const activityOrder = sql`${sql.val([...materialActivities])}::text[]`;

/** An activity's bit in the activity masks below (acquisition = 1, storage = 2, …). */
const activityBit = (activity: RawBuilder<unknown>) =>
  sql<number>`(1 << (array_position(${activityOrder}, ${activity}) - 1))`;

/**
 * A row's activities as bits (acquisition = 1, storage = 2, …): a union over many rows is then
 * one bit_or, where unnesting and de-duplicating arrays cost most of the aggregate at scale.
 */
const activityMask = (alias: string) =>
  sql<number>`coalesce((select bit_or(${activityBit(sql`a`)})
    from unnest(${sql.ref(`${alias}.activities`)}) a), 0)`;

/** The activities of a mask, in the order of the enum. */
const maskActivities = (mask: RawBuilder<number>) =>
  sql`array(select t.a from unnest(${activityOrder}) with ordinality as t(a, n)
    where ${mask} & (1 << (t.n::int - 1)) <> 0 order by t.n)`;

/**
 * The version the precomputed views are checked against: every write, drafts' too (it is what
 * the views record when refreshed). Answers carry the public one (drafts left out).
 */
const dataVersion = sql<Date | string | null>`(select max(updated_at) from initiatives)`;

/**
 * The summaries (materialized views of migration 2026-12-02-000200) hold the unfiltered figures.
 * They answer a request only when its filter picks nothing they cannot see (at most a material
 * pick, which is one of their dimensions) and they were refreshed at the live data version.
 */
export function summaryCanAnswer(filter: InitiativeFilter, maxMaterials: number): boolean {
  return (
    filter.country.length === 0 &&
    filter.group.length === 0 &&
    filter.membersOf === undefined &&
    filter.role.length === 0 &&
    filter.lead.length === 0 &&
    filter.status.length === 0 &&
    filter.kind.length === 0 &&
    filter.framework.length === 0 &&
    filter.from === undefined &&
    filter.to === undefined &&
    filter.asOf === undefined &&
    (filter.q ?? '') === '' &&
    filter.material.length <= maxMaterials
  );
}

export interface StatsOptions {
  /**
   * Read the precomputed views when they can answer (default): the summaries for the unfiltered
   * views, the bitmaps or the per-initiative facts for any other filter. False forces the plain
   * aggregate.
   */
  summary?: boolean;
  /** False: a filtered view reads the per-initiative facts even where the bitmaps could answer. */
  bitmaps?: boolean;
}

/**
 * Where a statement reads from: the summaries (no filter they cannot see), the bitmap indexes
 * (any other filter; a text search up to textBitmapMaxMatches own-text matches), the
 * per-initiative facts (a broader search, or when asked), or the tables themselves (the plain
 * aggregate: when asked, and the fallback while the views lag behind the data).
 */
type StatsPath = 'summary' | 'bitmaps' | 'facts' | 'plain';

function choosePath(
  filter: InitiativeFilter,
  maxSummaryMaterials: number,
  options: StatsOptions,
  hasBitmapPath: boolean,
): StatsPath {
  if (options.summary === false) return 'plain';
  if (summaryCanAnswer(filter, maxSummaryMaterials)) return 'summary';
  const bitmapsCan = hasBitmapPath && options.bitmaps !== false;
  return bitmapsCan ? 'bitmaps' : 'facts';
}

/** True while the summaries describe the live data (same data version). */
const summaryFresh = sql<boolean>`(select coalesce(
  (select s.data_version from stats_summary s) is not distinct from ${dataVersion}, false))`;

/** The summaries' answer when they can give it, else the plain aggregate's. */
function eitherPath<T>(useSummary: boolean, summary: RawBuilder<T>, plain: RawBuilder<T>) {
  return useSummary ? summary : plain;
}

/**
 * Where the answer came from: the precomputed views ('fresh'); views refreshed before the latest
 * change (the figures must not be used: 'stale' summaries, refresh and ask again; 'stale_facts',
 * ask the plain aggregate, which costs less than waiting for a refresh at scale); facts that
 * cannot hold the data ('unavailable', more than 64 countries: ask the plain aggregate); or the
 * plain aggregate ('not_applicable': the caller asked for it).
 */
export type SummaryState =
  'fresh' | 'stale' | 'stale_facts' | 'broad_text' | 'unavailable' | 'not_applicable';
const summaryState = (path: StatsPath, filter: InitiativeFilter) => {
  switch (path) {
    case 'summary':
      return sql<SummaryState>`(case when ${summaryFresh} then 'fresh' else 'stale' end)`.as(
        'summary_state',
      );
    case 'facts':
      // The facts are refreshed with the summaries; their masks also need every country a bit.
      return sql<SummaryState>`(case when not (${summaryFresh} and ${countryBitsCurrent})
        then 'stale_facts' when ${countryBitsFit} then 'fresh' else 'unavailable' end)`.as(
        'summary_state',
      );
    case 'bitmaps':
      // Built from the facts in the same refresh, under the same conditions; a text search with
      // more matches than they take ('broad_text') is the facts' to answer.
      return sql<SummaryState>`(case
        when not (${summaryFresh} and ${countryBitsCurrent} and ${bitmapsCurrent})
        then 'stale_facts'
        when ${filter.q ? sql`not ${textWithinBitmapLimit}` : sql`false`} then 'broad_text'
        when ${countryBitsFit} then 'fresh' else 'unavailable' end)`.as('summary_state');
    case 'plain':
      return sql<SummaryState>`'not_applicable'`.as('summary_state');
  }
};

/**
 * The shared head of every statistics statement: `matched` (the filtered initiatives),
 * `cp` (the participations that count), `scope` (the materials in scope) and `cim` (the matched
 * initiatives' rows for those materials).
 */
function statsBase(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  list: CriticalityList | undefined,
  useSummary: boolean,
) {
  // Read from the summaries, the plain CTEs stay (the statement's shape is one) but select nothing:
  // a constant-false condition the planner prunes, so their cost neither runs nor adds up.
  const plainOnly = useSummary ? sql<SqlBool>`false` : sql<SqlBool>`true`;
  return db
    .with('matched', (qb) =>
      applyInitiativeFilter(qb.selectFrom('initiatives'), filter)
        .where(plainOnly)
        .select([
          'initiatives.id',
          'initiatives.slug',
          'initiatives.title',
          'initiatives.kind',
          'initiatives.status',
          listedDate.as('date'),
        ]),
    )
    .with(
      'cp',
      () =>
        sql`(select p.initiative_id, p.country_code, p.role, p.joined_on
        from participations p join matched on matched.id = p.initiative_id
        where ${plainOnly} and ${countedParticipation(filter)})`,
    )
    .with('scope', () => sql`${materialsInScope(materialScope(filter, list))}`)
    .with(
      'cim',
      () =>
        sql`(select im.initiative_id, im.material_id, im.activities, ${activityMask('im')} as mask
        from initiative_materials im
        join matched on matched.id = im.initiative_id
        join scope on scope.id = im.material_id
        where ${plainOnly})`,
    );
}

/** The filter values that name nothing, as columns of the statement's one row. */
function unknownColumns(filter: InitiativeFilter) {
  const unknown = unknownFilterValues(filter);
  return [
    unknown.country.as('unknown_country'),
    unknown.lead.as('unknown_lead'),
    unknown.material.as('unknown_material'),
    unknown.membersOf.as('unknown_members_of'),
    publicDataVersion.as('data_version'),
  ] as const;
}

export interface MaterialRowJson {
  id: string;
  name: string;
  symbol: string | null;
  nato_critical: boolean;
  eu_critical: boolean;
  eu_strategic: 'yes' | 'partial' | 'no';
}

export interface MaterialCoverageRowJson extends MaterialRowJson {
  initiatives: number;
  countries: number;
  allies: number;
  by_activity: { activity: MaterialActivity; initiatives: number; countries: number }[];
  by_status: { status: InitiativeStatus; initiatives: number }[];
}

const scopeMaterialJson = sql`jsonb_build_object('id', scope.id, 'name', scope.name,
  'symbol', scope.symbol, 'nato_critical', scope.nato_critical,
  'eu_critical', scope.eu_critical, 'eu_strategic', scope.eu_strategic)`;

/** Over the bitmaps: the (material, country) pairs with a matched row whose counted participations hold the country. */
const coveredPairs = sql`(select c.universe, c.code from cells c where c.universe <> ''
  group by c.universe, c.code having sum(c.n) > 0)`;

/** Per material in scope: initiatives, countries, Allies, by activity and by status. */
export function getMaterialCoverage(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  list: CriticalityList | undefined,
  options: StatsOptions = {},
) {
  const path = choosePath(filter, Infinity, options, true);
  if (path === 'bitmaps') {
    const base = bitmapsBase(db, filter, materialScope(filter, list), false)
      .with(
        (cte) => cte('covered_pairs').materialized(),
        () => sql`${coveredPairs}`,
      )
      // Materialized, as each aggregate below: computed once (the planner cannot size CTEs).
      .with(
        (cte) => cte('activity_countries').materialized(),
        () => sql`(select t.universe, t.activity, count(*)::int as countries
          from (select c.universe, ab.value as activity, c.code
            from cells c join stats_bitmaps ab on ab.universe = c.universe
              and ab.chunk = c.chunk and ab.dim = 'activity'
            where c.n > 0 and ${bitsMeet(sql`c.bits`, sql`ab.bits`, sql`c.start`)}
            group by c.universe, ab.value, c.code) t
          group by t.universe, t.activity)`,
      )
      .with(
        (cte) => cte('activity_initiatives').materialized(),
        // Counted before grouping (OFFSET 0 keeps it so): the groups carry numbers, not bitmaps.
        () => sql`(select x.universe, x.activity, sum(x.n)::int as initiatives
          from (select fb.universe, ab.value as activity, bit_count(fb.bits & ab.bits) as n
            from fb join stats_bitmaps ab on ab.universe = fb.universe and ab.chunk = fb.chunk
              and ab.dim = 'activity'
            offset 0) x
          group by x.universe, x.activity)`,
      );
    const items = sql<MaterialCoverageRowJson[]>`coalesce((
      select jsonb_agg(${scopeMaterialJson} || jsonb_build_object(
          'initiatives', coalesce(x.initiatives, 0),
          'countries', coalesce(y.countries, 0),
          'allies', coalesce(y.allies, 0),
          'by_activity', coalesce(a.by_activity, '[]'::jsonb),
          'by_status', coalesce(st.by_status, '[]'::jsonb))
        order by scope.name)
      from scope
      left join (select fb.universe, sum(bit_count(fb.bits))::int as initiatives
        from fb group by fb.universe) x on x.universe = scope.id
      left join (select cp.universe, count(*)::int as countries,
          count(*) filter (where k.status = 'nato_ally')::int as allies
        from covered_pairs cp join countries k on k.code = cp.code
        group by cp.universe) y on y.universe = scope.id
      left join (select t.universe, jsonb_agg(jsonb_build_object('activity', t.activity,
            'initiatives', t.initiatives, 'countries', coalesce(ac.countries, 0))
            order by array_position(${activityOrder}, t.activity)) as by_activity
        from activity_initiatives t
        left join activity_countries ac
          on ac.universe = t.universe and ac.activity = t.activity
        where t.initiatives > 0
        group by t.universe) a on a.universe = scope.id
      left join (select t.universe, jsonb_agg(jsonb_build_object('status', t.status,
            'initiatives', t.initiatives) order by t.status) as by_status
        from (select x.universe, x.status, sum(x.n)::int as initiatives
          from (select fb.universe, sb.value as status, bit_count(fb.bits & sb.bits) as n
            from fb join stats_bitmaps sb on sb.universe = fb.universe and sb.chunk = fb.chunk
              and sb.dim = 'status'
            offset 0) x
          group by x.universe, x.status) t
        where t.initiatives > 0 group by t.universe) st on st.universe = scope.id), '[]'::jsonb)`;
    return base.selectNoFrom([
      items.as('items'),
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
  }
  if (path === 'facts') {
    const byActivity = sql`(select jsonb_agg(jsonb_build_object('activity', t.a,
        'initiatives', x.activity_counts[t.n], 'countries', ${popcount(sql`x.activity_masks[t.n]`)})
        order by t.n)
      from unnest(${activityOrder}) with ordinality as t(a, n) where x.activity_counts[t.n] > 0)`;
    const facts = sql<MaterialCoverageRowJson[]>`coalesce((
      select jsonb_agg(${scopeMaterialJson} || jsonb_build_object(
          'initiatives', coalesce(x.initiatives, 0),
          'countries', ${popcount(sql`x.mask`)},
          'allies', ${popcount(sql`x.mask & ${alliesMask}`)},
          'by_activity', coalesce(${byActivity}, '[]'::jsonb),
          'by_status', coalesce(ms.by_status, '[]'::jsonb))
        order by scope.name)
      from scope
      left join (select fgroups.material_id, sum(fgroups.initiatives)::int as initiatives,
          bit_or(fgroups.mask) as mask,
          ${activityAggregates.counts} as activity_counts,
          ${activityAggregates.masks} as activity_masks
        from fgroups group by fgroups.material_id) x on x.material_id = scope.id
      left join (select y.material_id, jsonb_agg(jsonb_build_object('status', y.status,
            'initiatives', y.initiatives) order by y.status) as by_status
        from (select fgroups.material_id, fgroups.status, sum(fgroups.initiatives)::int as initiatives
          from fgroups group by fgroups.material_id, fgroups.status) y
        group by y.material_id) ms on ms.material_id = scope.id), '[]'::jsonb)`;
    return factsBase(db, filter, materialScope(filter, list)).selectNoFrom([
      facts.as('items'),
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
  }
  const useSummary = path === 'summary';
  const plain = sql<MaterialCoverageRowJson[]>`coalesce((
    select jsonb_agg(${scopeMaterialJson} || jsonb_build_object(
        'initiatives', coalesce(mi.initiatives, 0),
        'countries', coalesce(mc.countries, 0),
        'allies', coalesce(mc.allies, 0),
        'by_activity', coalesce(ma.by_activity, '[]'::jsonb),
        'by_status', coalesce(ms.by_status, '[]'::jsonb))
      order by scope.name)
    from scope
    left join (select cim.material_id, count(*) as initiatives from cim group by cim.material_id) mi
      on mi.material_id = scope.id
    left join (select pairs.material_id, count(*) as countries,
        count(*) filter (where c.status = 'nato_ally') as allies
      from pairs join countries c on c.code = pairs.country_code
      group by pairs.material_id) mc on mc.material_id = scope.id
    left join (select x.material_id, jsonb_agg(jsonb_build_object('activity', x.activity,
          'initiatives', x.initiatives, 'countries', coalesce(y.countries, 0))
          order by array_position(${activityOrder}, x.activity)) as by_activity
      from (select ar.material_id, ar.activity, count(*) as initiatives
        from activity_rows ar group by ar.material_id, ar.activity) x
      left join (select pairs.material_id, t.a as activity, count(*) as countries
        from pairs cross join lateral unnest(${activityOrder}) with ordinality as t(a, n)
        where pairs.mask & (1 << (t.n::int - 1)) <> 0
        group by pairs.material_id, t.a) y
        on y.material_id = x.material_id and y.activity = x.activity
      group by x.material_id) ma on ma.material_id = scope.id
    left join (select x.material_id, jsonb_agg(jsonb_build_object('status', x.status,
          'initiatives', x.initiatives) order by x.status) as by_status
      from (select cim.material_id, matched.status, count(*) as initiatives
        from cim join matched on matched.id = cim.initiative_id
        group by cim.material_id, matched.status) x
      group by x.material_id) ms on ms.material_id = scope.id), '[]'::jsonb)`;
  const summary = sql<MaterialCoverageRowJson[]>`coalesce((
    select jsonb_agg(${scopeMaterialJson} || jsonb_build_object(
        'initiatives', coalesce((select f.initiatives from stats_material_facts f
          where f.material_id = scope.id and f.status = '*' and f.activity = '*'), 0),
        'countries', (select count(*) from stats_material_country s
          where s.material_id = scope.id),
        'allies', (select count(*) from stats_material_country s
          join countries c on c.code = s.country_code
          where s.material_id = scope.id and c.status = 'nato_ally'),
        'by_activity', coalesce((select jsonb_agg(jsonb_build_object('activity', f.activity,
            'initiatives', f.initiatives,
            'countries', (select count(*) from stats_material_country s
              where s.material_id = scope.id and f.activity = any(s.activities)))
            order by array_position(${activityOrder}, f.activity))
          from stats_material_facts f
          where f.material_id = scope.id and f.status = '*' and f.activity <> '*'), '[]'::jsonb),
        'by_status', coalesce((select jsonb_agg(jsonb_build_object('status', f.status,
            'initiatives', f.initiatives) order by f.status)
          from stats_material_facts f
          where f.material_id = scope.id and f.status <> '*' and f.activity = '*'), '[]'::jsonb))
      order by scope.name)
    from scope), '[]'::jsonb)`;
  return statsBase(db, filter, list, useSummary)
    .with(
      'pairs',
      () =>
        sql`(select cim.material_id, cp.country_code, bit_or(cim.mask) as mask
          from cim join cp on cp.initiative_id = cim.initiative_id
          group by cim.material_id, cp.country_code)`,
    )
    .with(
      'activity_rows',
      () =>
        sql`(select cim.initiative_id, cim.material_id, a.activity
          from cim cross join lateral unnest(cim.activities) as a(activity))`,
    )
    .selectNoFrom([
      eitherPath(useSummary, summary, plain).as('items'),
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
}

export type MaterialCoverageRow = Awaited<
  ReturnType<ReturnType<typeof getMaterialCoverage>['executeTakeFirstOrThrow']>
>;

export interface CountryRowJson {
  code: string;
  name: string;
  status: CountryStatus;
}

/**
 * The matrix's cells as the API sends them (CountryMaterialCell[], built as json with its field
 * names), as text: a broad matrix is ~300 KB, and parsing it into objects only to serialise them
 * again cost more than its statement's margin (and most of the variance of its latency).
 */
const cellsText = (cells: RawBuilder<string>) => sql<string>`${cells}::text`.as('cells');

/** Every country and material in scope, and the covered pairs with their initiatives. */
export function getCountryMaterialMatrix(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  list: CriticalityList | undefined,
  options: StatsOptions = {},
) {
  const path = choosePath(filter, Infinity, options, true);
  const countries = sql<CountryRowJson[]>`coalesce((
    select jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name, 'status', c.status)
      order by c.name)
    from countries c), '[]'::jsonb)`.as('countries');
  const materials = sql<{ id: string; name: string }[]>`coalesce((
    select jsonb_agg(jsonb_build_object('id', scope.id, 'name', scope.name) order by scope.name)
    from scope), '[]'::jsonb)`.as('materials');
  if (path === 'bitmaps') {
    // A cell's latest initiatives: the first set bits of its bitmap (positions run latest first).
    // Cells of a material share most of theirs: each is looked up once, in first_rows, with its
    // JSON up to the role, which depends on the cell's country.
    const rowOf = sql`(select fr.rows from first_rows fr) -> (x.universe || ' ' || q.pos)`;
    const hasRole = (index: number) =>
      sql`((e.row ->> ${sql.lit(index)})::bigint & (1::bigint << x.bit)) <> 0`;
    // Written as JSON text by concatenation (strings through to_json, which escapes them): with
    // json_build_object, which looks up every argument's type on every call, the ~2,500 objects
    // of a broad matrix cost a quarter of the statement. The same fields, in the same order, as
    // the other paths' json_build_object (the tests compare them parsed).
    const cells = sql<string>`coalesce((select '[' || string_agg('{"country":' || to_json(x.code)::text
        || ',"material":' || to_json(x.universe)::text || ',"initiativeCount":' || x.n
        || ',"initiatives":' || coalesce((select '[' || string_agg((e.row ->> 0) || case
              when ${hasRole(1)} then 'lead'
              when ${hasRole(2)} then 'participant'
              when ${hasRole(3)} then 'observer'
              else 'partner' end || '"}', ',' order by q.n) || ']'
            from unnest(x.positions) with ordinality as q(pos, n)
            -- OFFSET 0: one lookup per initiative, however many fields read it.
            cross join lateral (select ${rowOf} as row offset 0) e), 'null')
        || ',"activities":' || (select a.texts from activity_texts a)[x.activity_mask + 1] || '}',
        ',' order by x.code, x.universe) || ']'
      from cell_firsts x), '[]')`;
    return (
      bitmapsBase(db, filter, materialScope(filter, list), false)
        // Per chunk of a cell, small values only (its count, activities as bits by the index, first
        // positions), so the grouping below moves no bitmaps.
        .with(
          (cte) => cte('cell_chunks').materialized(),
          () => sql`(select c.universe, c.code, c.chunk, c.n,
            (select coalesce(bit_or(${activityBit(sql`ab.value`)}), 0) from stats_bitmaps ab
              where ab.universe = c.universe and ab.chunk = c.chunk and ab.dim = 'activity'
                and ${bitsMeet(sql`c.bits`, sql`ab.bits`, sql`c.start`)}) as activity_mask,
            ${firstPositions(sql`c.chunk`, sql`c.bits`, sql`c.n`, sql`c.start`, cellInitiativeLimit)}
              as positions
          from cells c where c.n > 0)`,
        )
        .with(
          (cte) => cte('cell_firsts').materialized(),
          // The chunks' positions padded to the limit with nulls, so they aggregate into one
          // two-dimensional array (chunk by chunk, which unnest reads in order).
          () => sql`(select x.universe, x.code, x.n, x.activity_mask, cb.bit,
            array(select p from unnest(x.chunk_positions) as p where p is not null
              limit ${cellInitiativeLimit}) as positions
          from (select c.universe, c.code, sum(c.n)::int as n,
              bit_or(c.activity_mask) as activity_mask,
              array_agg(c.positions || array_fill(null::int,
                  array[${cellInitiativeLimit} - cardinality(c.positions)])
                order by c.chunk) as chunk_positions
            from cell_chunks c group by c.universe, c.code) x
          join stats_country_bits cb on cb.code = x.code)`,
        )
        .with(
          (cte) => cte('first_rows').materialized(),
          // Per row: its JSON up to the role's value, and its role masks.
          () => sql`(select jsonb_object_agg(r.universe || ' ' || r.pos, jsonb_build_array(
            '{"slug":' || to_json(i.slug)::text || ',"title":' || to_json(i.title)::text
              || ',"role":"', f.lead_mask, f.participant_mask, f.observer_mask)) as rows
          from (select distinct cf.universe, q.pos
            from cell_firsts cf cross join unnest(cf.positions) as q(pos)) r
          join stats_bitmap_positions p on p.universe = r.universe and p.pos = r.pos
          join stats_initiative_facts f on f.rank = p.rank
          join initiatives i on i.id = f.id)`,
        )
        .with(
          (cte) => cte('activity_texts').materialized(),
          // Every activity mask's names as JSON text, indexed by mask + 1.
          () => sql`(select array_agg(to_json(${maskActivities(sql<number>`m`)})::text order by m)
            as texts from generate_series(0, ${sql.lit(2 ** materialActivities.length - 1)}) m)`,
        )
        .selectNoFrom([
          countries,
          materials,
          cells.as('cells'),
          summaryState(path, filter),
          ...unknownColumns(filter),
        ])
    );
  }
  if (path === 'facts') {
    // Per material, in one pass: how many rows hold each country's bit, and the rows' ids and
    // masks latest first. A cell's latest initiatives are then the first rows of its material
    // that hold its country (a walk that stops after the fifth), its activities those whose
    // union of masks holds it: no row is repeated per country.
    const facts = sql<string>`coalesce((
      select json_agg(json_build_object('country', b.code, 'material', pm.material_id,
          'initiativeCount', pm.counts[b.bit + 1],
          'initiatives', (select json_agg(json_build_object('slug', i.slug, 'title', i.title,
              'role', p.role) order by t.n)
            -- Set-returning functions in the select list run lazily: the walk stops at the fifth.
            from (select r.id, r.n from (select unnest(pm.ids) as id, unnest(pm.masks) as mask,
                generate_series(1, cardinality(pm.ids)) as n) r
              where ${maskHas(sql`r.mask`, 'b')} limit ${cellInitiativeLimit}) t
            join initiatives i on i.id = t.id
            join participations p on p.initiative_id = t.id and p.country_code = b.code),
          'activities', to_json(${maskActivities(
            sql<number>`(select coalesce(sum(1 << (a.n::int - 1)), 0)::int
              from unnest(ma.activity_masks) with ordinality as a(mask, n)
              where ${maskHas(sql`a.mask`, 'b')})`,
          )}))
        order by b.code, pm.material_id)
      from (select fcim.material_id, ${countsPerBit(sql`fcim.mask`)} as counts,
          array_agg(fcim.initiative_id order by fcim.rank) as ids,
          array_agg(fcim.mask order by fcim.rank) as masks
        from fcim group by fcim.material_id) pm
      join (select fgroups.material_id, ${activityAggregates.masks} as activity_masks
        from fgroups group by fgroups.material_id) ma on ma.material_id = pm.material_id
      join stats_country_bits b on pm.counts[b.bit + 1] > 0), '[]'::json)`;
    return factsBase(db, filter, materialScope(filter, list)).selectNoFrom([
      countries,
      materials,
      cellsText(facts),
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
  }
  const useSummary = path === 'summary';
  const plain = sql<string>`coalesce((
    select json_agg(json_build_object('country', x.country_code, 'material', x.material_id,
        'initiativeCount', x.initiative_count, 'initiatives', to_json(x.initiatives),
        'activities', to_json(x.activities))
      order by x.country_code, x.material_id)
    from (
      select cr.country_code, cr.material_id, count(*) as initiative_count,
        (array_agg(json_build_object('slug', cr.slug, 'title', cr.title, 'role', cr.role)
          order by cr.date desc nulls last, cr.slug collate "C"))[1:${sql.lit(maxCellInitiatives)}]
          as initiatives,
        ${maskActivities(sql<number>`bit_or(cr.mask)`)} as activities
      from cell_rows cr
      group by cr.country_code, cr.material_id) x), '[]'::json)`;
  const summary = sql<string>`coalesce((
    select json_agg(json_build_object('country', s.country_code, 'material', s.material_id,
        'initiativeCount', s.initiative_count,
        'initiatives', jsonb_path_query_array(s.initiatives,
          ${sql.lit(`$[0 to ${maxCellInitiatives - 1}]`)}::jsonpath),
        -- The summary keeps the activities in the order of the enum.
        'activities', to_json(s.activities))
      order by s.country_code, s.material_id)
    from stats_material_country s join scope on scope.id = s.material_id), '[]'::json)`;
  return statsBase(db, filter, list, useSummary)
    .with(
      'cell_rows',
      () =>
        sql`(select cim.material_id, cp.country_code, cp.role, cim.mask,
            matched.slug, matched.title, matched.date
          from cim
          join cp on cp.initiative_id = cim.initiative_id
          join matched on matched.id = cim.initiative_id)`,
    )
    .selectNoFrom([
      countries,
      materials,
      cellsText(eitherPath(useSummary, summary, plain)),
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
}

export type CountryMaterialMatrixRow = Awaited<
  ReturnType<ReturnType<typeof getCountryMaterialMatrix>['executeTakeFirstOrThrow']>
>;

export interface TimelineBucketRowJson {
  start: string;
  signed: number;
  joinings: number;
  by_kind: Partial<Record<InitiativeKind, number>> | null;
}

/**
 * Initiatives by their date and dated joinings, binned by quarter or year over the whole dated
 * span (empty periods as zeros). Without an interval: quarters up to 10 years, else years; never
 * more than `maxTimelineBuckets` periods (a longer span is cut to the latest ones, the events
 * before it are counted apart). The summary holds the same events counted per month.
 */
export function getTimeline(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  interval: TimelineInterval | undefined,
  options: StatsOptions = {},
) {
  const path = choosePath(filter, 0, options, true);
  const useSummary = path === 'summary';
  const requested = interval ?? null;
  if (path === 'bitmaps') {
    // Bit k of how many joined an initiative in a month is in join_k: a sum of bit_counts.
    // "As of" a day, the participations in force: those that did not end (join_stay_k) for an
    // initiative whose membership no longer changes by then; the few others from their facts.
    // Under a role pick, the slices of those roles (join_<role>_k): a participation has one role,
    // so their sums add up. k is the last character (counts stay under 2^7).
    const prefix = filter.asOf ? 'join_stay_' : 'join_';
    const slicePrefixes =
      filter.role.length > 0 ? filter.role.map((role) => `${prefix}${role}_`) : [prefix];
    const joinDims = sql.join(
      slicePrefixes.flatMap((slice) => Array.from({ length: 7 }, (_, k) => `${slice}${k}`)),
    );
    const joinedIn = (month: RawBuilder<SqlBool>) =>
      // Counted before grouping (OFFSET 0 keeps it so): the groups carry numbers, not bitmaps.
      sql`select x.value, sum(x.joined)::int as joined
        from (select j.value, bit_count(case when ch.bits is null then fb.bits
              else fb.bits & ~ch.bits end & j.bits)
            << right(j.dim, 1)::int as joined
          from fb join stats_bitmaps j on j.universe = fb.universe and j.chunk = fb.chunk
            and j.dim in (${joinDims})
          left join changing_bits ch on ch.universe = fb.universe and ch.chunk = fb.chunk
          where fb.universe = '' and ${month} offset 0) x
        group by x.value`;
    // The changing initiatives the filter keeps, with who was in force (empty without "as of").
    const changing = sql`(select c.counted, f.join_days, f.join_masks, f.dated_mask
      from changing_rows c join fb on fb.universe = c.universe and fb.chunk = c.chunk
      join stats_initiative_facts f on f.rank = c.rank
      where c.universe = '' and get_bit(fb.bits, c.local) = 1)`;
    return timelineStatement(bitmapsBase(db, filter, sql<SqlBool>`false`), {
      events: sql`(select x.month::date as day, x.kind, sum(x.signed)::int as signed, 0 as joinings
        from (select m.value as month, fk.kind, bit_count(fk.bits & m.bits) as signed
          from (select fb.chunk, k.value as kind, fb.bits & k.bits as bits
            from fb join stats_bitmaps k on k.universe = fb.universe and k.chunk = fb.chunk
              and k.dim = 'kind'
            where fb.universe = '') fk
          join stats_bitmaps m on m.universe = '' and m.chunk = fk.chunk and m.dim = 'month'
          offset 0) x
        group by x.month, x.kind having sum(x.signed) > 0
        union all
        select j.value::date, null, 0, j.joined
        from (${joinedIn(sql<SqlBool>`j.value <> ''`)}) j where j.joined > 0
        union all
        select date_trunc('month', d.day)::date, null, 0, sum(${popcount(sql`d.mask`)})::int
        from (select unnest(c.join_days) as day, unnest(c.join_masks) & c.counted as mask
          from ${changing} c) d
        where d.mask <> 0 group by 1)`,
      undatedInitiatives: sql<number>`(select coalesce(sum(bit_count(fb.bits & u.bits)), 0)::int
        from fb join stats_bitmaps u on u.universe = fb.universe and u.chunk = fb.chunk
          and u.dim = 'undated' and u.value = ''
        where fb.universe = '')`,
      undatedJoinings: sql<number>`((select coalesce(sum(j.joined), 0)::int
          from (${joinedIn(sql<SqlBool>`j.value = ''`)}) j)
        + (select coalesce(sum(${popcount(sql`c.counted & ~c.dated_mask`)}), 0)::int
          from ${changing} c))`,
      requested,
      path,
      filter,
    });
  }
  if (path === 'facts') {
    // Counted per month, like the summary: quarters and years are unions of months. Joinings
    // per dated day: who joined that day, among the participations that count.
    return timelineStatement(factsBase(db, filter, sql<SqlBool>`true`), {
      events: sql`(select date_trunc('month', fm.date)::date as day, fm.kind::text as kind,
          count(*)::int as signed, 0 as joinings
        from fm where fm.date is not null group by 1, 2
        union all
        select date_trunc('month', d.day)::date, null, 0, sum(${popcount(sql`d.mask`)})::int
        from (select unnest(fm.join_days) as day, unnest(fm.join_masks) & fm.mask as mask
          from fm) d
        where d.mask <> 0 group by 1)`,
      undatedInitiatives: sql<number>`(select count(*)::int from fm where fm.date is null)`,
      undatedJoinings: sql<number>`(select coalesce(sum(${popcount(
        sql`fm.mask & ~fm.dated_mask`,
      )}), 0)::int from fm)`,
      requested,
      path,
      filter,
    });
  }
  const plainEvents = sql`select matched.date as day, matched.kind::text as kind,
      1 as signed, 0 as joinings
    from matched where matched.date is not null
    union all
    select cp.joined_on, null, 0, 1 from cp where cp.joined_on is not null`;
  return timelineStatement(statsBase(db, filter, undefined, useSummary), {
    events: useSummary
      ? sql`(select f.month as day, nullif(f.kind, '*') as kind, f.signed, f.joinings
        from stats_timeline_facts f)`
      : sql`(${plainEvents})`,
    undatedInitiatives: eitherPath(
      useSummary,
      sql<number>`(select s.undated_initiatives from stats_summary s)`,
      sql<number>`(select count(*)::int from matched where matched.date is null)`,
    ),
    undatedJoinings: eitherPath(
      useSummary,
      sql<number>`(select s.undated_joinings from stats_summary s)`,
      sql<number>`(select count(*)::int from cp where cp.joined_on is null)`,
    ),
    requested,
    path,
    filter,
  });
}

interface TimelineParts {
  /** (day, kind, signed, joinings): an initiative's date, or a dated joining. */
  events: RawBuilder<unknown>;
  undatedInitiatives: RawBuilder<number>;
  undatedJoinings: RawBuilder<number>;
  requested: TimelineInterval | null;
  path: StatsPath;
  filter: InitiativeFilter;
}

/** The timeline from its events, whichever path counted them. */
function timelineStatement<DB>(
  base: QueryCreator<DB>,
  { events, undatedInitiatives, undatedJoinings, requested, path, filter }: TimelineParts,
) {
  const step = sql`(case when unit.name = 'year' then interval '1 year' else interval '3 months' end)`;
  return base
    .with('events', () => sql`${events}`)
    .with('span', () => sql`(select min(day) as first_day, max(day) as last_day from events)`)
    .with(
      'unit',
      () =>
        // As asked, else quarters for up to 10 years; years once quarters would exceed the cap.
        sql`(select case
          when ${requested}::text = 'year' then 'year'
          when span.first_day is null then coalesce(${requested}::text, 'quarter')
          when (extract(year from span.last_day) - extract(year from span.first_day)) * 4
               + extract(quarter from span.last_day) - extract(quarter from span.first_day) + 1
               > ${sql.lit(maxTimelineBuckets)} then 'year'
          when ${requested}::text = 'quarter' then 'quarter'
          when extract(year from span.last_day) - extract(year from span.first_day) >= 10 then 'year'
          else 'quarter' end as name
        from span)`,
    )
    .with(
      'periods',
      () =>
        sql`(select g::date as start
        from span, unit,
          generate_series(
            greatest(date_trunc(unit.name, span.first_day::timestamp),
              date_trunc(unit.name, span.last_day::timestamp)
                - ${step} * ${sql.lit(maxTimelineBuckets - 1)}),
            date_trunc(unit.name, span.last_day::timestamp),
            ${step}) g
        where span.first_day is not null)`,
    )
    .with(
      'binned',
      () =>
        sql`(select date_trunc(unit.name, events.day::timestamp)::date as start, events.kind,
          sum(events.signed)::int as signed, sum(events.joinings)::int as joinings
        from events, unit
        group by 1, 2)`,
    )
    .selectNoFrom([
      sql<string>`(select name from unit)`.as('interval'),
      sql<TimelineBucketRowJson[]>`coalesce((
        select jsonb_agg(jsonb_build_object('start', to_char(periods.start, 'YYYY-MM-DD'),
            'signed', coalesce(b.signed, 0), 'joinings', coalesce(b.joinings, 0),
            'by_kind', b.by_kind)
          order by periods.start)
        from periods
        left join (
          select binned.start, sum(binned.signed)::int as signed,
            sum(binned.joinings)::int as joinings,
            jsonb_object_agg(binned.kind, binned.signed)
              filter (where binned.kind is not null and binned.signed > 0) as by_kind
          from binned group by binned.start) b on b.start = periods.start), '[]'::jsonb)`.as(
        'buckets',
      ),
      sql<{ signed: number; joinings: number }>`jsonb_build_object(
        'signed', coalesce((select sum(signed) from binned
          where binned.start < (select min(start) from periods)), 0),
        'joinings', coalesce((select sum(joinings) from binned
          where binned.start < (select min(start) from periods)), 0))`.as('earlier'),
      undatedInitiatives.as('undated_initiatives'),
      undatedJoinings.as('undated_joinings'),
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
}

export type TimelineRow = Awaited<
  ReturnType<ReturnType<typeof getTimeline>['executeTakeFirstOrThrow']>
>;

export interface GapMaterialRowJson {
  material: MaterialRowJson;
  covered_countries: number;
  uncovered_countries: string[];
}

export interface GapCountryRowJson {
  country: CountryRowJson;
  uncovered_materials: string[];
}

/** For a list: per listed material the countries in scope without it, and per country the reverse. */
export function getCoverageGaps(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  list: CriticalityList,
  scope: GapScope,
  options: StatsOptions = {},
) {
  const path = choosePath(filter, Infinity, options, true);
  const useSummary = path === 'summary';
  const inScope = scope === 'allies' ? sql<SqlBool>`c.status = 'nato_ally'` : sql<SqlBool>`true`;
  if (path === 'bitmaps') {
    const base = bitmapsBase(db, filter, materialScope(filter, list))
      .with(
        (cte) => cte('covered_pairs').materialized(),
        () => sql`${coveredPairs}`,
      )
      .with(
        'scope_countries',
        () => sql`(select c.code, c.name, c.status from countries c where ${inScope})`,
      )
      .with(
        'covered',
        () => sql`(select scope.id as material_id, scope.name,
            coalesce(x.initiatives, 0) > 0 as covered
          from scope left join (select fb.universe, sum(bit_count(fb.bits)) as initiatives
            from fb group by fb.universe) x on x.universe = scope.id)`,
      );
    const isCovered = sql<SqlBool>`exists (select 1 from covered_pairs cp
      where cp.universe = scope.id and cp.code = sc.code)`;
    return base.selectNoFrom([
      sql<GapMaterialRowJson[]>`coalesce((
        select jsonb_agg(jsonb_build_object('material', ${scopeMaterialJson},
            'covered_countries', (select count(*) from scope_countries sc where ${isCovered}),
            'uncovered_countries', coalesce((select jsonb_agg(sc.code order by sc.name)
              from scope_countries sc where not ${isCovered}), '[]'::jsonb))
          order by scope.name)
        from scope), '[]'::jsonb)`.as('materials'),
      sql<GapCountryRowJson[]>`coalesce((
        select jsonb_agg(jsonb_build_object(
            'country', jsonb_build_object('code', sc.code, 'name', sc.name, 'status', sc.status),
            'uncovered_materials', coalesce((select jsonb_agg(scope.id order by scope.name)
              from scope where not ${isCovered}), '[]'::jsonb))
          order by sc.name)
        from scope_countries sc), '[]'::jsonb)`.as('countries'),
      sql<string[]>`coalesce((select jsonb_agg(covered.material_id order by covered.name)
        from covered where not covered.covered), '[]'::jsonb)`.as('materials_with_no_initiative'),
      sql<string[]>`coalesce((select jsonb_agg(sc.code order by sc.name) from scope_countries sc
        where not exists (select 1 from cells c
          where c.universe = '' and c.code = sc.code and c.n > 0)), '[]'::jsonb)`.as(
        'countries_in_no_initiative',
      ),
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
  }
  if (path === 'facts') {
    // Per material in scope, the union of its matched rows' counted countries; every country is
    // then a bit test (a country without a bit is in no initiative).
    const base = factsBase(db, filter, materialScope(filter, list))
      .with(
        'scope_countries',
        () => sql`(select c.code, c.name, c.status, b.bit from countries c
          left join stats_country_bits b on b.code = c.code where ${inScope})`,
      )
      .with(
        'material_masks',
        () => sql`(select scope.id as material_id, scope.name, coalesce(g.mask, 0) as mask,
            g.material_id is not null as covered
          from scope left join (select fgroups.material_id, bit_or(fgroups.mask) as mask
            from fgroups group by fgroups.material_id) g on g.material_id = scope.id)`,
      );
    return base.selectNoFrom([
      sql<GapMaterialRowJson[]>`coalesce((
        select jsonb_agg(jsonb_build_object('material', ${scopeMaterialJson},
            'covered_countries', (select count(*) from scope_countries sc
              where ${maskHas(sql`mm.mask`, 'sc')}),
            'uncovered_countries', coalesce((select jsonb_agg(sc.code order by sc.name)
              from scope_countries sc where not ${maskHas(sql`mm.mask`, 'sc')}), '[]'::jsonb))
          order by scope.name)
        from scope join material_masks mm on mm.material_id = scope.id), '[]'::jsonb)`.as(
        'materials',
      ),
      sql<GapCountryRowJson[]>`coalesce((
        select jsonb_agg(jsonb_build_object(
            'country', jsonb_build_object('code', sc.code, 'name', sc.name, 'status', sc.status),
            'uncovered_materials', coalesce((select jsonb_agg(mm.material_id order by mm.name)
              from material_masks mm where not ${maskHas(sql`mm.mask`, 'sc')}), '[]'::jsonb))
          order by sc.name)
        from scope_countries sc), '[]'::jsonb)`.as('countries'),
      sql<string[]>`coalesce((select jsonb_agg(mm.material_id order by mm.name)
        from material_masks mm where not mm.covered), '[]'::jsonb)`.as(
        'materials_with_no_initiative',
      ),
      sql<string[]>`coalesce((select jsonb_agg(sc.code order by sc.name) from scope_countries sc
        where not ${maskHas(sql`(select bit_or(fm.mask) from fm)`, 'sc')}), '[]'::jsonb)`.as(
        'countries_in_no_initiative',
      ),
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
  }
  const plainPairs = sql`select distinct cim.material_id, cp.country_code
    from cim join cp on cp.initiative_id = cim.initiative_id`;
  // Countries in a matched initiative: under a material pick, one covering a picked material.
  const summaryActive =
    filter.material.length > 0
      ? sql`select distinct s.country_code from stats_material_country s
          where s.material_id in (${sql.join(filter.material)})`
      : sql`select f.country_code from stats_country_facts f where f.initiatives > 0`;
  const pairs = useSummary
    ? sql`(select s.material_id, s.country_code
        from stats_material_country s join scope on scope.id = s.material_id)`
    : sql`(${plainPairs})`;
  const active = useSummary
    ? sql`(${summaryActive})`
    : sql`(select distinct cp.country_code from cp)`;
  const coveredMaterials = useSummary
    ? sql`(select f.material_id from stats_material_facts f
        where f.status = '*' and f.activity = '*' and f.initiatives > 0)`
    : sql`(select distinct cim.material_id from cim)`;
  return statsBase(db, filter, list, useSummary)
    .with(
      'scope_countries',
      () => sql`(select c.code, c.name, c.status from countries c where ${inScope})`,
    )
    .with('pairs', () => sql`${pairs}`)
    .with('active_countries', () => sql`${active}`)
    .with('covered_materials', () => sql`${coveredMaterials}`)
    .selectNoFrom([
      sql<GapMaterialRowJson[]>`coalesce((
        select jsonb_agg(jsonb_build_object('material', ${scopeMaterialJson},
            'covered_countries', (select count(*) from pairs
              join scope_countries sc on sc.code = pairs.country_code
              where pairs.material_id = scope.id),
            'uncovered_countries', coalesce((select jsonb_agg(sc.code order by sc.name)
              from scope_countries sc
              where not exists (select 1 from pairs
                where pairs.material_id = scope.id and pairs.country_code = sc.code)), '[]'::jsonb))
          order by scope.name)
        from scope), '[]'::jsonb)`.as('materials'),
      sql<GapCountryRowJson[]>`coalesce((
        select jsonb_agg(jsonb_build_object(
            'country', jsonb_build_object('code', sc.code, 'name', sc.name, 'status', sc.status),
            'uncovered_materials', coalesce((select jsonb_agg(scope.id order by scope.name)
              from scope
              where not exists (select 1 from pairs
                where pairs.material_id = scope.id and pairs.country_code = sc.code)), '[]'::jsonb))
          order by sc.name)
        from scope_countries sc), '[]'::jsonb)`.as('countries'),
      sql<string[]>`coalesce((select jsonb_agg(scope.id order by scope.name) from scope
        where scope.id not in (select material_id from covered_materials)), '[]'::jsonb)`.as(
        'materials_with_no_initiative',
      ),
      sql<string[]>`coalesce((select jsonb_agg(sc.code order by sc.name) from scope_countries sc
        where sc.code not in (select country_code from active_countries)), '[]'::jsonb)`.as(
        'countries_in_no_initiative',
      ),
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
}

export type CoverageGapsRow = Awaited<
  ReturnType<ReturnType<typeof getCoverageGaps>['executeTakeFirstOrThrow']>
>;

export interface CountryStatsRowJson {
  code: string;
  name: string;
  status: CountryStatus;
  iso_numeric: string | null;
  initiatives: number;
  materials: number;
  leads: number;
}

/** Every country with its figures, from the statement's `per_country` and `country_materials`. */
const countryStatsItems = sql<CountryStatsRowJson[]>`coalesce((
  select jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name, 'status', c.status,
      'iso_numeric', c.iso_numeric,
      'initiatives', coalesce(pc.initiatives, 0), 'leads', coalesce(pc.leads, 0),
      'materials', coalesce(cm.materials, 0))
    order by c.name)
  from countries c
  left join per_country pc on pc.country_code = c.code
  left join country_materials cm on cm.country_code = c.code), '[]'::jsonb)`.as('items');

/** Per country: matched initiatives it takes part in, the materials they cover, those it leads. */
export function getCountryStats(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  list: CriticalityList | undefined,
  options: StatsOptions = {},
) {
  // Two picked materials can share initiatives: only a single pick is a summary dimension.
  const path = choosePath(filter, 1, options, true);
  const useSummary = path === 'summary';
  if (path === 'bitmaps') {
    // Leads: the lead participations that count (none when the role pick leaves leads out).
    const leadsCounted = filter.role.length === 0 || filter.role.includes('lead');
    const base = bitmapsBase(db, filter, materialScope(filter, list))
      .with(
        (cte) => cte('covered_pairs').materialized(),
        () => sql`${coveredPairs}`,
      )
      .with('counted_leads', () => sql`${countedLeads(filter)}`)
      .with(
        'per_country',
        () => sql`(select c.code as country_code, sum(c.n)::int as initiatives,
            coalesce(max(l.leads), 0)::int as leads
          from cells c
          left join (select y.code, sum(y.n) as leads
            from (select b.code, bit_count(fb.bits & b.bits) as n
              from fb join counted_leads b on b.universe = fb.universe and b.chunk = fb.chunk
              where ${leadsCounted ? sql`true` : sql`false`} offset 0) y
            group by y.code) l on l.code = c.code
          where c.universe = '' group by c.code)`,
      )
      .with(
        'country_materials',
        () => sql`(select cp.code as country_code, count(*) as materials
          from covered_pairs cp group by cp.code)`,
      );
    return base.selectNoFrom([
      countryStatsItems,
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
  }
  if (path === 'facts') {
    const base = factsBase(db, filter, materialScope(filter, list))
      .with(
        'per_country',
        () => sql`(select b.code as country_code, per_bit.initiatives[b.bit + 1] as initiatives,
            per_bit.leads[b.bit + 1] as leads
          from (select ${countsPerBit(sql`fm.mask`)} as initiatives,
              -- Leads from the rows that have one (most have none).
              (select ${countsPerBit(sql`led.lead`)} from fm led where led.lead <> 0) as leads
            from fm) per_bit
          cross join stats_country_bits b)`,
      )
      .with(
        'country_materials',
        () => sql`(select b.code as country_code, count(*) as materials
          from (select fgroups.material_id, bit_or(fgroups.mask) as mask
            from fgroups group by fgroups.material_id) mm
          join stats_country_bits b on ${maskHas(sql`mm.mask`, 'b')}
          group by b.code)`,
      );
    return base.selectNoFrom([
      countryStatsItems,
      summaryState(path, filter),
      ...unknownColumns(filter),
    ]);
  }
  const picked = filter.material[0];
  const plainPerCountry = sql`select cp.country_code, count(*) as initiatives,
      count(*) filter (where cp.role = 'lead') as leads
    from cp group by cp.country_code`;
  const summaryPerCountry =
    picked === undefined
      ? sql`select f.country_code, f.initiatives, f.leads from stats_country_facts f`
      : sql`select s.country_code, s.initiative_count as initiatives, s.lead_count as leads
          from stats_material_country s where s.material_id = ${picked}`;
  const plainMaterials = sql`select cp.country_code, count(distinct cim.material_id) as materials
    from cp join cim on cim.initiative_id = cp.initiative_id
    group by cp.country_code`;
  const summaryMaterials = sql`select s.country_code, count(*) as materials
    from stats_material_country s join scope on scope.id = s.material_id
    group by s.country_code`;
  const gate = (summary: RawBuilder<unknown>, plain: RawBuilder<unknown>) =>
    useSummary ? sql`(${summary})` : sql`(${plain})`;
  return statsBase(db, filter, list, useSummary)
    .with('per_country', () => sql`${gate(summaryPerCountry, plainPerCountry)}`)
    .with('country_materials', () => sql`${gate(summaryMaterials, plainMaterials)}`)
    .selectNoFrom([countryStatsItems, summaryState(path, filter), ...unknownColumns(filter)]);
}

export type CountryStatsRow = Awaited<
  ReturnType<ReturnType<typeof getCountryStats>['executeTakeFirstOrThrow']>
>;

const refreshLock = sql`hashtext('tracker.stats_summaries')`;

/**
 * Recomputes the summaries from the live data in one repeatable-read snapshot, the data version
 * first: a write that lands meanwhile makes the live version newer, so the summaries read stale.
 * One process at a time (an advisory lock); one that waited finds them fresh and does nothing.
 */
export async function refreshStatsSummaries(db: Kysely<Database>): Promise<void> {
  await db.connection().execute(async (conn) => {
    // Polled rather than waited for in one statement: the REINDEX CONCURRENTLY below waits for
    // every open transaction, and a waiting pg_advisory_lock call is one (a deadlock).
    for (;;) {
      const { rows } = await sql<{ locked: boolean }>`select
        pg_try_advisory_lock(${refreshLock}) as locked`.execute(conn);
      if (rows[0]?.locked === true) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    try {
      // Outside the snapshot: sees a refresh another process committed while this one waited.
      const { rows } = await sql<{ fresh: boolean }>`select
        ${summaryFresh} and ${countryBitsCurrent} and ${bitmapsCurrent} as fresh`.execute(conn);
      if (rows[0]?.fresh === true) return;
      await conn
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          for (const view of [
            'stats_summary',
            'stats_material_country',
            'stats_material_facts',
            'stats_country_facts',
            'stats_timeline_facts',
            'stats_country_bits',
            'stats_initiative_facts',
          ]) {
            // CONCURRENTLY: readers keep reading the previous contents while it runs.
            await sql`refresh materialized view concurrently ${sql.id(view)}`.execute(trx);
          }
          await rebuildStatsBitmaps(trx);
        });
      // The inverted index's trigrams, rebuilt whole: maintained row by row through the
      // rewrite, the index grew to 4× its size and a search through it 6× slower (16 ms).
      // Concurrently: searches keep reading the previous build meanwhile. ~1 s at 100k.
      await sql`reindex index concurrently stats_text_terms_term_trgm_idx`.execute(conn);
      // The rebuilt tables' previous rows are dead tuples every index scan still visits until a
      // vacuum (never, where autovacuum is off): vacuumed now, with fresh statistics. ~1 s at 100k.
      await sql`vacuum (analyze) stats_bitmaps, stats_bitmap_positions, stats_initiative_positions,
        stats_text_terms`.execute(conn);
    } finally {
      await sql`select pg_advisory_unlock(${refreshLock})`.execute(conn);
    }
  });
}
