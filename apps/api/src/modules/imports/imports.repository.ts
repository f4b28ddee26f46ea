import type { Database } from '@tracker/db';
import { sql, type Kysely } from 'kysely';

type Db = Kysely<Database>;

/** Every country with the names it is known by (the import resolves names, aliases and codes). */
export function listCountryNames(db: Db) {
  return db.selectFrom('countries').select(['code', 'iso3', 'name', 'aliases']).execute();
}

export function listMaterialNames(db: Db) {
  return db.selectFrom('materials').select(['id', 'name', 'symbol', 'aliases']).execute();
}

/** Existing records with one of these titles (compared in lower case), for duplicate checks. */
export function findInitiativesByTitle(db: Db, lowerTitles: string[]) {
  if (lowerTitles.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('initiatives')
    .select([
      'initiatives.slug',
      'initiatives.title',
      sql<string | null>`coalesce(initiatives.signed_on, initiatives.announced_on)`.as('date'),
    ])
    .where(sql<boolean>`lower(initiatives.title) = any(${lowerTitles}::text[])`)
    .execute();
}

export function findInitiativesBySlug(db: Db, slugs: string[]) {
  if (slugs.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('initiatives')
    .select(['initiatives.id', 'initiatives.slug', 'initiatives.version'])
    .where('initiatives.slug', 'in', slugs)
    .execute();
}

/** Slugs that are one of `bases` or `<base>-<n>`, so new records get free ones. */
export async function findSlugsWithBases(db: Db, bases: string[]): Promise<string[]> {
  if (bases.length === 0) return [];
  const patterns = bases.map((base) => `${base.replace(/[\\%_]/g, '\\$&')}%`);
  const rows = await db
    .selectFrom('initiatives')
    .select('slug')
    .where(sql<boolean>`slug like any(${patterns}::text[])`)
    .execute();
  return rows.map((row) => row.slug);
}
