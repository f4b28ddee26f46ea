import { apiErrorSchema } from '@tracker/shared';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import {
  createUserWithSession,
  samplePath,
  servedRoutes,
  testPassword,
  unsafeMethods,
  type ServedRoute,
} from '../fixtures/auth';
import { useTestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

type Attack = { name: string; headers: Record<string, string>; status: number; code: string };

const json = 'application/json';
const attacks: Attack[] = [
  {
    name: 'a foreign Origin',
    headers: { 'Content-Type': json, Origin: 'https://evil.example' },
    status: 403,
    code: 'csrf_rejected',
  },
  {
    name: 'a look-alike Origin on another port',
    headers: { 'Content-Type': json, Origin: 'http://localhost:8080' },
    status: 403,
    code: 'csrf_rejected',
  },
  {
    name: 'Origin: null (sandboxed frame, data: URL)',
    headers: { 'Content-Type': json, Origin: 'null' },
    status: 403,
    code: 'csrf_rejected',
  },
  {
    name: 'no Origin and Sec-Fetch-Site: cross-site',
    headers: { 'Content-Type': json, 'Sec-Fetch-Site': 'cross-site' },
    status: 403,
    code: 'csrf_rejected',
  },
  {
    name: 'neither Origin nor Sec-Fetch-Site',
    headers: { 'Content-Type': json },
    status: 403,
    code: 'csrf_rejected',
  },
  {
    name: 'text/plain from the same origin (a form can send it)',
    headers: { 'Content-Type': 'text/plain', Origin: 'http://localhost' },
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'a urlencoded form from the same origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' },
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'no Content-Type',
    headers: { Origin: 'http://localhost' },
    status: 415,
    code: 'unsupported_media_type',
  },
];

describeDb('CSRF: every unsafe route refuses cross-site and non-JSON requests', () => {
  const ctx = useTestApp();
  let admin: Awaited<ReturnType<typeof createUserWithSession>>;
  let samples: Record<string, string>;
  let routes: ServedRoute[];
  /** A body each route would accept from the dashboard, so a refusal is what stops the write. */
  let bodies: Record<string, unknown>;

  /** Rows in every table of the database: a write anywhere changes it. */
  async function rowCounts(): Promise<Record<string, number>> {
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(
      ctx.handle.db,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) {
      const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(
        table_name,
      )}`.execute(ctx.handle.db);
      counts[table_name] = result.rows[0]?.n ?? -1;
    }
    return counts;
  }

  beforeAll(async () => {
    admin = await createUserWithSession(ctx.handle, 'admin');
    const target = await createUserWithSession(ctx.handle, 'viewer');
    const initiative = await ctx.handle.db
      .selectFrom('initiatives')
      .select(['slug', 'version'])
      .orderBy('slug')
      .executeTakeFirstOrThrow();
    samples = { slug: initiative.slug, code: 'DE', id: 'lithium', 'users:id': target.user.id };
    routes = servedRoutes(ctx.app).filter((route) => unsafeMethods.has(route.method));
    const initiative_ = {
      title: 'Forged initiative',
      kind: 'joint_procurement',
      status: 'proposed',
    };
    bodies = {
      'POST /api/auth/login': { email: admin.user.email, password: testPassword },
      'POST /api/auth/password': {
        currentPassword: testPassword,
        newPassword: 'a different fine passphrase',
      },
      'POST /api/users': {
        email: 'forged@example.test',
        name: 'Forged',
        role: 'admin',
        password: 'a perfectly fine passphrase',
      },
      'PATCH /api/users/:id': { role: 'admin' },
      'POST /api/initiatives': initiative_,
      'PUT /api/initiatives/:slug': initiative_,
      'POST /api/initiatives/:slug/revert': { version: 1 },
    };
  });

  it('refuses each attack on each unsafe route and writes nothing', async () => {
    expect(routes.length).toBeGreaterThan(3);
    const before = await rowCounts();
    const version = await ctx.handle.db
      .selectFrom('initiatives')
      .select('version')
      .where('slug', '=', samples.slug ?? '')
      .executeTakeFirstOrThrow();
    for (const route of routes) {
      for (const attack of attacks) {
        const response = await ctx.app.request(samplePath(route.path, samples), {
          method: route.method,
          headers: {
            ...attack.headers,
            Cookie: admin.cookie,
            'If-Match': `"${version.version}"`,
          },
          body: JSON.stringify(bodies[route.key] ?? {}),
        });
        const label = `${route.key} with ${attack.name}`;
        expect(response.status, label).toBe(attack.status);
        expect(apiErrorSchema.parse(await response.json()).error.code, label).toBe(attack.code);
      }
    }
    expect(await rowCounts()).toEqual(before);
    // The admin's session survived every forged sign-out.
    const session = await ctx.app.request('/api/auth/session', {
      headers: { Cookie: admin.cookie },
    });
    expect(((await session.json()) as { user: unknown }).user).not.toBeNull();
  });

  it('accepts multipart only for uploads: elsewhere it is refused like text/plain', async () => {
    for (const route of routes.filter((r) => !r.path.startsWith('/api/imports/'))) {
      const form = new FormData();
      form.set('title', 'Forged');
      const response = await ctx.app.request(samplePath(route.path, samples), {
        method: route.method,
        headers: { Origin: 'http://localhost', Cookie: admin.cookie },
        body: form,
      });
      expect(response.status, route.key).toBe(415);
    }
  });

  it('lets the same request through from the dashboard (Origin or Sec-Fetch-Site same-origin): the counts do move', async () => {
    const before = await rowCounts();
    const viaOrigin = await ctx.app.request('/api/users', {
      method: 'POST',
      headers: { 'Content-Type': json, Origin: 'http://localhost', Cookie: admin.cookie },
      body: JSON.stringify(bodies['POST /api/users']),
    });
    expect(viaOrigin.status).toBe(201);
    const viaFetchMetadata = await ctx.app.request('/api/users', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Sec-Fetch-Site': 'same-origin',
        Cookie: admin.cookie,
      },
      body: JSON.stringify({
        ...(bodies['POST /api/users'] as object),
        email: 'second@example.test',
      }),
    });
    expect(viaFetchMetadata.status).toBe(201);
    const after = await rowCounts();
    expect(after.users).toBe((before.users ?? 0) + 2);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + 2);
  });
});
