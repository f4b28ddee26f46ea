import type { Migration } from 'kysely/migration';
import * as createTrackerTables from './2026-11-22-000000-create-tracker-tables';
import * as createAuthAndAuditTables from './2026-12-02-000000-create-auth-and-audit-tables';
import * as addDraftsAndMilestones from './2026-12-02-000100-add-drafts-and-milestones';
import * as addStatsIndexes from './2026-12-02-000200-add-stats-indexes';
import * as addStatsInitiativeFacts from './2026-12-02-000300-add-stats-initiative-facts';
import * as addStatsBitmaps from './2026-12-02-000400-add-stats-bitmaps';
import * as addTextSearchIndexes from './2026-12-03-000000-add-text-search-indexes';
import * as addStatsTextTerms from './2026-12-03-000100-add-stats-text-terms';

/**
 * Every migration, in order. A static list rather than Kysely's FileMigrationProvider, which
 * cannot import TypeScript files under vitest on Node 20.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-22-000000-create-tracker-tables': createTrackerTables,
  '2026-12-02-000000-create-auth-and-audit-tables': createAuthAndAuditTables,
  '2026-12-02-000100-add-drafts-and-milestones': addDraftsAndMilestones,
  '2026-12-02-000200-add-stats-indexes': addStatsIndexes,
  '2026-12-02-000300-add-stats-initiative-facts': addStatsInitiativeFacts,
  '2026-12-02-000400-add-stats-bitmaps': addStatsBitmaps,
  '2026-12-03-000000-add-text-search-indexes': addTextSearchIndexes,
  '2026-12-03-000100-add-stats-text-terms': addStatsTextTerms,
};
