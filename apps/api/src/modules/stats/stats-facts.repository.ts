import type { Database } from '@tracker/db';
import {
  countryGroupMembers,
  materialActivities,
  maxCellInitiatives,
  participationRoles,
  type InitiativeFilter,
  type ParticipationRole,
} from '@tracker/shared';
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { participationActiveOn, textSearchParts } from '../shared/initiative-filter';

/**
 * Filtered statistics over the per-initiative facts (materialized views of migration
 * 2026-12-02-000300): the same figures as the plain aggregate, from ~100k narrow rows instead of
 * the ~1M participation and ~300k material rows behind them. Each initiative's participants are
 * 64-bit country masks (one per role), so "the countries covered" is a bit_or and a country
 * filter a mask test. The shared filter model is re-expressed here over those columns; the tests
 * hold both paths to the same answers under every filter.
 */

/** A country's bit in the masks (the views rank countries by code). */
const bitOf = (alias: string) => sql`(1::bigint << ${sql.ref(`${alias}.bit`)})`;

/** True when `mask` holds the country of `alias` (a row joined to stats_country_bits). */
export const maskHas = (mask: RawBuilder<unknown>, alias: string) =>
  sql<SqlBool>`coalesce(${mask} & ${bitOf(alias)}, 0) <> 0`;

/** The population count of a mask. */
export const popcount = (mask: RawBuilder<unknown>) =>
  sql<number>`bit_count(coalesce(${mask}, 0)::bit(64))::int`;

/** The union of the bits of the countries a subquery of codes names. */
const bitsOf = (codes: RawBuilder<unknown>) =>
  sql<string>`(select coalesce(bit_or(${bitOf('b')}), 0) from stats_country_bits b
    where b.code in (${codes}))`;

/** The country bits were computed with today's countries (a country added since needs a refresh). */
export const countryBitsCurrent = sql<boolean>`((select count(*) from stats_country_bits)
  = (select count(*) from countries))`;

/** The masks hold 64 countries: with more, the facts cannot answer. */
export const countryBitsFit = sql<boolean>`((select count(*) from countries) <= 64)`;

/** The sets a group pick or "members of initiative X" stands for, as masks. */
function groupMasks(filter: InitiativeFilter): RawBuilder<string>[] {
  const masks = filter.group.map((group) => {
    switch (group) {
      case 'nato':
        return bitsOf(sql`select code from countries where status = 'nato_ally'`);
      case 'eu':
        return bitsOf(sql`select code from countries where eu_member`);
      case 'indo_pacific':
        return bitsOf(sql.join([...countryGroupMembers.indo_pacific]));
    }
  });
  if (filter.membersOf) {
    // Every participant of a published initiative, whatever its role or dates.
    masks.push(sql<string>`coalesce((select mf.country_mask from stats_initiative_facts mf
      join initiatives mi on mi.id = mf.id where mi.slug = ${filter.membersOf}), 0)`);
  }
  return masks;
}

/** The country condition of the filter over an initiative's counted mask. */
function countryCondition(filter: InitiativeFilter, mask: RawBuilder<string>): RawBuilder<SqlBool> {
  const groups = groupMasks(filter);
  if (filter.country.length === 0 && groups.length === 0) {
    // As in the live filter: a role pick alone keeps initiatives with someone in those roles.
    return filter.role.length > 0 ? sql<SqlBool>`${mask} <> 0` : sql<SqlBool>`true`;
  }
  const named = filter.country.length > 0 ? [bitsOf(sql.join(filter.country))] : [];
  if (filter.match === 'any') {
    return sql<SqlBool>`${mask} & (${sql.join([...named, ...groups], sql` | `)}) <> 0`;
  }
  // match=all: every named country, and every member of each group.
  return sql<SqlBool>`(${sql.join(
    [...named, ...groups].map((set) => sql`${mask} & ${set} = ${set}`),
    sql` and `,
  )})`;
}

const roleColumns: Record<ParticipationRole, string> = {
  lead: 'lead_mask',
  participant: 'participant_mask',
  observer: 'observer_mask',
  partner: 'partner_mask',
};

/**
 * The participations that count, per role, as mask expressions: in the filtered roles and, "as
 * of" a day, in force on it. From the facts row `f` (on or after its asof_stable_from, "as of"
 * views take the role masks less the excluded participations), or, for an initiative whose
 * membership changes after the day, from its `asof_changing` row `u`.
 */
