import type { Database } from '@tracker/db';
import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { publicDataVersion } from '../shared/data-version';

/**
 * Case-insensitive, then byte order: the same order on every database, whatever collation it
 * was created with (PGlite's and a server's default differ).
 */
const textOrder = (column: 'initiatives.framework' | 'initiatives.title') =>
  sql`lower(${sql.ref(column)}) collate "C", ${sql.ref(column)} collate "C"`;

/**
 * Every choice the filters offer, in one statement: the frameworks public initiatives are recorded
 * under (with how many are), the public initiatives themselves, and the public data version.
 * Public means published and not archived, as in every public view.
 */
export function getFilterOptions(db: Kysely<Database>) {
  const visible = db
    .selectFrom('initiatives')
    .where('initiatives.archived_at', 'is', null)
    .where('initiatives.visibility', '=', 'published');
  return db
    .selectNoFrom([
      jsonArrayFrom(
        visible
          .where('initiatives.framework', 'is not', null)
          .select((eb) => [
            sql<string>`initiatives.framework`.as('name'),
            eb.fn.countAll<number>().as('count'),
          ])
          .groupBy('initiatives.framework')
          .orderBy(textOrder('initiatives.framework')),
      ).as('frameworks'),
      jsonArrayFrom(
        visible
          .select(['initiatives.slug', 'initiatives.title'])
          .orderBy(textOrder('initiatives.title'))
          .orderBy('initiatives.slug'),
      ).as('initiatives'),
      publicDataVersion.as('data_version'),
    ])
    .executeTakeFirstOrThrow();
}

export type FilterOptionsRow = Awaited<ReturnType<typeof getFilterOptions>>;
