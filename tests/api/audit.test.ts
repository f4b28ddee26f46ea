import { createApp } from '@tracker/api';
import {
  auditListSchema,
  importApplyResultSchema,
  importReportSchema,
  initiativeWriteResultSchema,
} from '@tracker/shared';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { getAs, ifMatch, sendJson } from '../fixtures/api-requests';
import { createUserWithSession, jsonHeaders } from '../fixtures/auth';
import { useTestApp, type TestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

describeDb('GET /api/audit', () => {
  const ctx = useTestApp();
  let editor: { cookie: string; user: { id: string } };
  let otherEditor: { cookie: string; user: { id: string } };
  let admin: { cookie: string };
  let slug: string;

  const asAdmin = async (query: string) => {
    const response = await getAs(ctx.app, `/api/audit${query}`, admin);
    expect(response.status, query).toBe(200);
    return auditListSchema.parse(await response.json());
  };

  beforeAll(async () => {
    editor = await createUserWithSession(ctx.handle, 'editor');
    otherEditor = await createUserWithSession(ctx.handle, 'editor');
    admin = await createUserWithSession(ctx.handle, 'admin');
    const body = {
      title: 'Test audited record',
      kind: 'multinational_project',
      status: 'proposed',
      participants: [{ countryCode: 'NO' }],
      sources: [{ url: 'https://example.org/test-audit' }],
    };
    const created = await sendJson(ctx.app, 'POST', '/api/initiatives', editor, body);
    slug = initiativeWriteResultSchema.parse(await created.json()).slug;
    const updated = await sendJson(
      ctx.app,
      'PUT',
      `/api/initiatives/${slug}`,
      otherEditor,
      { ...body, summary: 'Edited by the second editor.' },
      ifMatch(1),
    );
    expect(updated.status).toBe(200);
    const published = await sendJson(
      ctx.app,
      'POST',
      `/api/initiatives/${slug}/publish`,
      editor,
      undefined,
      ifMatch(2),
    );
    expect(published.status).toBe(200);
  });

  it('is for admins only: anonymous 401, editor 403', async () => {
    expect((await ctx.app.request('/api/audit')).status).toBe(401);
    expect((await getAs(ctx.app, '/api/audit', editor)).status).toBe(403);
  });

  it('records who did what to which record, with before and after', async () => {
    const { rows } = await sql<{
      id: string;
    }>`select id from initiatives where slug = ${slug}`.execute(ctx.handle.db);
    const list = await asAdmin(`?entity=initiative&entityId=${rows[0]?.id}`);
    expect(list.items.map((e) => [e.action, e.user?.id])).toEqual([
      ['initiative.publish', editor.user.id],
      ['initiative.update', otherEditor.user.id],
      ['initiative.create', editor.user.id],
    ]);
    const update = list.items[1];
    expect(update?.before).toMatchObject({ version: 1, summary: null });
    expect(update?.after).toMatchObject({ version: 2, summary: 'Edited by the second editor.' });
    expect(list.items[2]?.before).toBeNull();
  });

  it('filters by user, action and day, with the filtered total', async () => {
    const byUser = await asAdmin(`?user=${otherEditor.user.id}`);
    expect(byUser.total).toBe(1);
    expect(byUser.items[0]?.action).toBe('initiative.update');

    const publishes = await asAdmin('?action=initiative.publish');
    expect(publishes.items.every((e) => e.action === 'initiative.publish')).toBe(true);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log
      where action = 'initiative.publish'`.execute(ctx.handle.db);
    expect(publishes.total).toBe(rows[0]?.n);

    // The days (UTC) the database stamped on the editor's rows, not the test's clock: a run
    // across midnight still finds both.
    const { rows: days } = await sql<{ first: string; last: string }>`
      select min((at at time zone 'UTC')::date)::text as first,
             max((at at time zone 'UTC')::date)::text as last
      from audit_log where user_id = ${editor.user.id}`.execute(ctx.handle.db);
    const { first = '', last = '' } = days[0] ?? {};
    expect(first).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await asAdmin(`?from=${first}&to=${last}&user=${editor.user.id}`)).total).toBe(2);
    // The day before the first one holds none of them.
    const dayBefore = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect((await asAdmin(`?to=${dayBefore}&user=${editor.user.id}`)).total).toBe(0);
    expect((await asAdmin('?from=2999-01-01')).total).toBe(0);
    expect((await asAdmin('?to=2000-01-01')).total).toBe(0);

    const page = await asAdmin(`?user=${editor.user.id}&pageSize=1&page=2`);
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page.items[0]?.action).toBe('initiative.create');
  });

  it('refuses invalid filters naming them', async () => {
    const response = await getAs(
      ctx.app,
      '/api/audit?from=yesterday&user=someone&colour=red',
      admin,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(['colour', 'from', 'user']);
  });

  it('keeps the client address of every write (the proxy-added one when the proxy is trusted)', async () => {
    const auditIp = async (where: { entityId?: string; importId?: string }) => {
      const { rows } = await sql<{ action: string; ip: string | null }>`
        select action, ip from audit_log
        where ${where.entityId ? sql`entity_id = ${where.entityId}` : sql`import_id = ${where.importId ?? ''}`}
        order by id`.execute(ctx.handle.db);
      return rows.map((r) => [r.action, r.ip]);
    };
    // The client sent the first entry; the trusted proxy appended the second (the real peer).
    const forwarded = { 'X-Forwarded-For': '198.51.100.66, 203.0.113.7' };
    const behindProxy = createApp({
      db: ctx.handle.db,
      logError: () => {},
      auth: { trustProxy: true },
    });
    const write = (app: TestApp, path: string, body: unknown, extra: Record<string, string>) =>
      app.request(path, {
        method: 'POST',
        headers: jsonHeaders(editor.cookie, { ...forwarded, ...extra }),
        body: JSON.stringify(body),
      });
    const record = {
      title: 'Test audited client address',
      kind: 'multinational_project',
      status: 'proposed',
      sources: [{ url: 'https://example.org/test-audit-ip' }],
    };

    const created = initiativeWriteResultSchema.parse(
      await (await write(behindProxy, '/api/initiatives', record, {})).json(),
    );
    const published = await write(
      behindProxy,
      `/api/initiatives/${created.slug}/publish`,
      {},
      {
        'If-Match': '"1"',
      },
    );
    expect(published.status).toBe(200);
    // Without a trusted proxy the header is the client's word: not recorded as its address.
    const archived = await write(
      ctx.app,
      `/api/initiatives/${created.slug}/archive`,
      {},
      {
        'If-Match': '"2"',
      },
    );
    expect(archived.status).toBe(200);
    expect(await auditIp({ entityId: created.id })).toEqual([
      ['initiative.create', '203.0.113.7'],
      ['initiative.publish', '203.0.113.7'],
      // app.request() has no socket, so the untrusted app knows no address at all.
      ['initiative.archive', 'unknown'],
    ]);

    const csv = [
      'title,kind,status,participants,source_url,visibility',
      'Test import with a client address,multinational_project,proposed,Norway,https://example.org/test-audit-ip-import,draft',
    ].join('\n');
    const upload = (path: string, token?: string) => {
      const form = new FormData();
      form.append('file', new File([csv], 'ip.csv'));
      if (token !== undefined) form.append('token', token);
      return behindProxy.request(path, {
        method: 'POST',
        headers: { Origin: 'http://localhost', Cookie: editor.cookie, ...forwarded },
        body: form,
      });
    };
    const report = importReportSchema.parse(await (await upload('/api/imports/dry-run')).json());
    const applied = await upload('/api/imports/apply', report.importToken);
    expect(applied.status).toBe(200);
    const { importId } = importApplyResultSchema.parse(await applied.json());
    expect(await auditIp({ importId })).toEqual([
      ['initiative.create', '203.0.113.7'],
      ['import.apply', '203.0.113.7'],
    ]);
  });
});
