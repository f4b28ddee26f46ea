export * from './schema';
export {
  createDb,
  dbConfigFromEnv,
  pgliteExtensions,
  type DbConfig,
  type DbHandle,
  type CreateDbOptions,
} from './create-db';
export { DataDirLockedError } from './data-dir-lock';
export { migrateToLatest, migrateDownAll } from './migrate';
export { seedDatabase, isEmpty, loadSeedRows, type SeedReport } from './seed/seed-database';
export { readReferenceData, splitList, type ReferenceData } from './seed/reference-data';
export { parseReferenceDate } from './seed/build-seed-rows';
