import type { Database } from '@tracker/db';
import type { Kysely } from 'kysely';

/**
 * The data version: the latest change to any record the public has seen, as an ISO timestamp;
 * null when there is none. Exports and the feed carry it so a reader can tell whether two of them
 * describe the same data. Drafts are left out (editing one changes nothing public); published
 * records count archived or not, because archiving, restoring and publishing are changes the
 * public sees (each write sets `updated_at`).
 */
export async function getDataVersion(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('initiatives')
    .select((eb) => eb.fn.max('initiatives.updated_at').as('latest'))
    .where('initiatives.visibility', '<>', 'draft')
    .executeTakeFirst();
  const latest = row?.latest;
  if (latest === null || latest === undefined) return null;
  return (latest instanceof Date ? latest : new Date(latest)).toISOString();
}
