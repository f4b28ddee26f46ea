import { sql, type Kysely } from 'kysely';

/**
 * Coverage summaries for the statistics API (issue #4). At 100k initiatives the plain aggregates
 * take 1–23 s (every material × country pair crosses ~3M participation × material rows), so the
 * unfiltered views read these materialized views instead. They are refreshed on demand (together,
 * in one repeatable-read transaction) and `stats_summary.data_version` records the data version
 * they were computed at: every statement that reads them also says whether it still equals the
 * live one, and the API refreshes them before using stale figures. Only published, unarchived
 * initiatives count.
 *
 * Frozen in time: the definitions are spelled out here, not imported.
 */

const visible = sql`i.archived_at is null and i.visibility = 'published'`;
const activities = sql`array['acquisition', 'storage', 'transportation', 'management', 'recycling', 'processing']::text[]`;

export async function up(db: Kysely<any>): Promise<void> {
  // One row: the data version the summaries describe, and what a timeline cannot place.
  await sql`create materialized view stats_summary as
    select 1 as id,
      (select max(updated_at) from initiatives) as data_version,
      (select count(*)::int from initiatives i
        where ${visible} and coalesce(i.signed_on, i.announced_on) is null) as undated_initiatives,
      (select count(*)::int from participations p join initiatives i on i.id = p.initiative_id
        where ${visible} and p.joined_on is null) as undated_joinings`.execute(db);
  await sql`create unique index stats_summary_id_idx on stats_summary (id)`.execute(db);

  // Per material and country: the initiatives covering the material the country takes part in,
  // the union of their activities and the 20 latest of them. Built for ~3M rows at 100k: each
  // initiative gets a rank (latest first, then by slug) and each row an activity bit mask, so the
  // grouping hashes integers instead of sorting 3M rows (a minute with array_agg … order by).
  await sql`create materialized view stats_material_country as
    with ranked as materialized (
      select i.id, i.slug, i.title,
        (row_number() over (order by coalesce(i.signed_on, i.announced_on) desc nulls last,
          i.slug collate "C"))::int as rank
      from initiatives i where ${visible}),
    covering as materialized (
      select im.initiative_id, im.material_id, r.rank,
        coalesce((select bit_or(1 << (array_position(${activities}, a) - 1))
          from unnest(im.activities) a), 0) as mask
      from initiative_materials im join ranked r on r.id = im.initiative_id),
    pairs as materialized (
      select c.material_id, p.country_code, count(*)::int as initiative_count,
        (count(*) filter (where p.role = 'lead'))::int as lead_count,
        bit_or(c.mask) as mask,
        array(select x from unnest(array_agg(c.rank)) x order by x limit 20) as latest
      from covering c join participations p on p.initiative_id = c.initiative_id
      group by c.material_id, p.country_code),
    latest as (
      select pairs.material_id, pairs.country_code,
        jsonb_agg(jsonb_build_object('slug', r.slug, 'title', r.title, 'role', p.role)
          order by r.rank) as initiatives
      from pairs cross join lateral unnest(pairs.latest) as l(rank)
      join ranked r on r.rank = l.rank
      join participations p on p.initiative_id = r.id and p.country_code = pairs.country_code
      group by pairs.material_id, pairs.country_code)
    select pairs.material_id, pairs.country_code, pairs.initiative_count, pairs.lead_count,
      array(select t.a from unnest(${activities}) with ordinality as t(a, n)
        where pairs.mask & (1 << (t.n::int - 1)) <> 0 order by t.n) as activities,
      coalesce(latest.initiatives, '[]'::jsonb) as initiatives
    from pairs
    left join latest
      on latest.material_id = pairs.material_id and latest.country_code = pairs.country_code`.execute(
    db,
  );
  await sql`create unique index stats_material_country_pk
    on stats_material_country (material_id, country_code)`.execute(db);

  // Per material: initiatives in total ('*', '*'), by status (status, '*') and by activity ('*', a).
  await sql`create materialized view stats_material_facts as
    with covering as (
      select im.material_id, i.status, im.activities
      from initiative_materials im join initiatives i on i.id = im.initiative_id
      where ${visible})
    select material_id, '*' as status, '*' as activity, count(*)::int as initiatives
      from covering group by material_id
    union all
    select material_id, status, '*', count(*)::int from covering group by material_id, status
    union all
    select c.material_id, '*', a.activity, count(*)::int
      from covering c cross join lateral unnest(c.activities) as a(activity)
      group by c.material_id, a.activity`.execute(db);
  await sql`create unique index stats_material_facts_pk
    on stats_material_facts (material_id, status, activity)`.execute(db);

  // Per country: the initiatives it takes part in, and those it leads.
  await sql`create materialized view stats_country_facts as
    select p.country_code, count(*)::int as initiatives,
      (count(*) filter (where p.role = 'lead'))::int as leads
    from participations p join initiatives i on i.id = p.initiative_id
    where ${visible}
    group by p.country_code`.execute(db);
  await sql`create unique index stats_country_facts_pk on stats_country_facts (country_code)`.execute(
    db,
  );

  // Per month: initiatives dated in it by kind, and dated joinings (kind '*').
  await sql`create materialized view stats_timeline_facts as
    select date_trunc('month', coalesce(i.signed_on, i.announced_on))::date as month, i.kind,
      count(*)::int as signed, 0 as joinings
    from initiatives i
    where ${visible} and coalesce(i.signed_on, i.announced_on) is not null
    group by 1, 2
    union all
    select date_trunc('month', p.joined_on)::date, '*', 0, count(*)::int
    from participations p join initiatives i on i.id = p.initiative_id
    where ${visible} and p.joined_on is not null
    group by 1`.execute(db);
  await sql`create unique index stats_timeline_facts_pk on stats_timeline_facts (month, kind)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const view of [
    'stats_timeline_facts',
    'stats_country_facts',
    'stats_material_facts',
    'stats_material_country',
    'stats_summary',
  ]) {
    await sql`drop materialized view if exists ${sql.id(view)}`.execute(db);
  }
}
