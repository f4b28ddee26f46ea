import type { Kysely } from 'kysely';
import * as curation from '../../seed/curation';
import type { Database } from '../schema';
import { buildSeedRows, type SeedRows } from './build-seed-rows';
import { readReferenceData } from './reference-data';

export interface SeedReport {
  countries: number;
  materials: number;
  initiatives: number;
  sources: number;
}

export function loadSeedRows(): SeedRows {
  return buildSeedRows(readReferenceData(), curation);
}

/**
 * Loads the reference data in one transaction. Idempotent and non-destructive: a record that
 * already exists (by ISO code, material id or reference code) is left as it is, with its
 * participants and sources, so re-running never overwrites an editor's change.
 * Returns how many records were added.
 */
export async function seedDatabase(db: Kysely<Database>): Promise<SeedReport> {
  const rows = loadSeedRows();
  return db.transaction().execute(async (trx) => {
    const report: SeedReport = { countries: 0, materials: 0, initiatives: 0, sources: 0 };

    const addedCountries = await trx
      .insertInto('countries')
      .values(rows.countries.map(({ country }) => country))
      .onConflict((oc) => oc.column('code').doNothing())
      .returning('code')
      .execute();
    const newCountryCodes = new Set(addedCountries.map(({ code }) => code));
    report.countries = newCountryCodes.size;

    const addedMaterials = await trx
      .insertInto('materials')
      .values(rows.materials.map(({ material }) => material))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    const newMaterialIds = new Set(addedMaterials.map(({ id }) => id));
    report.materials = newMaterialIds.size;

    const addedInitiatives = await trx
      .insertInto('initiatives')
      .values(rows.initiatives.map(({ initiative }) => initiative))
      .onConflict((oc) => oc.column('reference_code').doNothing())
      .returning(['id', 'reference_code'])
      .execute();
    const newInitiativeIds = new Map(addedInitiatives.map((row) => [row.reference_code, row.id]));
    report.initiatives = newInitiativeIds.size;

    const sources = [
      ...rows.countries
        .filter(({ country }) => newCountryCodes.has(country.code))
        .flatMap(({ country, sources: list }) =>
          list.map((s) => ({ ...s, country_code: country.code })),
        ),
      ...rows.materials
        .filter(({ material }) => newMaterialIds.has(material.id))
        .flatMap(({ material, sources: list }) =>
          list.map((s) => ({ ...s, material_id: material.id })),
        ),
      ...rows.initiatives.flatMap(({ initiative, sources: list }) => {
        const id = newInitiativeIds.get(initiative.reference_code ?? '');
        return id ? list.map((s) => ({ ...s, initiative_id: id })) : [];
      }),
    ];
    if (sources.length > 0) await trx.insertInto('sources').values(sources).execute();
    report.sources = sources.length;

    const participations = rows.initiatives.flatMap(({ initiative, participations: list }) => {
      const id = newInitiativeIds.get(initiative.reference_code ?? '');
      return id ? list.map((p) => ({ ...p, initiative_id: id })) : [];
    });
    if (participations.length > 0)
      await trx.insertInto('participations').values(participations).execute();

    const initiativeMaterials = rows.initiatives.flatMap(({ initiative, materials: list }) => {
      const id = newInitiativeIds.get(initiative.reference_code ?? '');
      return id ? list.map((m) => ({ ...m, initiative_id: id })) : [];
    });
    if (initiativeMaterials.length > 0) {
      await trx.insertInto('initiative_materials').values(initiativeMaterials).execute();
    }

    // Links may point at initiatives that existed before this run, so resolve every code.
    const idsByCode = new Map(
      (
        await trx
          .selectFrom('initiatives')
          .select(['id', 'reference_code'])
          .where('reference_code', 'is not', null)
          .execute()
      ).map((row) => [row.reference_code, row.id]),
    );
    const links = rows.initiatives.flatMap(({ initiative, links: list }) => {
      const fromId = newInitiativeIds.get(initiative.reference_code ?? '');
      if (!fromId) return [];
      return list.map(({ toReferenceCode, relation }) => {
        const toId = idsByCode.get(toReferenceCode);
        if (!toId)
          throw new Error(
            `${initiative.reference_code}: related initiative ${toReferenceCode} not found`,
          );
        return { from_id: fromId, to_id: toId, relation };
      });
    });
    if (links.length > 0) {
      await trx
        .insertInto('initiative_links')
        .values(links)
        .onConflict((oc) => oc.columns(['from_id', 'to_id']).doNothing())
        .execute();
    }
    return report;
  });
}

/** True when the database holds no initiative yet (first start of an embedded database). */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('initiatives').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
