import { apiErrorSchema, sessionSchema, userListSchema, userSchema } from '@tracker/shared';
import { beforeAll, expect, it } from 'vitest';
import { getAs, sendJson } from '../fixtures/api-requests';
import { createUserWithSession, signIn, testPassword } from '../fixtures/auth';
import { useTestApp, type TestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

async function errorOf(response: Response) {
  return apiErrorSchema.parse(await response.json());
}

async function roleOf(app: TestApp, cookie: string) {
  const response = await getAs(app, '/api/auth/session', { cookie });
  return sessionSchema.parse(await response.json()).user?.role ?? null;
}

describeDb('user management (admin)', () => {
  const ctx = useTestApp();
  let admin: Awaited<ReturnType<typeof createUserWithSession>>;

  beforeAll(async () => {
    admin = await createUserWithSession(ctx.handle, 'admin');
  });

  it('lists users without any password hash', async () => {
    const response = await getAs(ctx.app, '/api/users', admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await response.text();
    expect(text).not.toMatch(/argon2|password/i);
    const body = userListSchema.parse(JSON.parse(text));
    expect(body.items.map((user) => user.email)).toContain(admin.user.email);
  });

  it('creates a user with a role: argon2id hash with OWASP parameters, audited without the password, can sign in', async () => {
    const password = 'mild tangerine orbit lantern';
    const response = await sendJson(ctx.app, 'POST', '/api/users', admin, {
      email: '  New.Editor@Example.TEST ',
      name: 'New Editor',
      role: 'editor',
      password,
    });
    expect(response.status).toBe(201);
    const user = userSchema.parse(await response.json());
    expect(user).toMatchObject({
      email: 'new.editor@example.test',
      name: 'New Editor',
      role: 'editor',
      disabledAt: null,
      lastLoginAt: null,
    });
    expect(response.headers.get('location')).toBe(`/api/users/${user.id}`);

    const row = await ctx.handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['user_id', 'entity', 'entity_id', 'after'])
      .where('action', '=', 'user.created')
      .where('entity_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      user_id: admin.user.id,
      entity: 'user',
      entity_id: user.id,
      after: { email: user.email, name: 'New Editor', role: 'editor' },
    });
    expect(JSON.stringify(audit)).not.toContain(password);

    const { response: login } = await signIn(ctx.app, 'NEW.editor@example.test', password);
    expect(login.status).toBe(200);
  });

  it.each([
    ['a short password', 'short pass1', 'Use at least 12 characters'],
    ['a password over 128 characters', 'x'.repeat(129), 'Use at most 128 characters'],
    ['a common password', 'qwerty123456', 'too common'],
    ['a common word padded to length', 'password1234!', 'too common'],
    ['one character repeated', 'aaaaaaaaaaaaaaaa', 'too common'],
  ])('refuses %s, naming the password field', async (_what, password, message) => {
    const before = await ctx.handle.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await sendJson(ctx.app, 'POST', '/api/users', admin, {
      email: `weak-${password.length}-${message.length}@example.test`,
      name: 'Weak',
      role: 'viewer',
      password,
    });
    expect(response.status).toBe(400);
    const body = await errorOf(response);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues).toEqual([
      { path: 'password', message: expect.stringContaining(message) as string },
    ]);
    const after = await ctx.handle.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('accepts a long passphrase with no digits or symbols (no composition rules)', async () => {
    const response = await sendJson(ctx.app, 'POST', '/api/users', admin, {
      email: 'passphrase@example.test',
      name: 'Passphrase',
      role: 'viewer',
      password: 'seven quiet herons over the fjord',
    });
    expect(response.status).toBe(201);
  });

  it('refuses a second account with the same email in any case (409) and names invalid fields (400)', async () => {
    const duplicate = await sendJson(ctx.app, 'POST', '/api/users', admin, {
      email: admin.user.email.toUpperCase(),
      name: 'Again',
      role: 'viewer',
      password: testPassword,
    });
    expect(duplicate.status).toBe(409);
    expect((await errorOf(duplicate)).error.code).toBe('email_taken');

    const invalid = await sendJson(ctx.app, 'POST', '/api/users', admin, {
      email: 'nope',
      name: '',
      role: 'superuser',
      password: testPassword,
    });
    expect(invalid.status).toBe(400);
    expect((await errorOf(invalid)).error.issues?.map((issue) => issue.path).sort()).toEqual([
      'email',
      'name',
      'role',
    ]);
  });

  it('changes a role: audited with before and after, effective on the next request', async () => {
    const target = await createUserWithSession(ctx.handle, 'editor');
    expect(await roleOf(ctx.app, target.cookie)).toBe('editor');
    const response = await sendJson(ctx.app, 'PATCH', `/api/users/${target.user.id}`, admin, {
      role: 'viewer',
    });
    expect(response.status).toBe(200);
    expect(userSchema.parse(await response.json()).role).toBe('viewer');
    expect(await roleOf(ctx.app, target.cookie)).toBe('viewer');
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['user_id', 'before', 'after'])
      .where('action', '=', 'user.role_changed')
      .where('entity_id', '=', target.user.id)
      .execute();
    expect(audit).toEqual([
      { user_id: admin.user.id, before: { role: 'editor' }, after: { role: 'viewer' } },
    ]);
  });

  it('disables a user: every session of theirs is deleted, sign-in refused; enabling lets them back', async () => {
    const target = await createUserWithSession(ctx.handle, 'editor');
    await signIn(ctx.app, target.user.email, testPassword); // a second session
    const sessions = () =>
      ctx.handle.db
        .selectFrom('sessions')
        .select('token_hash')
        .where('user_id', '=', target.user.id)
        .execute();
    expect((await sessions()).length).toBe(2);

    const response = await sendJson(ctx.app, 'PATCH', `/api/users/${target.user.id}`, admin, {
      disabled: true,
    });
    expect(response.status).toBe(200);
    expect(userSchema.parse(await response.json()).disabledAt).not.toBeNull();
    expect(await sessions()).toEqual([]);
    expect(await roleOf(ctx.app, target.cookie)).toBeNull();
    expect((await signIn(ctx.app, target.user.email, testPassword)).response.status).toBe(401);

    const enabled = await sendJson(ctx.app, 'PATCH', `/api/users/${target.user.id}`, admin, {
      disabled: false,
    });
    expect(userSchema.parse(await enabled.json()).disabledAt).toBeNull();
    expect((await signIn(ctx.app, target.user.email, testPassword)).response.status).toBe(200);

    const actions = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', target.user.id)
      .where('action', 'in', ['user.disabled', 'user.enabled'])
      .orderBy('id')
      .execute();
    expect(actions.map((row) => row.action)).toEqual(['user.disabled', 'user.enabled']);
  });

  it('answers 404 for an unknown user, 400 for a bad id or an empty change', async () => {
    const unknown = await sendJson(
      ctx.app,
      'PATCH',
      '/api/users/00000000-0000-4000-8000-000000000000',
      admin,
      { role: 'viewer' },
    );
    expect(unknown.status).toBe(404);
    const badId = await sendJson(ctx.app, 'PATCH', '/api/users/42', admin, { role: 'viewer' });
    expect(badId.status).toBe(400);
    expect((await errorOf(badId)).error.issues?.[0]?.path).toBe('id');
    const empty = await sendJson(ctx.app, 'PATCH', `/api/users/${admin.user.id}`, admin, {});
    expect(empty.status).toBe(400);
    const unknownField = await sendJson(ctx.app, 'PATCH', `/api/users/${admin.user.id}`, admin, {
      password: 'x',
    });
    expect(unknownField.status).toBe(400);
  });

  it('is for admins only: an editor gets 403, nobody signed in 401', async () => {
    const editor = await createUserWithSession(ctx.handle, 'editor');
    expect((await getAs(ctx.app, '/api/users', editor)).status).toBe(403);
    expect((await ctx.app.request('/api/users')).status).toBe(401);
  });
});

