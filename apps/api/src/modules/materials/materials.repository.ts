import type { Database } from '@tracker/db';
import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { sourceColumns } from '../shared/source-columns';

const activeInitiativeCount = sql<number>`(
  select count(*) from initiative_materials im
  join initiatives i on i.id = im.initiative_id and i.archived_at is null
    and i.visibility = 'published'
  where im.material_id = materials.id)`;

const materialColumns = [
  'materials.id',
  'materials.name',
  'materials.symbol',
  'materials.aliases',
  'materials.nato_critical',
  'materials.eu_critical',
  'materials.eu_critical_entry',
  'materials.eu_strategic',
  'materials.eu_strategic_entry',
  'materials.defence_uses',
  'materials.notes',
] as const;

export function listMaterials(db: Kysely<Database>) {
  return db
    .selectFrom('materials')
    .select([...materialColumns, activeInitiativeCount.as('initiative_count')])
    .orderBy('materials.name')
    .execute();
}

export type MaterialListRow = Awaited<ReturnType<typeof listMaterials>>[number];

export function findMaterial(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('materials')
    .where('materials.id', '=', id)
    .select((eb) => [
      ...materialColumns,
      activeInitiativeCount.as('initiative_count'),
      jsonArrayFrom(
        eb
          .selectFrom('initiative_materials')
          .innerJoin('initiatives', 'initiatives.id', 'initiative_materials.initiative_id')
          .whereRef('initiative_materials.material_id', '=', 'materials.id')
          .where('initiatives.archived_at', 'is', null)
          .where('initiatives.visibility', '=', 'published')
          .select([
            'initiatives.slug',
            'initiatives.title',
            'initiatives.kind',
            'initiatives.status',
            sql<string | null>`coalesce(initiatives.signed_on, initiatives.announced_on)`.as(
              'date',
            ),
            'initiatives.date_precision',
            'initiative_materials.activities',
            sql<number>`(select count(*) from participations p where p.initiative_id = initiatives.id)`.as(
              'participant_count',
            ),
          ])
          .orderBy(sql`coalesce(initiatives.signed_on, initiatives.announced_on) desc nulls last`)
          .orderBy('initiatives.title'),
      ).as('initiatives'),
      jsonArrayFrom(
        eb
          .selectFrom('sources')
          .select(sourceColumns)
          .whereRef('sources.material_id', '=', 'materials.id')
          .orderBy('sources.id'),
      ).as('sources'),
    ])
    .executeTakeFirst();
}
