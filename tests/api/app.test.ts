import { expect, it } from 'vitest';
import { createTestApp, getError, useTestApp } from '../fixtures/test-app';
import { describeDb, openTestDb } from '../fixtures/test-db';

describeDb('the HTTP app', () => {
  const ctx = useTestApp();

  it('reports liveness and readiness', async () => {
    expect((await ctx.app.request('/healthz')).status).toBe(200);
    const ready = await ctx.app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' });
  });

  it('describes every API route in its OpenAPI document', async () => {
    const document = (await (await ctx.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    // Every method of every path, not only GETs: writes must be documented too.
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map(
        (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
      ),
    );
    const served = [
      ...new Set(
        ctx.app.routes
          .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
          .map((r) => `${r.method} ${r.path}`),
      ),
    ];
    expect(served.length).toBeGreaterThan(5);
    expect(documented.sort()).toEqual(served.sort());
  });

  it('compresses an answer for a client that accepts gzip, and only then', async () => {
    const path = '/api/stats/country-material?list=nato';
    const plain = await ctx.app.request(path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    const expected: unknown = await plain.json();
    const gzipped = await ctx.app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = gzipped.body?.pipeThrough(new DecompressionStream('gzip'));
    expect(await new Response(body).json()).toEqual(expected);
  });

  it('sends security headers with a same-origin Content-Security-Policy', async () => {
    const response = await ctx.app.request('/api/countries');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await getError(ctx.app, '/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describeDb('when the database fails', () => {
  it('answers 500 without a stack or SQL, and readiness says unavailable', async () => {
    const handle = await openTestDb();
    const logged: unknown[] = [];
    const app = createTestApp(handle, (error) => logged.push(error));
    await handle.close();

    const { status, body } = await getError(app, '/api/initiatives?country=DE');
    expect(status).toBe(500);
    expect(body.error.code).toBe('internal_error');
    expect(JSON.stringify(body)).not.toMatch(/select|participations|at .*\.ts/i);
    expect(logged).toHaveLength(1);
    expect((await app.request('/readyz')).status).toBe(503);
  });
});