describeDb('the last admin', () => {
  const ctx = useTestApp();

  it('cannot demote or disable themself while no other admin is enabled; can once there is one', async () => {
    const only = await createUserWithSession(ctx.handle, 'admin');
    const patchSelf = (body: unknown) =>
      sendJson(ctx.app, 'PATCH', `/api/users/${only.user.id}`, only, body);

    for (const body of [{ role: 'editor' }, { disabled: true }]) {
      const response = await patchSelf(body);
      expect(response.status).toBe(409);
      expect((await errorOf(response)).error.code).toBe('last_admin');
    }
    // A disabled admin does not count as another admin.
    await createUserWithSession(ctx.handle, 'admin', { disabled: true });
    expect((await patchSelf({ role: 'viewer' })).status).toBe(409);

    const other = await createUserWithSession(ctx.handle, 'admin');
    const demoted = await patchSelf({ role: 'editor' });
    expect(demoted.status).toBe(200);
    // Now `other` is the last one and cannot be removed either.
    const last = await sendJson(ctx.app, 'PATCH', `/api/users/${other.user.id}`, other, {
      disabled: true,
    });
    expect(last.status).toBe(409);
    const admins = await ctx.handle.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .execute();
    expect(admins.map((row) => row.id)).toEqual([other.user.id]);
  });

  it('two admins demoting each other at the same moment: one wins, one admin is left', async () => {
    const first = await createUserWithSession(ctx.handle, 'admin');
    const second = await createUserWithSession(ctx.handle, 'admin');
    // Leave exactly these two enabled admins.
    await ctx.handle.db
      .updateTable('users')
      .set({ role: 'editor' })
      .where('role', '=', 'admin')
      .where('id', 'not in', [first.user.id, second.user.id])
      .execute();
    const [a, b] = await Promise.all([
      sendJson(ctx.app, 'PATCH', `/api/users/${second.user.id}`, first, { role: 'viewer' }),
      sendJson(ctx.app, 'PATCH', `/api/users/${first.user.id}`, second, { role: 'viewer' }),
    ]);
    // One wins. The other is refused either way: 409 when both passed the role check before
    // either committed (the last-admin lock decides), 403 when its author was demoted first.
    const [won, refused] = [a?.status, b?.status].sort();
    expect(won).toBe(200);
    expect([403, 409]).toContain(refused);
    const admins = await ctx.handle.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .execute();
    expect(admins).toHaveLength(1);
  });
});
