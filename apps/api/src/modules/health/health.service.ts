import type { Database } from '@tracker/db';
import { sql, type Kysely } from 'kysely';

export function createHealthService(db: Kysely<Database>) {
  return {
    /** Resolves when the database answers a trivial query. */
    async checkDatabase(): Promise<void> {
      await sql`select 1`.execute(db);
    },
  };
}

export type HealthService = ReturnType<typeof createHealthService>;
