import type { Database } from '@tracker/db';
import { countryGroupMembers, type InitiativeFilter } from '@tracker/shared';
import {
  sql,
  type Expression,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';

/**
 * The shared filter model as SQL, for every repository that reads initiatives (list, matrix,
 * exports, feed, statistics). Each branch is an indexed predicate or an EXISTS semi-join on a
 * junction table, so filters stay cheap as the data grows.
 */

// Any query whose FROM includes `initiatives`: the filter only touches that table's columns.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the filter is generic over the selection
type InitiativesQuery<O = any> = SelectQueryBuilder<Database, 'initiatives', O>;

/** The date an initiative is listed, sorted and ranged by: signed when known, else announced. */
export const listedDate = sql<
  string | null
>`coalesce(initiatives.signed_on, initiatives.announced_on)`;

/**
 * The day a participation counts from for "as of" views: its joined_on; when the sources give
 * none, the initiative's earliest dated source; failing that, the initiative's own date.
 */
export function participationStart(alias: string): RawBuilder<string | null> {
  const ref = (column: string) => sql.ref(`${alias}.${column}`);
  return sql<string | null>`coalesce(
    ${ref('joined_on')},
    (select min(s.published_on) from sources s where s.initiative_id = ${ref('initiative_id')}),
    (select coalesce(i.signed_on, i.announced_on) from initiatives i where i.id = ${ref('initiative_id')}))`;
}

/** True for a participation (table alias `alias`) in force on `asOf`. */
export function participationActiveOn(alias: string, asOf: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${participationStart(alias)} <= ${asOf}::date and (${sql.ref(`${alias}.left_on`)} is null or ${sql.ref(`${alias}.left_on`)} > ${asOf}::date))`;
}

/** The participation conditions besides the country: role and "as of". */
function participationConditions(filter: InitiativeFilter, alias: string): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [sql<SqlBool>`true`];
  if (filter.role.length > 0) {
    parts.push(sql<SqlBool>`${sql.ref(`${alias}.role`)} in (${sql.join(filter.role)})`);
  }
  if (filter.asOf) parts.push(participationActiveOn(alias, filter.asOf));
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The countries a group pick or "members of initiative X" stands for, as a subquery of codes. */
function groupCountries(filter: InitiativeFilter): RawBuilder<unknown>[] {
  const sets: RawBuilder<unknown>[] = filter.group.map((group) => {
    switch (group) {
      case 'nato':
        return sql`select code from countries where status = 'nato_ally'`;
      case 'eu':
        return sql`select code from countries where eu_member`;
      case 'indo_pacific':
        return sql`select code from countries where code in (${sql.join([...countryGroupMembers.indo_pacific])})`;
    }
  });
  if (filter.membersOf) {
    sets.push(sql`select mp.country_code from participations mp
      join initiatives mi on mi.id = mp.initiative_id
      where mi.slug = ${filter.membersOf} and mi.archived_at is null
        and mi.visibility = 'published'`);
  }
  return sets;
}

function countryCondition(filter: InitiativeFilter): Expression<SqlBool> | undefined {
  const groups = groupCountries(filter);
  if (filter.country.length === 0 && groups.length === 0) {
    // "Only where someone leads" still applies without a country pick; "as of" alone does not
    // drop initiatives without participants (frameworks "of all Allies" have none listed).
    if (filter.role.length === 0) return undefined;
    return sql<SqlBool>`exists (select 1 from participations fp
      where fp.initiative_id = initiatives.id and ${participationConditions(filter, 'fp')})`;
  }
  const conditions = participationConditions(filter, 'fp');
  const hasCountry = (codes: RawBuilder<unknown>) =>
    sql<SqlBool>`exists (select 1 from participations fp
      where fp.initiative_id = initiatives.id and fp.country_code in (${codes}) and ${conditions})`;

  if (filter.match === 'any') {
    if (groups.length === 0) return hasCountry(sql.join(filter.country));
    const sets = [
      ...(filter.country.length > 0
        ? [sql`values ${sql.join(filter.country.map((code) => sql`(${code})`))}`]
        : []),
      ...groups,
    ];
    return hasCountry(sql.join(sets, sql` union `));
  }
  // match=all: one indexed semi-join per named country; for a group, no member may be missing.
  const each = filter.country.map((code) => hasCountry(sql`${code}`));
  // Counting the members present (through the primary key, per initiative) rather than an
  // anti-join keeps the planner off a sequential scan of participations.
  const everyMember = groups.map(
    (set) => sql<SqlBool>`(select count(distinct fp.country_code) from participations fp
      where fp.initiative_id = initiatives.id and fp.country_code in (${set}) and ${conditions})
      = (select count(*) from (${set}) g)`,
  );
  return sql<SqlBool>`(${sql.join([...each, ...everyMember], sql` and `)})`;
}

/**
 * A text search in its three parts: the materials and the countries it names (name prefix,
 * symbol or ISO code, alias: "Turkey" names Türkiye, "REE" or "rare earths" rare earth
 * elements) and the initiatives whose own text (full text, title) or whose sources' titles and
 * publishers match, each as a subquery of ids. The live filter ORs them per initiative; the
 * bitmap indexes read the first two as those materials' and countries' bitmaps.
 */
export function textSearchParts(q: string) {
  const escaped = q.replace(/[\\%_]/g, (char) => `\\${char}`);
  const contains = `%${escaped}%`;
  // A name prefix counts from three letters on ("Pol" → Poland); shorter input must match exactly.
  const prefix = q.length >= 3 ? `${escaped}%` : escaped;
  return {
    materials: sql<{ id: string }>`select mm.id from materials mm
      where mm.name ilike ${prefix} or mm.symbol ilike ${q}
        or exists (select 1 from unnest(mm.aliases) a where a ilike ${prefix})`,
    countries: sql<{ code: string }>`select tc.code from countries tc
      where tc.name ilike ${prefix} or upper(tc.code) = upper(${q}) or tc.iso3 = upper(${q})
        or exists (select 1 from unnest(tc.aliases) a where a ilike ${prefix})`,
    // As a union, each branch an index scan (full text; trigrams for the ILIKEs): ORed with
    // the sources' IN in one WHERE, they made PostgreSQL read every initiative.
    ownText: sql<{ id: string }>`select ti.id from initiatives ti
      where ti.search @@ websearch_to_tsquery('english', ${q}) or ti.title ilike ${contains}
      union
      select ts.initiative_id from sources ts
      where ts.title ilike ${contains} or ts.publisher ilike ${contains}`,
  };
}

/**
 * Full-text search over the record's text and its sources' titles and publishers, plus the names,
 * ISO codes and aliases of its countries and materials (see textSearchParts).
 */
function textMatches(q: string): Expression<SqlBool> {
  const parts = textSearchParts(q);
  // The matching codes as an array, so their rows come from the junction tables' indexes;
  // correlated, the lookups re-read the countries and materials for every initiative (7 s for
  // a material's name at 100k initiatives).
  return sql<SqlBool>`(initiatives.id in (${parts.ownText})
    or initiatives.id in (select tm.initiative_id from initiative_materials tm
      where tm.material_id = any (array(${parts.materials})))
    or initiatives.id in (select tp.initiative_id from participations tp
      where tp.country_code = any (array(${parts.countries}))))`;
}

/** Applies the shared filter model to a query over `initiatives` (archived records never show). */
export function applyInitiativeFilter<Q extends InitiativesQuery>(
  query: Q,
  filter: InitiativeFilter,
): Q {
  const country = countryCondition(filter);
  return (
    query
      .where('initiatives.archived_at', 'is', null)
      // Drafts are seen by editors only, never in a public view.
      .where('initiatives.visibility', '=', 'published')
      .$if(country !== undefined, (qb) => qb.where(country as Expression<SqlBool>))
      .$if(filter.lead.length > 0, (qb) => qb.where('initiatives.lead_country', 'in', filter.lead))
      .$if(filter.material.length > 0, (qb) =>
        qb.where((eb) =>
          eb.exists(
            eb
              .selectFrom('initiative_materials')
              .select(sql.lit(1).as('one'))
              .whereRef('initiative_materials.initiative_id', '=', 'initiatives.id')
              .where('initiative_materials.material_id', 'in', filter.material),
          ),
        ),
      )
      .$if(filter.status.length > 0, (qb) => qb.where('initiatives.status', 'in', filter.status))
      .$if(filter.kind.length > 0, (qb) => qb.where('initiatives.kind', 'in', filter.kind))
      .$if(filter.framework.length > 0, (qb) =>
        qb.where('initiatives.framework', 'in', filter.framework),
      )
      .$if(Boolean(filter.from), (qb) =>
        qb.where(sql<SqlBool>`${listedDate} >= ${filter.from}::date`),
      )
      .$if(Boolean(filter.to), (qb) => qb.where(sql<SqlBool>`${listedDate} <= ${filter.to}::date`))
      // As of a day: only initiatives already dated by then (an undated one cannot be placed).
      .$if(Boolean(filter.asOf), (qb) =>
        qb.where(sql<SqlBool>`${listedDate} <= ${filter.asOf}::date`),
      )
      .$if(Boolean(filter.q), (qb) => qb.where(textMatches(filter.q ?? ''))) as Q
  );
}

/**
 * The codes in a filter that name nothing in the database, found in the same statement as the
 * count so validation costs no extra round trip: `{ country: ['XX'], material: [] … }`.
 */
export function unknownFilterValues(filter: InitiativeFilter) {
  const missing = (
    values: string[],
    table: 'countries' | 'materials' | 'initiatives',
    column: string,
  ) =>
    values.length === 0
      ? sql<string[]>`'{}'::text[]`
      : sql<string[]>`array(select v from unnest(${values}::text[]) v
          where not exists (select 1 from ${sql.table(table)} t where ${sql.ref(`t.${column}`)} = v))`;
  return {
    country: missing(filter.country, 'countries', 'code'),
    lead: missing(filter.lead, 'countries', 'code'),
    material: missing(filter.material, 'materials', 'id'),
    membersOf: missing(filter.membersOf ? [filter.membersOf] : [], 'initiatives', 'slug'),
  };
}

/**
 * True for a participation (table alias `alias`) of a country the filter picks (its countries,
 * groups and "members of X") in one of its roles; true for any participation when it picks none.
 * Views that list memberships rather than initiatives (the Atom feed) show only these.
 */
export function participationOfPickedCountries(
  filter: InitiativeFilter,
  alias: string,
): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [sql<SqlBool>`true`];
  const sets = [
    ...(filter.country.length > 0
      ? [sql`values ${sql.join(filter.country.map((code) => sql`(${code})`))}`]
      : []),
    ...groupCountries(filter),
  ];
  if (sets.length > 0) {
    parts.push(
      sql<SqlBool>`${sql.ref(`${alias}.country_code`)} in (${sql.join(sets, sql` union `)})`,
    );
  }
  if (filter.role.length > 0) {
    parts.push(sql<SqlBool>`${sql.ref(`${alias}.role`)} in (${sql.join(filter.role)})`);
  }
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}
