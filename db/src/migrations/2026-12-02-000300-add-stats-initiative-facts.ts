import { sql, type Kysely } from 'kysely';

/**
 * Per-initiative facts for FILTERED statistics (issue #4). The summaries of migration 000200 hold
 * only unfiltered figures; a filtered aggregate over the tables crosses ~1M participations and
 * ~300k material rows at 100k initiatives (0.1–0.5 s). These views hold one narrow row per
 * visible initiative, with its participants as 64-bit country masks (one per role) and its
 * materials as parallel arrays, so a filter is a scan of ~100k short rows and "countries covered"
 * is a bit_or instead of a join. Refreshed with the summaries, under the same data-version check.
 *
 * A country's bit is its rank by code; the masks hold 64 countries. With more, the views still
 * build (those countries' bits are left out) and the statistics fall back to the plain aggregate.
 *
 * Frozen in time: the definitions are spelled out here, not imported.
 */

const visible = sql`i.archived_at is null and i.visibility = 'published'`;
const activities = sql`array['acquisition', 'storage', 'transportation', 'management', 'recycling', 'processing']::text[]`;
const countryBits = sql`select code, (row_number() over (order by code) - 1)::int as bit
  from countries`;

/**
 * The participations of visible initiatives with their country's bit, and the day each counts
 * from in "as of" views, as the live filter computes it: joined_on; else the initiative's
 * earliest dated source; else its own date.
 */
const participationRows = sql`select p.initiative_id, p.role, p.joined_on, p.left_on,
    (1::bigint << b.bit) as bit,
    coalesce(p.joined_on, fallback.day) as counts_from
  from participations p
  join (${countryBits}) b on b.code = p.country_code
  join (select i.id, coalesce(
      (select min(s.published_on) from sources s where s.initiative_id = i.id),
      coalesce(i.signed_on, i.announced_on)) as day
    from initiatives i where ${visible}) fallback on fallback.id = p.initiative_id
  where b.bit < 64`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create materialized view stats_country_bits as ${countryBits}`.execute(db);
  await sql`create unique index stats_country_bits_pk on stats_country_bits (code)`.execute(db);

  // Narrow rows, fixed-width columns first: every filtered statistic scans this view, and the
  // scan's cost is mostly reading and deforming its ~100k rows.
  // - rank: latest first, then by slug, the order initiatives are listed in a matrix cell.
  // - "As of" a day on or after asof_stable_from, the participations in force are those of the
  //   role masks less asof_excluded_mask (the ones that ended, and those no date places), so only
  //   initiatives whose membership changes after that day read their participations one by one.
  // - join_days / join_masks: who joined on each dated day, for timelines of joinings;
  //   dated_mask: the participants with a join date.
  await sql`create materialized view stats_initiative_facts as
    with parts as (${participationRows}),
    per_initiative as (
      select p.initiative_id,
        coalesce(bit_or(p.bit) filter (where p.role = 'lead'), 0) as lead_mask,
        coalesce(bit_or(p.bit) filter (where p.role = 'participant'), 0) as participant_mask,
        coalesce(bit_or(p.bit) filter (where p.role = 'observer'), 0) as observer_mask,
        coalesce(bit_or(p.bit) filter (where p.role = 'partner'), 0) as partner_mask,
        coalesce(bit_or(p.bit) filter (where p.left_on is not null or p.counts_from is null), 0)
          as asof_excluded_mask,
        coalesce(bit_or(p.bit) filter (where p.joined_on is not null), 0) as dated_mask,
        max(greatest(p.counts_from, p.left_on)) as asof_stable_from
      from parts p group by p.initiative_id),
    joinings as (
      select d.initiative_id, array_agg(d.day order by d.day) as join_days,
        array_agg(d.mask order by d.day) as join_masks
      from (select p.initiative_id, p.joined_on as day, bit_or(p.bit) as mask from parts p
        where p.joined_on is not null group by p.initiative_id, p.joined_on) d
      group by d.initiative_id)
    select coalesce(p.lead_mask | p.participant_mask | p.observer_mask | p.partner_mask, 0)
        as country_mask,
      coalesce(p.lead_mask, 0) as lead_mask,
      coalesce(p.participant_mask, 0) as participant_mask,
      coalesce(p.observer_mask, 0) as observer_mask,
      coalesce(p.partner_mask, 0) as partner_mask,
      coalesce(p.asof_excluded_mask, 0) as asof_excluded_mask,
      coalesce(p.dated_mask, 0) as dated_mask,
      i.id,
      (row_number() over (order by coalesce(i.signed_on, i.announced_on) desc nulls last,
        i.slug collate "C"))::int as rank,
      coalesce(i.signed_on, i.announced_on) as listed_date,
      p.asof_stable_from,
      i.status, i.kind, i.framework, i.lead_country,
      coalesce(m.materials, '{}') as materials,
      coalesce(m.activity_masks, '{}') as activity_masks,
      coalesce(j.join_days, '{}') as join_days,
      coalesce(j.join_masks, '{}') as join_masks
    from initiatives i
    left join per_initiative p on p.initiative_id = i.id
    left join joinings j on j.initiative_id = i.id
    left join lateral (
      select array_agg(im.material_id order by im.material_id) as materials,
        array_agg(coalesce((select bit_or(1 << (array_position(${activities}, a) - 1))
          from unnest(im.activities) a), 0) order by im.material_id) as activity_masks
      from initiative_materials im where im.initiative_id = i.id) m on true
    where ${visible}`.execute(db);
  await sql`create unique index stats_initiative_facts_pk on stats_initiative_facts (id)`.execute(
    db,
  );
  // For the column filters: a bitmap scan visits only the matching rows (a status or a kind
  // matches a fifth or less of the data at scale; a lead country far less).
  for (const column of ['lead_country', 'status', 'kind', 'framework']) {
    await sql`create index ${sql.id(`stats_initiative_facts_${column}_idx`)}
      on stats_initiative_facts (${sql.id(column)})`.execute(db);
  }
  // "As of" a day: the initiatives dated by then whose membership changes after it.
  await sql`create index stats_initiative_facts_asof_idx
    on stats_initiative_facts (asof_stable_from, listed_date)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop materialized view if exists stats_initiative_facts`.execute(db);
  await sql`drop materialized view if exists stats_country_bits`.execute(db);
}
