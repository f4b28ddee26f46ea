import { createDb, dbConfigFromEnv } from '../create-db';
import { migrateDownAll, migrateToLatest } from '../migrate';

// `npm run migrate` applies pending migrations; `npm run migrate -- --down` reverts them all.
const handle = await createDb(dbConfigFromEnv(process.env));
try {
  const ran = process.argv.includes('--down')
    ? await migrateDownAll(handle.db)
    : await migrateToLatest(handle.db);
  console.log(ran.length > 0 ? ran.join('\n') : 'Nothing to migrate.');
} finally {
  await handle.close();
}