function countedMasks(
  filter: InitiativeFilter,
  source: 'facts' | 'changing',
): RawBuilder<string>[] {
  return participationRoles.map((role) => {
    if (filter.role.length > 0 && !filter.role.includes(role)) {
      return sql<string>`0::bigint as ${sql.id(role)}`;
    }
    if (source === 'changing') return sql<string>`u.${sql.id(role)}`;
    const column = sql.ref(`f.${roleColumns[role]}`);
    return filter.asOf
      ? sql<string>`${column} & ~f.asof_excluded_mask as ${sql.id(role)}`
      : sql<string>`${column} as ${sql.id(role)}`;
  });
}

/**
 * "As of" a day, the initiatives dated by then whose membership changes after it, with the
 * participations in force on the day per role (none, for one whose participants all joined
 * later): the live filter's own test on the tables, for the few rows that need it.
 */
export function asOfChanging(asOf: string): RawBuilder<{ id: string }> {
  return sql<{ id: string }>`(select c.id, c.rank, ${sql.join(
    participationRoles.map(
      (role) =>
        sql`coalesce(bit_or(1::bigint << b.bit) filter (where p.role = ${role}), 0) as ${sql.id(role)}`,
    ),
  )}
    from (select f.id, f.rank from stats_initiative_facts f
      where f.asof_stable_from > ${asOf}::date and f.listed_date <= ${asOf}::date offset 0) c
    left join (participations p join stats_country_bits b on b.code = p.country_code)
      on p.initiative_id = c.id and ${participationActiveOn('p', asOf)}
    group by c.id, c.rank)`;
}

/** The initiative-level conditions over the facts' columns (alias `f`). */
function initiativeConditions(filter: InitiativeFilter): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [sql<SqlBool>`true`];
  if (filter.lead.length > 0) parts.push(sql`f.lead_country in (${sql.join(filter.lead)})`);
  if (filter.material.length > 0) {
    parts.push(sql`f.materials && ${sql.val(filter.material)}::text[]`);
  }
  if (filter.status.length > 0) parts.push(sql`f.status in (${sql.join(filter.status)})`);
  if (filter.kind.length > 0) parts.push(sql`f.kind in (${sql.join(filter.kind)})`);
  if (filter.framework.length > 0) parts.push(sql`f.framework in (${sql.join(filter.framework)})`);
  if (filter.from) parts.push(sql`f.listed_date >= ${filter.from}::date`);
  if (filter.to) parts.push(sql`f.listed_date <= ${filter.to}::date`);
  if (filter.asOf) parts.push(sql`f.listed_date <= ${filter.asOf}::date`);
  if (filter.q) {
    // The live filter's three parts, the named materials and countries over the facts' columns
    // (no pass over the junction tables); the own-text matches hashed once.
    const text = textSearchParts(filter.q);
    parts.push(sql`(f.id in (${text.ownText})
      or f.materials && array(${text.materials})
      or f.country_mask & ${bitsOf(text.countries)} <> 0)`);
  }
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/**
 * The shared head of every statistics statement over the facts: `scope` (the materials in scope),
 * `asof_changing` (see asOfChanging; empty without "as of"), `fm` (the matched initiatives with
 * their counted masks: `mask`, and one per role), `fcim` (their rows for the materials in scope,
 * with the activity mask `amask`) and `fgroups` (those rows grouped). A statement reads the ones
 * it needs; PostgreSQL skips the rest.
 */
