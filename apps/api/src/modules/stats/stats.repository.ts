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
  type ParticipationRole,
  type TimelineInterval,
} from '@tracker/shared';
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import {
  applyInitiativeFilter,
  listedDate,
  participationActiveOn,
  unknownFilterValues,
} from '../shared/initiative-filter';

/**
 * Coverage statistics, each in ONE statement: the matched initiatives (the shared filter model),
 * the participations that count (in force on the "as of" day, in the filtered roles), the
 * materials in scope (a criticality list and/or the material filter), then the aggregate built in
 * PostgreSQL with jsonb_agg. Any unknown filter value and the data version ride on the same row.
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

const dataVersion = sql<Date | string | null>`(select max(updated_at) from initiatives)`;

/**
 * The shared head of every statistics statement: `matched` (the filtered initiatives),
 * `cp` (the participations that count), `scope` (the materials in scope) and `cim` (the matched
 * initiatives' rows for those materials).
 */
function statsBase(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  list: CriticalityList | undefined,
) {
  return db
    .with('matched', (qb) =>
      applyInitiativeFilter(qb.selectFrom('initiatives'), filter).select([
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
        where ${countedParticipation(filter)})`,
    )
    .with(
      'scope',
      () =>
        sql`(select m.id, m.name, m.symbol, m.nato_critical, m.eu_critical, m.eu_strategic
        from materials m where ${materialScope(filter, list)})`,
    )
    .with(
      'cim',
      () =>
        sql`(select im.initiative_id, im.material_id, im.activities
        from initiative_materials im
        join matched on matched.id = im.initiative_id
        join scope on scope.id = im.material_id)`,
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
    dataVersion.as('data_version'),
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

/** Per material in scope: initiatives, countries, Allies, by activity and by status. */
export function getMaterialCoverage(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  list: CriticalityList | undefined,
) {
  return statsBase(db, filter, list)
    .with(
      'pairs',
      () =>
        sql`(select distinct cim.material_id, cp.country_code
        from cim join cp on cp.initiative_id = cim.initiative_id)`,
    )
    .with(
      'activity_rows',
      () =>
        sql`(select cim.initiative_id, cim.material_id, a.activity
        from cim cross join lateral unnest(cim.activities) as a(activity))`,
    )
    .with(
      'activity_pairs',
      () =>
        sql`(select distinct ar.material_id, ar.activity, cp.country_code
        from activity_rows ar join cp on cp.initiative_id = ar.initiative_id)`,
    )
    .selectNoFrom([
      sql<MaterialCoverageRowJson[]>`coalesce((
        select jsonb_agg(${scopeMaterialJson} || jsonb_build_object(
          'initiatives', (select count(*) from cim where cim.material_id = scope.id),
          'countries', (select count(*) from pairs where pairs.material_id = scope.id),
          'allies', (select count(*) from pairs join countries c on c.code = pairs.country_code
            where pairs.material_id = scope.id and c.status = 'nato_ally'),
          'by_activity', coalesce((
            select jsonb_agg(jsonb_build_object('activity', x.activity,
              'initiatives', x.initiatives, 'countries', x.countries)
              order by array_position(${activityOrder}, x.activity))
            from (
              select ar.activity, count(*) as initiatives,
                (select count(*) from activity_pairs ap
                  where ap.material_id = scope.id and ap.activity = ar.activity) as countries
              from activity_rows ar where ar.material_id = scope.id
              group by ar.activity) x), '[]'::jsonb),
          'by_status', coalesce((
            select jsonb_agg(jsonb_build_object('status', x.status, 'initiatives', x.initiatives)
              order by x.status)
            from (
              select matched.status, count(*) as initiatives
              from cim join matched on matched.id = cim.initiative_id
              where cim.material_id = scope.id
              group by matched.status) x), '[]'::jsonb))
          order by scope.name)
        from scope), '[]'::jsonb)`.as('items'),
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

export interface CellRowJson {
  country: string;
  material: string;
  initiative_count: number;
  initiatives: { slug: string; title: string; role: ParticipationRole }[];
  activities: MaterialActivity[];
}

/** Every country and material in scope, and the covered pairs with their initiatives. */
export function getCountryMaterialMatrix(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  list: CriticalityList | undefined,
) {
  return statsBase(db, filter, list)
    .with(
      'cell_rows',
      () =>
        sql`(select cim.material_id, cp.country_code, cp.role, cim.activities,
          matched.slug, matched.title, matched.date
        from cim
        join cp on cp.initiative_id = cim.initiative_id
        join matched on matched.id = cim.initiative_id)`,
    )
    .with(
      'cell_activities',
      () =>
        sql`(select d.country_code, d.material_id,
            array_agg(d.activity order by array_position(${activityOrder}, d.activity)) as activities
          from (select distinct cr.country_code, cr.material_id, a.activity
            from cell_rows cr cross join lateral unnest(cr.activities) as a(activity)) d
          group by d.country_code, d.material_id)`,
    )
    .selectNoFrom([
      sql<CountryRowJson[]>`coalesce((
        select jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name, 'status', c.status)
          order by c.name)
        from countries c), '[]'::jsonb)`.as('countries'),
      sql<{ id: string; name: string }[]>`coalesce((
        select jsonb_agg(jsonb_build_object('id', scope.id, 'name', scope.name) order by scope.name)
        from scope), '[]'::jsonb)`.as('materials'),
      sql<CellRowJson[]>`coalesce((
        select jsonb_agg(jsonb_build_object('country', x.country_code, 'material', x.material_id,
            'initiative_count', x.initiative_count, 'initiatives', to_jsonb(x.initiatives),
            'activities', to_jsonb(x.activities))
          order by x.country_code, x.material_id)
        from (
          select cr.country_code, cr.material_id, count(*) as initiative_count,
            (array_agg(jsonb_build_object('slug', cr.slug, 'title', cr.title, 'role', cr.role)
              order by cr.date desc nulls last, cr.title))[1:${sql.lit(maxCellInitiatives)}]
              as initiatives,
            coalesce(ca.activities, '{}') as activities
          from cell_rows cr
          left join cell_activities ca
            on ca.country_code = cr.country_code and ca.material_id = cr.material_id
          group by cr.country_code, cr.material_id, ca.activities) x), '[]'::jsonb)`.as('cells'),
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
 * before it are counted apart).
 */
export function getTimeline(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  interval: TimelineInterval | undefined,
) {
  const requested = interval ?? null;
  return statsBase(db, filter, undefined)
    .with(
      'events',
      () =>
        sql`(select matched.date as day, matched.kind, 1 as signed, 0 as joinings
          from matched where matched.date is not null
        union all
        select cp.joined_on, null, 0, 1 from cp where cp.joined_on is not null)`,
    )
    .with('span', () => sql`(select min(day) as first_day, max(day) as last_day from events)`)
    .with(
      'unit',
      () =>
        // The interval: as asked, else quarters for up to 10 years; years once quarters exceed the cap.
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
                - (case when unit.name = 'year' then interval '1 year' else interval '3 months' end)
                  * ${sql.lit(maxTimelineBuckets - 1)}),
            date_trunc(unit.name, span.last_day::timestamp),
            case when unit.name = 'year' then interval '1 year' else interval '3 months' end) g
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
      sql<number>`(select count(*)::int from matched where matched.date is null)`.as(
        'undated_initiatives',
      ),
      sql<number>`(select count(*)::int from cp where cp.joined_on is null)`.as('undated_joinings'),
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
) {
  const inScope = scope === 'allies' ? sql<SqlBool>`c.status = 'nato_ally'` : sql<SqlBool>`true`;
  return statsBase(db, filter, list)
    .with(
      'scope_countries',
      () => sql`(select c.code, c.name, c.status from countries c where ${inScope})`,
    )
    .with(
      'pairs',
      () =>
        sql`(select distinct cim.material_id, cp.country_code
        from cim join cp on cp.initiative_id = cim.initiative_id)`,
    )
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
        where not exists (select 1 from cim where cim.material_id = scope.id)), '[]'::jsonb)`.as(
        'materials_with_no_initiative',
      ),
      sql<string[]>`coalesce((select jsonb_agg(sc.code order by sc.name) from scope_countries sc
        where not exists (select 1 from cp where cp.country_code = sc.code)), '[]'::jsonb)`.as(
        'countries_in_no_initiative',
      ),
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

/** Per country: matched initiatives it takes part in, the materials they cover, those it leads. */
export function getCountryStats(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  list: CriticalityList | undefined,
) {
  return statsBase(db, filter, list)
    .with(
      'per_country',
      () =>
        sql`(select cp.country_code, count(*) as initiatives,
          count(*) filter (where cp.role = 'lead') as leads
        from cp group by cp.country_code)`,
    )
    .with(
      'country_materials',
      () =>
        sql`(select cp.country_code, count(distinct cim.material_id) as materials
        from cp join cim on cim.initiative_id = cp.initiative_id
        group by cp.country_code)`,
    )
    .selectNoFrom([
      sql<CountryStatsRowJson[]>`coalesce((
        select jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name, 'status', c.status,
            'iso_numeric', c.iso_numeric,
            'initiatives', coalesce(pc.initiatives, 0), 'leads', coalesce(pc.leads, 0),
            'materials', coalesce(cm.materials, 0))
          order by c.name)
        from countries c
        left join per_country pc on pc.country_code = c.code
        left join country_materials cm on cm.country_code = c.code), '[]'::jsonb)`.as('items'),
      ...unknownColumns(filter),
    ]);
}

export type CountryStatsRow = Awaited<
  ReturnType<ReturnType<typeof getCountryStats>['executeTakeFirstOrThrow']>
>;
