import { createDb, migrateToLatest, seedDatabase } from '@tracker/db';
import { benchDatabaseUrl, ensureBenchDatabase } from './bench-database';
import { insertSyntheticData, removeSyntheticData } from './synthetic-data';

// npm run bench:data -- --initiatives 10000 [--seed 42]
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
};
const initiatives = argument('initiatives', 10_000);
const seed = argument('seed', 42);

const url = benchDatabaseUrl();
await ensureBenchDatabase(url);
const handle = await createDb({ kind: 'postgres', connectionString: url });
try {
  await migrateToLatest(handle.db);
  await seedDatabase(handle.db);
  await removeSyntheticData(handle.db);
  const started = Date.now();
  await insertSyntheticData(handle.db, {
    initiatives,
    seed,
    onProgress: (done) => process.stdout.write(`\r${done} / ${initiatives} initiatives`),
  });
  console.log(
    `\nGenerated ${initiatives} synthetic initiatives (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s into ${url}`,
  );
} finally {
  await handle.close();
}
