import { createApp } from '@tracker/api';
import { apiErrorSchema, type Role } from '@tracker/shared';
import { beforeAll, expect, it } from 'vitest';
import {
  createUserWithSession,
  jsonHeaders,
  samplePath,
  servedRoutes,
  unsafeMethods,
  type ServedRoute,
} from '../fixtures/auth';
import { useTestApp, type TestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

type MinimumRole = 'anonymous' | Role;

/**
 * The one table of who may call each mutating route. A route the app serves that is missing here
 * fails the test, and so does an entry for a route the app no longer serves.
 */
const mutatingRoutes: Record<string, MinimumRole> = {
  'POST /api/auth/login': 'anonymous',
  'POST /api/auth/logout': 'anonymous',
  'POST /api/auth/password': 'viewer',
  'POST /api/users': 'admin',
  'PATCH /api/users/:id': 'admin',
  'POST /api/initiatives': 'editor',
  'PUT /api/initiatives/:slug': 'editor',
  'POST /api/initiatives/:slug/publish': 'editor',
  'POST /api/initiatives/:slug/archive': 'editor',
  'POST /api/initiatives/:slug/restore': 'editor',
  'POST /api/initiatives/:slug/revert': 'editor',
  'POST /api/imports/dry-run': 'editor',
  'POST /api/imports/apply': 'editor',
};

/**
 * Public reads the dashboard depends on before anyone signs in: each must be served and must not
 * appear among the restricted ones.
 */
const publicReads = ['GET /api/initiatives', 'GET /api/countries', 'GET /api/filter-options'];

/** Reads that need a role; every other GET is public (unless reading requires sign-in). */
const restrictedReads: Record<string, MinimumRole> = {
  'GET /api/users': 'admin',
  'GET /api/audit': 'admin',
  'GET /api/admin/initiatives': 'editor',
  'GET /api/initiatives/:slug/history': 'editor',
};

const ladder: MinimumRole[] = ['anonymous', 'viewer', 'editor', 'admin'];
const atLeast = (role: MinimumRole, minimum: MinimumRole) =>
  ladder.indexOf(role) >= ladder.indexOf(minimum);

describeDb('permission matrix', () => {
  const ctx = useTestApp();
  let samples: Record<string, string>;
  let routes: ServedRoute[];

  beforeAll(async () => {
    const initiative = await ctx.handle.db
      .selectFrom('initiatives')
      .select('slug')
      .orderBy('slug')
      .executeTakeFirstOrThrow();
    const target = await createUserWithSession(ctx.handle, 'viewer');
    samples = {
      slug: initiative.slug,
      code: 'DE',
      id: 'lithium',
      'users:id': target.user.id,
    };
    routes = servedRoutes(ctx.app);
  });

  /** One request as `role`, each with its own fresh session (a sign-out must not end the next). */
  async function requestAs(app: TestApp, role: MinimumRole, route: ServedRoute) {
    const cookie =
      role === 'anonymous' ? undefined : (await createUserWithSession(ctx.handle, role)).cookie;
    const path = samplePath(route.path, samples);
    const unsafe = unsafeMethods.has(route.method);
    return app.request(path, {
      method: route.method,
      headers: unsafe ? jsonHeaders(cookie) : cookie ? { Cookie: cookie } : {},
      // An empty object: enough to get past authorisation, never a valid write.
      ...(unsafe ? { body: '{}' } : {}),
    });
  }

  async function expectOutcome(response: Response, role: MinimumRole, minimum: MinimumRole) {
    const label = `${role} (needs ${minimum}) → ${response.status}`;
    if (atLeast(role, minimum)) {
      expect([401, 403], label).not.toContain(response.status);
      expect(response.status, label).toBeLessThan(500);
      return;
    }
    const expected = role === 'anonymous' ? 401 : 403;
    expect(response.status, label).toBe(expected);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.code, label).toBe(role === 'anonymous' ? 'unauthenticated' : 'forbidden');
  }

  it('lists every mutating route the app serves in the table, and nothing else', () => {
    const served = routes.filter((route) => unsafeMethods.has(route.method)).map((r) => r.key);
    expect(served.length).toBeGreaterThan(3);
    expect(served).toEqual(Object.keys(mutatingRoutes).sort());
    const reads = routes.map((route) => route.key);
    for (const key of Object.keys(restrictedReads)) expect(reads).toContain(key);
    for (const key of publicReads) {
      expect(reads).toContain(key);
      expect(restrictedReads[key]).toBeUndefined();
    }
  });

  it('mutating routes: anonymous → 401, a role below the minimum → 403, the minimum and above get through', async () => {
    for (const route of routes.filter((r) => unsafeMethods.has(r.method))) {
      const minimum = mutatingRoutes[route.key];
      expect(minimum, `${route.key} is missing from the permission table`).toBeDefined();
      for (const role of ladder) {
        const response = await requestAs(ctx.app, role, route);
        await expectOutcome(response, role, minimum ?? 'admin');
      }
    }
  });

  it('reads: public unless listed as restricted, restricted ones by role', async () => {
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const minimum = restrictedReads[route.key] ?? 'anonymous';
      for (const role of minimum === 'anonymous' ? (['anonymous'] as const) : ladder) {
        const response = await requestAs(ctx.app, role, route);
        await expectOutcome(response, role, minimum);
      }
    }
  });
});

describeDb('reading requires sign-in (setting)', () => {
  const ctx = useTestApp();
  let app: TestApp;
  let samples: Record<string, string>;

  beforeAll(async () => {
    app = createApp({ db: ctx.handle.db, logError: () => {}, auth: { readRequiresSignIn: true } });
    const initiative = await ctx.handle.db
      .selectFrom('initiatives')
      .select('slug')
      .executeTakeFirstOrThrow();
    samples = { slug: initiative.slug, code: 'DE', id: 'lithium', 'users:id': initiative.slug };
  });

  it('answers 401 to every GET under /api but /api/auth/* when signed out; health stays open', async () => {
    const reads = servedRoutes(app).filter((route) => route.method === 'GET');
    const api = reads.filter((route) => route.path.startsWith('/api/'));
    expect(api.length).toBeGreaterThan(10);
    for (const route of api) {
      const response = await app.request(samplePath(route.path, samples));
      if (route.path.startsWith('/api/auth/')) expect(response.status, route.key).toBe(200);
      else expect(response.status, route.key).toBe(401);
    }
    expect((await app.request('/healthz')).status).toBe(200);
    expect((await app.request('/readyz')).status).toBe(200);
    const session = (await (await app.request('/api/auth/session')).json()) as unknown;
    expect(session).toEqual({ user: null, readRequiresSignIn: true });
  });

  it('lets a signed-in viewer read', async () => {
    const viewer = await createUserWithSession(ctx.handle, 'viewer');
    for (const path of [
      '/api/initiatives',
      `/api/initiatives/${samples.slug}`,
      '/api/countries',
      '/api/filter-options',
    ]) {
      const response = await app.request(path, { headers: { Cookie: viewer.cookie } });
      expect(response.status, path).toBe(200);
    }
  });

  it('is off by default: the same reads are public', async () => {
    expect((await ctx.app.request('/api/initiatives')).status).toBe(200);
  });
});
