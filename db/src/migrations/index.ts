import type { Migration } from 'kysely/migration';
import * as createTrackerTables from './2026-11-22-000000-create-tracker-tables';

/**
 * Every migration, in order. A static list rather than Kysely's FileMigrationProvider, which
 * cannot import TypeScript files under vitest on Node 20.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-22-000000-create-tracker-tables': createTrackerTables,
};
