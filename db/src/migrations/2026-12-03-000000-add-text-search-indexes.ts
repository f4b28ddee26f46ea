import { sql, type Kysely } from 'kysely';

/**
 * Text search at scale. Trigram indexes serve its substring half (`title ilike '%q%'` on
 * initiatives, sources' titles and publishers): without them every search read the 100k
 * initiatives and 200k sources in full, ~270 ms at 100k whatever it matched. pg_trgm ships with
 * PostgreSQL's contrib and with PGlite (loaded by createDb).
 *
 * stats_initiative_positions: per visible initiative, its rank and its position in each
 * material's universe of the bitmap indexes (migration 000400), so the statistics can turn a
 * search's matches into bitmaps with one lookup per match. Written by the application's refresh
 * with the bitmaps.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index initiatives_title_trgm_idx
    on initiatives using gin (title gin_trgm_ops)`.execute(db);
  await sql`create index sources_title_trgm_idx on sources using gin (title gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index sources_publisher_trgm_idx
    on sources using gin (publisher gin_trgm_ops)`.execute(db);
  // universes[k] (a material id) holds the initiative at positions[k].
  await sql`create table stats_initiative_positions (
    id uuid primary key,
    rank int not null,
    universes text[] not null,
    positions int[] not null)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists stats_initiative_positions`.execute(db);
  for (const index of [
    'sources_publisher_trgm_idx',
    'sources_title_trgm_idx',
    'initiatives_title_trgm_idx',
  ]) {
    await sql`drop index if exists ${sql.id(index)}`.execute(db);
  }
}