export function factsBase(
  db: Kysely<Database>,
  filter: InitiativeFilter,
  materialScope: RawBuilder<SqlBool>,
) {
  return (
    db
      .with('scope', () => sql`${materialsInScope(materialScope)}`)
      // Materialized: computed once, for the few rows that need it.
      .with(
        (cte) => cte('asof_changing').materialized(),
        () =>
          filter.asOf
            ? asOfChanging(filter.asOf)
            : sql<{ id: string }>`(select null::uuid as id where false)`,
      )
      .with('fm', () => {
        const roles = sql.join(participationRoles.map((role) => sql.id(role)));
        const mask = sql<string>`(${sql.join(
          participationRoles.map((role) => sql`r.${sql.id(role)}`),
          sql` | `,
        )})`;
        const columns = sql`f.id, f.rank, f.listed_date as date, f.status, f.kind, f.materials,
          f.activity_masks, f.join_days, f.join_masks, f.dated_mask`;
        const conditions = initiativeConditions(filter);
        // "As of" a day, the rows whose membership changes after it come from asof_changing
        // (few: looked up one by one), every other row from its own masks. Each OFFSET 0 keeps
        // a subquery apart: the lookup stays one by one, and each counted mask is computed once.
        const rows = filter.asOf
          ? sql`select ${columns}, ${sql.join(countedMasks(filter, 'facts'))}
              from stats_initiative_facts f
              where ${conditions}
                and (f.asof_stable_from is null or f.asof_stable_from <= ${filter.asOf}::date)
            union all
            select f.*, ${sql.join(countedMasks(filter, 'changing'))}
              from asof_changing u cross join lateral (select ${columns}
                from stats_initiative_facts f where f.id = u.id and ${conditions} offset 0) f`
          : sql`select ${columns}, ${sql.join(countedMasks(filter, 'facts'))}
              from stats_initiative_facts f where ${conditions}`;
        return sql`(select r.id, r.rank, r.date, r.status, r.kind, r.materials, r.activity_masks,
            r.join_days, r.join_masks, r.dated_mask, ${roles}, ${mask} as mask
          from (${rows} offset 0) r
          where ${countryCondition(filter, mask)})`;
      })
      .with(
        'fcim',
        () =>
          // unnest in the select list: no per-row function scan (and its tuple store).
          sql`(select t.* from (select fm.id as initiative_id, fm.rank, fm.status, fm.mask,
            unnest(fm.materials) as material_id, unnest(fm.activity_masks) as amask from fm) t
          where t.material_id in (select scope.id from scope))`,
      )
      .with(
        'fgroups',
        // The rows grouped by material, activity mask and status first: two aggregates per row,
        // then every per-material figure from at most 64 × 5 groups each.
        () =>
          sql`(select fcim.material_id, fcim.amask, fcim.status, count(*)::int as initiatives,
          bit_or(fcim.mask) as mask
        from fcim group by fcim.material_id, fcim.amask, fcim.status)`,
      )
  );
}

/** Per activity (in the order of the enum): the initiatives and the union of masks of the groups with it. */
export const activityAggregates = {
  counts: sql`array[${sql.join(
    materialActivities.map(
      (_, n) =>
        sql`coalesce(sum(fgroups.initiatives) filter (where fgroups.amask & ${sql.lit(1 << n)} <> 0), 0)`,
    ),
  )}]::int[]`,
  masks: sql`array[${sql.join(
    materialActivities.map(
      (_, n) =>
        sql`coalesce(bit_or(fgroups.mask) filter (where fgroups.amask & ${sql.lit(1 << n)} <> 0), 0)`,
    ),
  )}]::bigint[]`,
};

/**
 * How many rows hold each of the 64 bits of `mask`, as an int[] indexed by bit + 1: one pass of
 * 64 filtered counts costs a fraction of joining every row to every country.
 */
export const countsPerBit = (mask: RawBuilder<unknown>) =>
  sql<number[]>`array[${sql.join(
    Array.from(
      { length: 64 },
      (_, bit) => sql`count(*) filter (where ${mask} & ${sql.raw(bitLiteral(bit))}::bigint <> 0)`,
    ),
  )}]::int[]`;

/** Bit n of a bigint as a literal (bit 63 is the sign bit, whose literal needs spelling out). */
const bitLiteral = (bit: number) =>
  bit === 63 ? '(-9223372036854775807 - 1)' : (1n << BigInt(bit)).toString();

/** The `scope` CTE of every statistics statement: the materials in scope, with what answers show. */
export const materialsInScope = (materialScope: RawBuilder<SqlBool>) =>
  sql`(select m.id, m.name, m.symbol, m.nato_critical, m.eu_critical, m.eu_strategic
    from materials m where ${materialScope})`;

/** The NATO Allies as a mask. */
export const alliesMask = bitsOf(sql`select code from countries where status = 'nato_ally'`);

export const cellInitiativeLimit = sql.lit(maxCellInitiatives);
