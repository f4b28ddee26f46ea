import { serve } from '@hono/node-server';
import { createDb, dbConfigFromEnv, isEmpty, migrateToLatest, seedDatabase } from '@tracker/db';
import { createApp } from './app';
import { readEnv } from './env';
import { defaultAuthConfig, type AuthConfig } from './modules/auth/auth-config';
import { createAuthService } from './modules/auth/auth.service';
import { createUsersService } from './modules/users/users.service';
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
  // Embedded demo mode only: a first admin so the dashboard can be tried at once. On a server,
  // the first admin comes from `npm run user:create`.
  if (handle.backend === 'pglite') {
    const users = createUsersService(handle.db, createAuthService(handle.db, defaultAuthConfig));
    const demo = await users.ensureDemoAdmin();
    if (demo)
      console.log(
        `Demo admin created (shown only this once): email=${demo.email} password=${demo.password}`,
      );
  }
} catch (error) {
  await handle.close();
  throw error;
}

const web = webStatic(env.WEB_DIST);
if (!web)
  console.warn(`No dashboard build in ${env.WEB_DIST}: serving the API only (run npm run build).`);

const auth: Partial<AuthConfig> = {
  cookieSecure: env.COOKIE_SECURE,
  readRequiresSignIn: env.READ_REQUIRES_SIGN_IN,
  trustProxy: env.TRUST_PROXY,
};
const app = createApp({ db: handle.db, auth, ...(web ? { web } : {}) });
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
