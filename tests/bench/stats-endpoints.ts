import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp, refreshStatsSummaries, textBitmapMaxMatches } from '@tracker/api';
import { createDb } from '@tracker/db';
import { sql } from 'kysely';
import { benchDatabaseUrl } from './bench-database';
import { runLoad, type LoadResult } from './load-generator';

/**
 * npm run bench:stats [-- --seconds 5 --filtered-seconds 10 --connections 1 --jit-off --only text]
 *
 * Every /api/stats endpoint through the whole app over HTTP on loopback, each for a bounded time:
 * first the views the summaries answer (no filter, a list, a material pick), then filters the
 * bitmap indexes answer, then text searches (filtered-seconds each). Generate data first, in a
 * database of its own, e.g.
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/tracker_bench_stats \
 *     npm run bench:data -- --initiatives 100000
 */
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const seconds = argument('seconds', 5);
const filteredSeconds = argument('filtered-seconds', 10);
const connections = argument('connections', 1);
// --only summaries|filtered|text: one group of views.
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;
if (only !== undefined && !['summaries', 'filtered', 'text'].includes(only)) {
  throw new Error('--only must be summaries, filtered or text');
}
// --jit-off: the same run with PostgreSQL's JIT disabled for the app's sessions, to show what the
// setting buys the plain aggregates (their plans cost enough to be JIT-compiled).
const jitOff = process.argv.includes('--jit-off');
const url = benchDatabaseUrl();
const appUrl = (() => {
  if (!jitOff) return url;
  const withOptions = new URL(url);
  withOptions.searchParams.set('options', '-c jit=off');
  return withOptions.toString();
})();

const summaryPaths = [
  '/api/stats/materials?list=nato',
  '/api/stats/materials?list=eu_strategic',
  '/api/stats/country-material?list=nato',
  '/api/stats/timeline',
  '/api/stats/gaps?list=nato',
  '/api/stats/gaps?list=eu_critical&scope=all',
  '/api/stats/countries',
  '/api/stats/countries?material=lithium',
];
// Filters the summaries cannot see: answered from the bitmap indexes. From narrow to broad: at
// 100k a country is in a quarter of the initiatives, a status in a fifth, the NATO group in
// nearly all.
const filteredPaths = [
  '/api/stats/materials?list=nato&country=DE&country=PL&match=all',
  '/api/stats/materials?list=eu_critical&group=nato&match=any&asOf=2025-06-24',
  '/api/stats/materials?status=active',
  '/api/stats/gaps?list=nato&kind=joint_procurement&status=active',
  '/api/stats/gaps?list=nato&country=SE',
  '/api/stats/countries?material=lithium&material=titanium&status=signed',
  '/api/stats/countries?group=nato&asOf=2025-06-24',
  '/api/stats/country-material?list=nato&lead=DE',
  '/api/stats/country-material?list=nato&country=SE',
  '/api/stats/country-material?list=nato&status=active',
  '/api/stats/country-material?list=nato&asOf=2024-01-01',
  '/api/stats/timeline?framework=EU&asOf=2024-12-31',
  '/api/stats/timeline?status=active',
  '/api/stats/timeline?role=lead&group=nato',
  '/api/stats/timeline?role=participant&asOf=2025-06-24',
];

// Text searches, by how much they match: names of a material or a country (their bitmaps), then
// up to four plain words (the inverted index: a frequent term's bitmaps, an infrequent one's
// matches looked up), then searches with punctuation (the live filter's matches made into
// bitmaps; past textBitmapMaxMatches the per-initiative facts). At 100k, "initiative 123" is in
// 111 synthetic titles, "initiative 12" in 1,111, "stockpiling", "joint stockpiling" and
// "joint stockpiling of" in a quarter, "joint" in every one; "initiative 1234:" in 11,
// ": joint stockpiling" in a quarter.
const textSearchPaths = [
  '/api/stats/materials?list=nato&q=lithium',
  '/api/stats/countries?q=Poland',
  '/api/stats/country-material?list=nato&q=storage',
  '/api/stats/gaps?list=nato&q=Argus%20Media',
  '/api/stats/timeline?q=initiative%20123',
  '/api/stats/materials?list=nato&q=initiative%2012',
  '/api/stats/countries?q=stockpiling',
  '/api/stats/countries?q=joint',
  '/api/stats/country-material?list=nato&q=joint%20stockpiling',
  '/api/stats/timeline?q=initiative%201234%3A',
  '/api/stats/countries?q=joint%20stockpiling%20of',
  '/api/stats/countries?q=%3A%20joint%20stockpiling',
];

const handle = await createDb({ kind: 'postgres', connectionString: appUrl, maxConnections: 4 });
const app = createApp({ db: handle.db });
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const port = (server.address() as AddressInfo).port;

const facts = await sql<{ initiatives: number; participations: number; jit: string }>`select
    (select count(*)::int from initiatives) as initiatives,
    (select count(*)::int from participations) as participations,
    current_setting('jit') as jit`.execute(handle.db);
const { initiatives, participations, jit } = facts.rows[0] ?? {};
if (!initiatives || initiatives < 1000) {
  throw new Error(`Only ${initiatives ?? 0} initiatives in ${url}: run npm run bench:data first.`);
}
// A refresh as after an edit: one record touched (its updated_at), then the summaries recomputed.
await sql`update initiatives set updated_at = now()
  where id = (select id from initiatives where slug like 'synthetic-%' limit 1)`.execute(handle.db);
const refreshStarted = performance.now();
await refreshStatsSummaries(handle.db);
const refreshMs = performance.now() - refreshStarted;

console.log(
  `Stats endpoints on ${url}: ${initiatives} initiatives, ${participations} participations; jit=${jit}`,
);
console.log(
  `Summaries refreshed after an edit in ${(refreshMs / 1000).toFixed(1)} s. ${connections} connection(s); load from a separate process; the machine is shared, so figures vary between runs.\n`,
);

const line = (path: string, r: LoadResult) =>
  `  ${path.padEnd(72)} n=${String(r.requests).padStart(5)}  p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms  p99 ${r.p99.toFixed(1).padStart(7)} ms${r.errors ? `  errors ${r.errors}` : ''}`;

async function measure(title: string, paths: string[], runSeconds: number) {
  console.log(title);
  const worst: number[] = [];
  for (const path of paths) {
    const probe = await fetch(`http://127.0.0.1:${port}${path}`);
    if (!probe.ok) throw new Error(`${path} answered ${probe.status}: ${await probe.text()}`);
    await runLoad({ port, path, connections, seconds: Math.min(1, runSeconds) });
    const result = await runLoad({ port, path, connections, seconds: runSeconds });
    console.log(line(path, result));
    worst.push(result.p95);
  }
  console.log(`  worst p95: ${Math.max(...worst).toFixed(1)} ms (target ≤ 50 ms)\n`);
}

if (!only || only === 'summaries') {
  await measure('Answered from the summaries (the default views):', summaryPaths, seconds);
}
if (!only || only === 'filtered') {
  await measure('Filtered views (from the bitmap indexes):', filteredPaths, filteredSeconds);
}
if (!only || only === 'text') {
  await measure(
    `Text searches (from the bitmap indexes and the inverted index; a search it does not hold with over ${textBitmapMaxMatches.toLocaleString('en')} own-text matches, from the per-initiative facts):`,
    textSearchPaths,
    filteredSeconds,
  );
}

server.close();
await handle.close();
