import { serve } from '@hono/node-server';
import { createDb, dbConfigFromEnv, isEmpty, migrateToLatest, seedDatabase } from '@tracker/db';
import { createApp } from './app';
import { readEnv } from './env';
import { webStatic } from './web-static';

// The only place that reads the environment, opens the database and listens.
const env = readEnv();
const handle = await createDb(dbConfigFromEnv(env));
const where =
  handle.backend === 'pglite' ? `embedded database in ${env.DATA_DIR}` : 'PostgreSQL server';

try {
  await migrateToLatest(handle.db);
  const seed =
    env.SEED_ON_START === 'always' || (env.SEED_ON_START === 'auto' && handle.backend === 'pglite');
  if (seed && (await isEmpty(handle.db))) {
    const report = await seedDatabase(handle.db);
    console.log(
      `Seeded ${report.initiatives} initiatives with ${report.sources} sources into the ${where}.`,
    );
  }
} catch (error) {
  await handle.close();
  throw error;
}

const web = webStatic(env.WEB_DIST);
if (!web)
  console.warn(`No dashboard build in ${env.WEB_DIST}: serving the API only (run npm run build).`);

const app = createApp({ db: handle.db, ...(web ? { web } : {}) });
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(`Tracker listening on http://localhost:${info.port} (${where})`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing connections…`);
  server.close();
  await handle.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
