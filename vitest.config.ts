import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs every workspace's tests. The database and API suites in tests/ run twice:
 * on the embedded database (PGlite) always, and on a real PostgreSQL server when
 * TEST_DATABASE_URL is set (skipped with a message otherwise). The browser journey in
 * tests/e2e needs Chromium (skipped with a message unless E2E=required).
 */
const databaseSuites = ['db/**/*.test.ts', 'api/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      'packages/shared/vitest.config.ts',
      'apps/api/vitest.config.ts',
      'apps/web/vitest.config.ts',
      {
        test: {
          name: 'pglite',
          root: 'tests',
          include: databaseSuites,
          globalSetup: ['fixtures/global-setup-pglite.ts'],
          env: { TEST_BACKEND: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'postgres',
          root: 'tests',
          include: databaseSuites,
          globalSetup: ['fixtures/global-setup-postgres.ts'],
          env: { TEST_BACKEND: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'tests',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['fixtures/global-setup-e2e.ts'],
          // A page on a busy 2-core CI machine can take several seconds to settle.
          expect: { poll: { timeout: 20_000 } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
