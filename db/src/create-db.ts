import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PGliteDialect, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock';
import { namePreparedStatements } from './prepared-statements';
import type { Database } from './schema';

/** PostgreSQL type OIDs whose default JavaScript parsing differs between pg and PGlite. */
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** The same values from both drivers: counts as numbers, dates as 'YYYY-MM-DD', money as numbers. */
const textParsers: Record<number, (value: string) => unknown> = {
  [INT8]: (value) => Number.parseInt(value, 10),
  [NUMERIC]: (value) => Number.parseFloat(value),
  [DATE]: (value) => value,
};

/** The extensions the migrations create, loaded into every embedded database (tests' included). */
export const pgliteExtensions = { pg_trgm };

export type DbConfig =
  | { kind: 'postgres'; connectionString: string; maxConnections?: number }
  /** `dataDir: undefined` keeps the embedded database in memory (tests). */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob }
  | { kind: 'pglite-instance'; pglite: PGlite };

export interface DbHandle {
  db: Kysely<Database>;
  backend: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** Called for every statement sent, e.g. to count statements in tests or log slow queries. */
  onQuery?: (event: LogEvent) => void;
}

/** Reads DATABASE_URL / DATA_DIR into a config: a real server when a URL is given, else embedded. */
export function dbConfigFromEnv(env: {
  DATABASE_URL?: string | undefined;
  DATA_DIR?: string | undefined;
}): DbConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', connectionString: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR ?? './data') };
}

export async function createDb(config: DbConfig, options: CreateDbOptions = {}): Promise<DbHandle> {
  const log = options.onQuery;
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.connectionString,
      max: config.maxConnections ?? 10,
      // Short OLTP statements: JIT compilation costs more than it saves (measured up to 2 s on
      // the 100k stats aggregates), so sessions run without it. work_mem 32MB: the statistics'
      // grouped aggregates then fit a hash table instead of sorting ~300k rows at 100k.
      options: '-c jit=off -c work_mem=32MB',
      types: {
        getTypeParser: ((oid: number, format: 'text' | 'binary' = 'text'): unknown =>
          textParsers[oid] ??
          (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
      },
    });
    pool.on('connect', namePreparedStatements);
    // An idle connection the server ends (restart, failover, a dropped test database) is emitted
    // on the pool; without a listener Node treats it as uncaught and the process dies. pg drops
    // that client and opens a new one for the next query, so logging is all there is to do.
    pool.on('error', (error) => {
      console.warn(`PostgreSQL closed an idle connection: ${error.message}`);
    });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      ...(log ? { log } : {}),
    });
    return { db, backend: 'postgres', close: () => db.destroy() };
  }

  let lock: DataDirLock | undefined;
  let pglite: PGlite;
  if (config.kind === 'pglite-instance') {
    pglite = config.pglite;
  } else {
    if (config.dataDir) {
      mkdirSync(config.dataDir, { recursive: true });
      // Two processes on one PGlite directory corrupt it: refuse the second one.
      lock = acquireDataDirLock(config.dataDir);
    }
    try {
      pglite = await PGlite.create({
        ...(config.dataDir ? { dataDir: config.dataDir } : {}),
        ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
        parsers: textParsers,
        extensions: pgliteExtensions,
      });
    } catch (error) {
      lock?.release();
      throw error;
    }
  }
  const db = new Kysely<Database>({
    dialect: new PGliteDialect({ pglite }),
    ...(log ? { log } : {}),
  });
  return {
    db,
    backend: 'pglite',
    close: async () => {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      lock?.release();
    },
  };
}
