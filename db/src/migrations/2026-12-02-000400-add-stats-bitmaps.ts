import { sql, type Kysely } from 'kysely';

/**
 * Bitmap indexes for BROAD filtered statistics (issue #4). The per-initiative facts (migration
 * 000300) answer a filter by scanning its matched rows: fine for a narrow filter, but a country
 * is in a quarter of the initiatives at 100k, and 64 per-country counts over 80k rows cost
 * 0.1–0.5 s. Here each filterable value has a bitmap over the initiatives, so a filter is a few
 * ANDs and ORs of bitmaps and a count per (material, country) one AND and a bit_count: the cost
 * follows the number of countries and materials, not of matched rows.
 *
 * A universe is an ordered set of rows: '' holds every visible initiative (position = its rank
 * in stats_initiative_facts − 1), a material's id the initiatives covering it, in the same
 * order (so a date range is a run of positions). Bitmaps are cut into chunks of 32,768 bits
 * (4 KiB, stored inline: a toasted value would be fetched and copied at every use).
 * Written by the application's refresh (one pass over the facts; building them in SQL took
 * seconds per dimension), in the same transaction as the views they are derived from.
 *
 * Frozen in time: the definitions are spelled out here, not imported.
 */

export async function up(db: Kysely<any>): Promise<void> {
  // dim/value: ('all', '') every row; ('status', 'active'), ('kind', …), ('framework', …),
  // ('lead_country', 'DE'), ('material', id) [universe '' only], ('activity', …) [materials
  // only]; per country code: ('country', code) any role, ('role_lead' … 'role_partner', code),
  // ('excluded', code) the participations no "as of" day counts once stable (they ended, or no
  // date places them). Universe '' also has the timeline's: ('month', 'YYYY-MM-01') or
  // ('undated', ''), ('join_<k>', month or '' for undated): bit k of how many joined then, and
  // ('join_stay_<k>', …) the same for the participations that did not end.
  await sql`create table stats_bitmaps (
    universe text not null,
    chunk int not null,
    dim text not null,
    value text not null,
    bits bit varying not null,
    primary key (universe, chunk, dim, value))`.execute(db);
  await sql`alter table stats_bitmaps alter column bits set storage plain`.execute(db);
  // A material universe's positions in global rank order: a cell's latest initiatives, and the
  // first position on or after a date boundary.
  await sql`create table stats_bitmap_positions (
    universe text not null,
    pos int not null,
    rank int not null,
    primary key (universe, pos))`.execute(db);
  await sql`create index stats_bitmap_positions_rank_idx
    on stats_bitmap_positions (universe, rank)`.execute(db);
  // The global positions: by rank, and the first rank on or after a date boundary.
  await sql`create unique index stats_initiative_facts_rank_idx
    on stats_initiative_facts (rank)`.execute(db);
  await sql`create index stats_initiative_facts_listed_rank_idx
    on stats_initiative_facts (listed_date desc, rank)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists stats_initiative_facts_listed_rank_idx`.execute(db);
  await sql`drop index if exists stats_initiative_facts_rank_idx`.execute(db);
  await sql`drop table if exists stats_bitmap_positions`.execute(db);
  await sql`drop table if exists stats_bitmaps`.execute(db);
}
