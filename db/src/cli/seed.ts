import { createDb, dbConfigFromEnv } from '../create-db';
import { migrateToLatest } from '../migrate';
import { seedDatabase } from '../seed/seed-database';

const handle = await createDb(dbConfigFromEnv(process.env));
try {
  await migrateToLatest(handle.db);
  const report = await seedDatabase(handle.db);
  console.log(
    `Seeded ${report.initiatives} initiatives, ${report.countries} countries, ` +
      `${report.materials} materials and ${report.sources} sources (existing records left as they were).`,
  );
} finally {
  await handle.close();
}
