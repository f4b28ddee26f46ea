import type { Database } from '@tracker/db';
import type { FilterOptions } from '@tracker/shared';
import type { Kysely } from 'kysely';
import { getFilterOptions, type FilterOptionsRow } from './filter-options.repository';
import { toDataVersion } from '../shared/data-version';

export function toFilterOptionsDto(row: FilterOptionsRow): FilterOptions {
  return {
    frameworks: row.frameworks.map(({ name, count }) => ({ name, count: Number(count) })),
    initiatives: row.initiatives.map(({ slug, title }) => ({ slug, title })),
    dataVersion: toDataVersion(row.data_version),
  };
}

export function createFilterOptionsService(db: Kysely<Database>) {
  return {
    get: async (): Promise<FilterOptions> => toFilterOptionsDto(await getFilterOptions(db)),
  };
}

export type FilterOptionsService = ReturnType<typeof createFilterOptionsService>;
