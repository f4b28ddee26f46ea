import { createDb } from '@tracker/db';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { backend } from '../fixtures/test-db';

// The server driver only: PGlite has no connection pool and plans in-process.
const onServer = backend === 'postgres' && inject('postgresAdminUrl') !== '';

describe.skipIf(!onServer)('prepared statements on a server', () => {
  it('prepares each distinct SELECT once per connection and leaves other statements unnamed', async () => {
    const handle = await createDb({
      kind: 'postgres',
      // The maintenance database: connecting to the template would block other files' clones.
      connectionString: inject('postgresAdminUrl'),
      maxConnections: 1,
    });
    try {
      const twice = async (n: number) =>
        (await sql<{ doubled: number }>`select ${n}::int * 2 as doubled`.execute(handle.db)).rows[0]
          ?.doubled;
      expect(await twice(21)).toBe(42);
      expect(await twice(4)).toBe(8);
      await sql`set application_name = 'tracker-test'`.execute(handle.db);

      const { rows } = await sql<{
        statement: string;
      }>`select statement from pg_prepared_statements`.execute(handle.db);
      const statements = rows.map((row) => row.statement);
      // One prepared statement served both calls; the SET was sent unnamed.
      expect(statements.filter((text) => text.includes('* 2 as doubled'))).toHaveLength(1);
      expect(statements.some((text) => /^\s*set /i.test(text))).toBe(false);
    } finally {
      await handle.close();
    }
  });
});
