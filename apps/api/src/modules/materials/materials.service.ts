import type { Database } from '@tracker/db';
import type { Material, MaterialDetail } from '@tracker/shared';
import type { Kysely } from 'kysely';
import { notFound } from '../../http/errors';
import { toSourceDto } from '../shared/source-dto';
import { findMaterial, listMaterials, type MaterialListRow } from './materials.repository';

export function toMaterialDto(row: MaterialListRow): Material {
  return {
    id: row.id,
    name: row.name,
    symbol: row.symbol,
    aliases: row.aliases,
    natoCritical: row.nato_critical,
    euCritical: row.eu_critical,
    euCriticalEntry: row.eu_critical_entry,
    euStrategic: row.eu_strategic,
    euStrategicEntry: row.eu_strategic_entry,
    defenceUses: row.defence_uses,
    notes: row.notes,
    initiativeCount: row.initiative_count,
  };
}

export function createMaterialsService(db: Kysely<Database>) {
  return {
    async list(): Promise<{ items: Material[] }> {
      return { items: (await listMaterials(db)).map(toMaterialDto) };
    },

    async get(id: string): Promise<MaterialDetail> {
      const row = await findMaterial(db, id);
      if (!row) throw notFound(`Material "${id}"`);
      return {
        ...toMaterialDto(row),
        sources: row.sources.map(toSourceDto),
        initiatives: row.initiatives.map((i) => ({
          slug: i.slug,
          title: i.title,
          kind: i.kind,
          status: i.status,
          date: i.date,
          datePrecision: i.date_precision,
          activities: i.activities,
          participantCount: i.participant_count,
        })),
      };
    },
  };
}

export type MaterialsService = ReturnType<typeof createMaterialsService>;
