import type { Database } from '@tracker/db';
import type { Kysely } from 'kysely';

/**
 * The data version: the latest change to any initiative, archived ones included (archiving is a
 * change too), as an ISO timestamp; null for an empty database. Exports and the feed carry it so a
 * reader can tell whether two of them describe the same data.
 */
export async function getDataVersion(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('initiatives')
    .select((eb) => eb.fn.max('initiatives.updated_at').as('latest'))
    .executeTakeFirst();
  const latest = row?.latest;
  if (latest === null || latest === undefined) return null;
  return (latest instanceof Date ? latest : new Date(latest)).toISOString();
}
