import type { Database } from '@tracker/db';
import { initiativeKinds, initiativeStatuses, materialActivities } from '@tracker/shared';
import { sql, type Kysely } from 'kysely';

/**
 * A deterministic synthetic data set shaped like the real one (about 10 countries and 3 materials
 * per initiative, a few sources each) for benchmarks and scale tests. Every synthetic slug starts
 * with `synthetic-`, so the set can be replaced without touching the real records.
 */

/** mulberry32: a tiny seeded PRNG, so the same seed always gives the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: readonly T[], count: number, next: () => number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as T);
  }
  return picked;
}

export interface SyntheticOptions {
  initiatives: number;
  seed?: number;
  batchSize?: number;
  onProgress?: (done: number) => void;
}

export async function removeSyntheticData(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('initiatives').where('slug', 'like', 'synthetic-%').execute();
}

/** Inserts the synthetic initiatives with their participants, materials and sources. */
export async function insertSyntheticData(
  db: Kysely<Database>,
  options: SyntheticOptions,
): Promise<void> {
  const next = random(options.seed ?? 42);
  const batchSize = options.batchSize ?? 500;
  const countries = (await db.selectFrom('countries').select('code').orderBy('code').execute()).map(
    (c) => c.code,
  );
  const materials = (await db.selectFrom('materials').select('id').orderBy('id').execute()).map(
    (m) => m.id,
  );
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;

  for (let offset = 0; offset < options.initiatives; offset += batchSize) {
    const size = Math.min(batchSize, options.initiatives - offset);
    await db.transaction().execute(async (trx) => {
      const rows = Array.from({ length: size }, (_, i) => {
        const n = offset + i;
        const day = new Date(start + Math.floor(next() * span)).toISOString().slice(0, 10);
        return {
          slug: `synthetic-${n}`,
          reference_code: null,
          title: `Synthetic initiative ${n}: joint ${['stockpiling', 'procurement', 'recycling', 'processing'][n % 4]} of materials`,
          summary: 'Synthetic record generated for benchmarks; not a real initiative.',
          kind:
            initiativeKinds[Math.floor(next() * initiativeKinds.length)] ?? 'multinational_project',
          status: initiativeStatuses[Math.floor(next() * initiativeStatuses.length)] ?? 'signed',
          signed_on: day,
          announced_on: null,
          date_precision: 'day' as const,
          date_note: null,
          event: null,
          action: null,
          framework: next() < 0.8 ? 'NATO' : 'EU',
          lead_country: null,
          budget_eur: null,
          participants_note: null,
          unconfirmed: null,
        };
      });
      const inserted = await trx
        .insertInto('initiatives')
        .values(rows)
        .returning(['id', 'signed_on'])
        .execute();
      const participations = inserted.flatMap(({ id, signed_on }) => {
        const members = sample(countries, 6 + Math.floor(next() * 9), next);
        return members.map((code, index) => ({
          initiative_id: id,
          country_code: code,
          role: index === 0 && next() < 0.3 ? ('lead' as const) : ('participant' as const),
          joined_on: next() < 0.7 ? signed_on : null,
          left_on: null,
          instrument: null,
        }));
      });
      await trx.insertInto('participations').values(participations).execute();
      const initiativeMaterials = inserted.flatMap(({ id }) =>
        sample(materials, 1 + Math.floor(next() * 5), next).map((material) => ({
          initiative_id: id,
          material_id: material,
          activities: sample(materialActivities, 1 + Math.floor(next() * 3), next),
          notes: null,
        })),
      );
      await trx.insertInto('initiative_materials').values(initiativeMaterials).execute();
      const sources = inserted.flatMap(({ id }, i) =>
        Array.from({ length: 1 + Math.floor(next() * 3) }, (_, k) => ({
          initiative_id: id,
          url: `https://example.org/synthetic/${offset + i}/${k}`,
          title: null,
          publisher: 'Synthetic',
          kind: 'news' as const,
        })),
      );
      await trx.insertInto('sources').values(sources).execute();
    });
    options.onProgress?.(offset + size);
  }
  // VACUUM sets the visibility map, so the junction indexes serve index-only scans as in production.
  await sql`vacuum analyze`.execute(db);
}
