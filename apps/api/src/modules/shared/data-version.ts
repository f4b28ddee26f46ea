import type { Database } from '@tracker/db';
import { sql, type Kysely } from 'kysely';

/**
 * The data version: the latest change to any record the public has seen, as an ISO timestamp;
 * null when there is none. Exports, the feed, the matrix and the statistics carry it so a reader
 * can tell whether two of them describe the same data. Drafts are left out (editing one changes
 * nothing public); published records count archived or not, because archiving, restoring and
 * publishing are changes the public sees (each write sets `updated_at`). As an SQL expression,
 * for statements that carry it in their own row.
 */
export const publicDataVersion = sql<Date | string | null>`(select max(updated_at)
  from initiatives where visibility <> 'draft')`;

/** The data version as the API gives it (an ISO timestamp), from the driver's value. */
export const toDataVersion = (value: Date | string | null | undefined): string | null =>
  value === null || value === undefined
    ? null
    : (value instanceof Date ? value : new Date(value)).toISOString();

export async function getDataVersion(db: Kysely<Database>): Promise<string | null> {
  const { rows } = await sql<{
    latest: Date | string | null;
  }>`select ${publicDataVersion} as latest`.execute(db);
  return toDataVersion(rows[0]?.latest);
}
