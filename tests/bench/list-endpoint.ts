import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@tracker/api';
import { createDb } from '@tracker/db';
import pg from 'pg';
import { benchDatabaseUrl } from './bench-database';
import { runLoad, type LoadResult } from './load-generator';

/**
 * npm run bench [-- --seconds 10 --connections 8]
 *
 * The filtered list endpoint (2 countries, match=all, 1 material, page size 50) through the whole
 * app, side by side with a floor: a bare node:http server sending the identical SQL through raw pg
 * and returning the rows as JSON. Run `npm run bench:data -- --initiatives 10000` first.
 */
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const seconds = argument('seconds', 10);
const connections = argument('connections', 8);
const path = '/api/initiatives?country=DE&country=PL&match=all&material=lithium&pageSize=50';
const url = benchDatabaseUrl();

// The app, with every statement it sends captured once so the floor replays exactly those.
const captured: { sql: string; parameters: readonly unknown[] }[] = [];
let capturing = true;
const handle = await createDb(
  { kind: 'postgres', connectionString: url, maxConnections: connections },
  {
    onQuery: (event) =>
      capturing && captured.push({ sql: event.query.sql, parameters: event.query.parameters }),
  },
);
const app = createApp({ db: handle.db });
const appServer = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => appServer.once('listening', resolve));
const appPort = (appServer.address() as AddressInfo).port;

const probe = await fetch(`http://127.0.0.1:${appPort}${path}`);
const probeBody = (await probe.json()) as { total?: number };
capturing = false;
if (!probe.ok || !probeBody.total) {
  throw new Error(
    `The list answered ${probe.status} with total ${probeBody.total}: generate data first (npm run bench:data).`,
  );
}

// The floor: same statements, same pool size, no framework, no validation, no mapping.
const pool = new pg.Pool({ connectionString: url, max: connections });
const floorServer = http.createServer((_request, response) => {
  Promise.all(
    // Named like the app's statements (see db/src/prepared-statements.ts), so both are planned once.
    captured.map(({ sql, parameters }, index) =>
      pool.query<Record<string, unknown>>({
        name: `floor${index}`,
        text: sql,
        values: [...parameters],
      }),
    ),
  )
    .then((results) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      // Every row of every statement goes out, as the app's page does.
      response.end(JSON.stringify(results.map((result) => result.rows)));
    })
    .catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
});
await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve));
const floorPort = (floorServer.address() as AddressInfo).port;

const { rows } = await pool.query<{ n: number }>(
  "select count(*)::int as n from initiatives where slug like 'synthetic-%'",
);
console.log(
  `List endpoint benchmark on ${url}: ${rows[0]?.n ?? 0} synthetic initiatives, ${probeBody.total} match`,
);
console.log(`GET ${path}`);
console.log(
  `${captured.length} SQL statement(s) per request; ${seconds} s per run after a 2 s warm-up; load from a separate process\n`,
);

// Latency is read with one client (an analyst's request on an otherwise idle server); throughput
// with `connections` clients, where latency is queueing: p50 ≈ connections / throughput.
const phases = [
  { name: 'latency', clients: 1 },
  { name: 'throughput', clients: connections },
];
const results: Record<string, { app: LoadResult; floor: LoadResult }> = {};
for (const { name, clients } of phases) {
  await runLoad({ port: appPort, path, connections: clients, seconds: 2 });
  await runLoad({ port: floorPort, path, connections: clients, seconds: 2 });
  const app = await runLoad({ port: appPort, path, connections: clients, seconds });
  const floor = await runLoad({ port: floorPort, path, connections: clients, seconds });
  results[name] = { app, floor };
}

const line = (name: string, r: LoadResult) =>
  `  ${name.padEnd(22)} ${r.perSecond.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p95 ${r.p95.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms   errors ${r.errors}`;
for (const { name, clients } of phases) {
  const result = results[name];
  if (!result) continue;
  console.log(`${name} (${clients} connection${clients === 1 ? '' : 's'}):`);
  console.log(line('app (Hono + Kysely)', result.app));
  console.log(line('floor (node:http + pg)', result.floor));
  console.log(
    `  ratio app / floor: ${(result.app.perSecond / result.floor.perSecond).toFixed(2)}\n`,
  );
}
const latency = results.latency?.app;
const throughput = results.throughput;
if (latency && throughput) {
  console.log(
    `targets: app p95 ${latency.p95.toFixed(2)} ms at 1 connection (≤ 10 ms); ratio ${(throughput.app.perSecond / throughput.floor.perSecond).toFixed(2)} at ${connections} connections (≥ 0.75)`,
  );
}

appServer.close();
floorServer.close();
await pool.end();
await handle.close();
