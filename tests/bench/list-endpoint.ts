import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@tracker/api';
import { createDb } from '@tracker/db';
import pg from 'pg';
import { benchDatabaseUrl } from './bench-database';

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
      response.end(JSON.stringify({ total: results[0]?.rows[0], items: results[1]?.rows }));
    })
    .catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
});
await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve));
const floorPort = (floorServer.address() as AddressInfo).port;

interface Result {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/** `connections` keep-alive clients requesting in a loop for `duration` seconds. */
async function load(port: number, duration: number): Promise<Result> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + duration * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      http
        .get({ host: '127.0.0.1', port, path, agent }, (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode === 200) latencies.push(performance.now() - started);
            else errors += 1;
            resolve();
          });
        })
        .on('error', () => {
          errors += 1;
          resolve();
        });
    });
  const began = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}

const { rows } = await pool.query<{ n: number }>(
  "select count(*)::int as n from initiatives where slug like 'synthetic-%'",
);
console.log(
  `List endpoint benchmark on ${url}: ${rows[0]?.n ?? 0} synthetic initiatives, ${probeBody.total} match`,
);
console.log(`GET ${path}`);
console.log(
  `${captured.length} SQL statements per request; ${connections} connections, ${seconds} s each after a 2 s warm-up\n`,
);

await load(appPort, 2);
await load(floorPort, 2);
const appResult = await load(appPort, seconds);
const floorResult = await load(floorPort, seconds);

const line = (name: string, r: Result) =>
  `${name.padEnd(22)} ${r.perSecond.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p95 ${r.p95.toFixed(2).padStart(6)} ms   p99 ${r.p99.toFixed(2).padStart(6)} ms   errors ${r.errors}`;
console.log(line('app (Hono + Kysely)', appResult));
console.log(line('floor (node:http + pg)', floorResult));
console.log(
  `\nratio app / floor: ${(appResult.perSecond / floorResult.perSecond).toFixed(2)} (target ≥ 0.75); app p95 ${appResult.p95.toFixed(2)} ms (target ≤ 10 ms)`,
);

appServer.close();
floorServer.close();
await pool.end();
await handle.close();
