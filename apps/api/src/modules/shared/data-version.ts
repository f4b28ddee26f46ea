import type { Database } from '@tracker/db';
import { sql, type Kysely } from 'kysely';

/**
 * The data version: the latest change to any record the public has seen, as an ISO timestamp;
 * null when there is none. Exports and the feed carry it so a reader can tell whether two of them
 * describe the same data. Drafts are left out (editing one changes nothing public); published
 * records count archived or not, because archiving, restoring and publishing are changes the
 * public sees (each write sets `updated_at`).
 */
/** The data version as an SQL expression, for statements that carry it in their own row. */
export const publicDataVersion = sql<Date | string | null>`(select max(updated_at)
  from initiatives where visibility <> 'draft')`;

export async function getDataVersion(db: Kysely<Database>): Promise<string | null> {
  const { rows } = await sql<{
    latest: Date | string | null;
  }>`select ${publicDataVersion} as latest`.execute(db);
  const latest = rows[0]?.latest;
  if (latest === null || latest === undefined) return null;
  return (latest instanceof Date ? latest : new Date(latest)).toISOString();
}
