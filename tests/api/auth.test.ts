import { createHash } from 'node:crypto';
import { createApp } from '@tracker/api';
import { apiErrorSchema, sessionSchema } from '@tracker/shared';
import { beforeAll, expect, it } from 'vitest';
import {
  createUserWithSession,
  jsonHeaders,
  sessionCookieFrom,
  signIn,
  testPassword,
} from '../fixtures/auth';
import { useTestApp, type TestApp } from '../fixtures/test-app';
import { describeDb } from '../fixtures/test-db';

const minutes = (n: number) => n * 60 * 1000;

async function sessionOf(app: TestApp, cookie: string | undefined, origin = 'http://localhost') {
  const response = await app.request(`${origin}/api/auth/session`, {
    headers: cookie ? { Cookie: cookie } : {},
  });
  expect(response.status).toBe(200);
  return sessionSchema.parse(await response.json());
}

const tokenOf = (cookie: string) => cookie.slice(cookie.indexOf('=') + 1);
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describeDb('sign-in, sessions and sign-out', () => {
  const ctx = useTestApp();
  let email: string;
  let userId: string;

  beforeAll(async () => {
    const { user } = await createUserWithSession(ctx.handle, 'editor');
    email = user.email;
    userId = user.id;
  });

  it('signs in: a new HttpOnly, SameSite=Lax session cookie whose token is stored only as a hash', async () => {
    const { response, cookie } = await signIn(ctx.app, email, testPassword);
    expect(response.status).toBe(200);
    const body = sessionSchema.parse(await response.json());
    expect(body).toEqual({
      user: { id: userId, email, name: expect.any(String) as string, role: 'editor' },
      readRequiresSignIn: false,
    });
    const header = response.headers.getSetCookie().join('\n');
    // Plain HTTP in auto mode: no Secure flag, no __Host- prefix (local development).
    expect(header).toMatch(/^tracker_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(response.headers.get('cache-control')).toBe('no-store');

    const token = tokenOf(cookie ?? '');
    const rows = await ctx.handle.db
      .selectFrom('sessions')
      .select(['token_hash', 'expires_at', 'created_at'])
      .where('user_id', '=', userId)
      .execute();
    expect(rows.map((row) => row.token_hash)).toContain(sha256(token));
    expect(rows.some((row) => row.token_hash.includes(token))).toBe(false);

    expect((await sessionOf(ctx.app, cookie)).user?.id).toBe(userId);
    const user = await ctx.handle.db
      .selectFrom('users')
      .select('last_login_at')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(user.last_login_at).not.toBeNull();
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'entity_id'])
      .where('action', '=', 'auth.login')
      .where('user_id', '=', userId)
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('sends the security headers on auth responses: CSP with no third-party origin, nosniff, no framing, no powerful features', async () => {
    const response = await ctx.app.request('/api/auth/session');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('permissions-policy')).toBe(
      'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('upgrades a hash made with weaker argon2 parameters at sign-in', async () => {
    const { user } = await createUserWithSession(ctx.handle, 'viewer');
    // argon2id of testPassword with m=4096, t=1: what an older release might have stored.
    const weak =
      '$argon2id$v=19$m=4096,t=1,p=1$4j2u1QSu6E6oM/ipjgltBQ$Ju7XSf8JlYsUqRBPTSagFqHa88tfSYizlEc7i/5c2xo';
    await ctx.handle.db
      .updateTable('users')
      .set({ password_hash: weak })
      .where('id', '=', user.id)
      .execute();
    expect((await signIn(ctx.app, user.email, testPassword)).response.status).toBe(200);
    const row = await ctx.handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await signIn(ctx.app, user.email, testPassword)).response.status).toBe(200);
  });

  it('answers the session endpoint with user null when signed out', async () => {
    expect(await sessionOf(ctx.app, undefined)).toEqual({ user: null, readRequiresSignIn: false });
    expect(await sessionOf(ctx.app, 'tracker_session=not-a-token')).toEqual({
      user: null,
      readRequiresSignIn: false,
    });
  });

  it('rotates the session at sign-in: the cookie the browser had stops working', async () => {
    const first = await signIn(ctx.app, email, testPassword);
    const second = await signIn(ctx.app, email, testPassword, { Cookie: first.cookie ?? '' });
    expect(second.response.status).toBe(200);
    expect(second.cookie).toBeDefined();
    expect(second.cookie).not.toBe(first.cookie);
    expect((await sessionOf(ctx.app, first.cookie)).user).toBeNull();
    expect((await sessionOf(ctx.app, second.cookie)).user?.id).toBe(userId);
  });

  it('signs out: the session row is deleted, the cookie cleared, and the old cookie refused', async () => {
    const { cookie } = await signIn(ctx.app, email, testPassword);
    const response = await ctx.app.request('/api/auth/logout', {
      method: 'POST',
      headers: jsonHeaders(cookie),
    });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().join('\n')).toMatch(
      /^tracker_session=; Max-Age=0; Path=\//,
    );
    const left = await ctx.handle.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('token_hash', '=', sha256(tokenOf(cookie ?? '')))
      .execute();
    expect(left).toEqual([]);
    expect((await sessionOf(ctx.app, cookie)).user).toBeNull();
    // Replaying the cookie on a write is refused too.
    const replay = await ctx.app.request('/api/users', { headers: { Cookie: cookie ?? '' } });
    expect(replay.status).toBe(401);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'auth.logout')
      .where('user_id', '=', userId)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('gives one answer for an unknown email and a wrong password, and audits both without the password', async () => {
    const wrong = await signIn(ctx.app, email, 'not the right password');
    const unknown = await signIn(ctx.app, 'nobody@example.test', 'not the right password');
    expect(wrong.response.status).toBe(401);
    expect(unknown.response.status).toBe(401);
    const wrongBody = apiErrorSchema.parse(await wrong.response.json());
    const unknownBody = apiErrorSchema.parse(await unknown.response.json());
    expect(wrongBody).toEqual(unknownBody);
    expect(wrongBody.error.code).toBe('invalid_credentials');
    expect(wrong.cookie).toBeUndefined();

    const failures = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['user_id', 'after'])
      .where('action', '=', 'auth.login_failed')
      .execute();
    expect(failures).toHaveLength(2);
    expect(JSON.stringify(failures)).not.toContain('not the right password');
    expect(failures.map((row) => row.user_id).sort()).toEqual([userId, null].sort());
  });

  it('spends about as long on an unknown email as on a wrong password (a dummy hash is checked)', async () => {
    // Each try from its own address so the address limit stays out of the way.
    const app = createApp({ db: ctx.handle.db, auth: { trustProxy: true } });
    // Alternating tries, the fastest of each kind: the machine's noise only ever adds time.
    const best = { wrong: Infinity, unknown: Infinity };
    for (let i = 0; i < 5; i += 1) {
      for (const [kind, who] of [
        ['wrong', email],
        ['unknown', 'stranger@example.test'],
      ] as const) {
        const started = performance.now();
        await signIn(app, who, `wrong password ${i}`, { 'X-Forwarded-For': `203.0.113.${i}` });
        best[kind] = Math.min(best[kind], performance.now() - started);
      }
    }
    // Without the dummy hash an unknown email answers in ~1 ms against ~50 ms for argon2id; the
    // bounds are wide because a shared CI machine's noise is large.
    expect(best.unknown).toBeGreaterThan(best.wrong * 0.3);
    expect(best.unknown).toBeLessThan(best.wrong * 3);
  });

  it('refuses a login body that is not valid, naming the field', async () => {
    const response = await ctx.app.request('/api/auth/login', {
      method: 'POST',
      headers: jsonHeaders(),
      body: JSON.stringify({ email: 'not an email', password: '' }),
    });
    expect(response.status).toBe(400);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.issues?.map((issue) => issue.path).sort()).toEqual(['email', 'password']);
    const notJson = await ctx.app.request('/api/auth/login', {
      method: 'POST',
      headers: jsonHeaders(),
      body: '{"email":',
    });
    expect(notJson.status).toBe(400);
  });

  it('refuses a disabled account with the same answer, and its existing session resolves to nobody', async () => {
    const disabled = await createUserWithSession(ctx.handle, 'admin', { disabled: true });
    const { response } = await signIn(ctx.app, disabled.user.email, testPassword);
    expect(response.status).toBe(401);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('invalid_credentials');
    expect((await sessionOf(ctx.app, disabled.cookie)).user).toBeNull();
    const users = await ctx.app.request('/api/users', { headers: { Cookie: disabled.cookie } });
    expect(users.status).toBe(401);
  });
});

describeDb('changing your own password', () => {
  const ctx = useTestApp();
  const change = (cookie: string | undefined, body: unknown) =>
    ctx.app.request('/api/auth/password', {
      method: 'POST',
      headers: jsonHeaders(cookie),
      body: JSON.stringify(body),
    });

  it('needs the current password; ends every other session; the new password signs in, the old one not', async () => {
    const me = await createUserWithSession(ctx.handle, 'viewer');
    const elsewhere = await signIn(ctx.app, me.user.email, testPassword);
    const newPassword = 'amber kettle glacier rowing';

    const wrong = await change(me.cookie, { currentPassword: 'not my password', newPassword });
    expect(wrong.status).toBe(400);
    expect(apiErrorSchema.parse(await wrong.json()).error.issues).toEqual([
      { path: 'currentPassword', message: 'The current password is incorrect' },
    ]);

    const common = await change(me.cookie, {
      currentPassword: testPassword,
      newPassword: 'qwerty123456',
    });
    expect(common.status).toBe(400);
    expect(apiErrorSchema.parse(await common.json()).error.issues?.[0]?.path).toBe('newPassword');

    const changed = await change(me.cookie, { currentPassword: testPassword, newPassword });
    expect(changed.status).toBe(204);
    expect((await sessionOf(ctx.app, me.cookie)).user?.id).toBe(me.user.id);
    expect((await sessionOf(ctx.app, elsewhere.cookie)).user).toBeNull();
    expect((await signIn(ctx.app, me.user.email, testPassword)).response.status).toBe(401);
    expect((await signIn(ctx.app, me.user.email, newPassword)).response.status).toBe(200);

    const actions = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', me.user.id)
      .where('action', 'like', 'auth.password%')
      .orderBy('id')
      .execute();
    expect(actions.map((row) => row.action)).toEqual([
      'auth.password_change_failed',
      'auth.password_changed',
    ]);
    expect(
      JSON.stringify(await ctx.handle.db.selectFrom('audit_log').selectAll().execute()),
    ).not.toContain(newPassword);
  });

  it('is refused when signed out, and a too-short new password is named', async () => {
    expect((await change(undefined, { currentPassword: 'x', newPassword: 'y' })).status).toBe(401);
    const me = await createUserWithSession(ctx.handle, 'editor');
    const short = await change(me.cookie, { currentPassword: testPassword, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(apiErrorSchema.parse(await short.json()).error.issues?.[0]).toEqual({
      path: 'newPassword',
      message: 'Use at least 12 characters',
    });
  });
});

describeDb('session expiry (injected clock)', () => {
  const ctx = useTestApp();
  const clock = { now: new Date('2026-12-02T09:00:00Z') };
  let app: TestApp;
  let email: string;

  beforeAll(async () => {
    app = createApp({ db: ctx.handle.db, logError: () => {}, auth: { now: () => clock.now } });
    email = (await createUserWithSession(ctx.handle, 'viewer')).user.email;
  });

  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };

  it('ends a session after 30 minutes without a request, and slides while it is used', async () => {
    const { cookie } = await signIn(app, email, testPassword);
    advance(minutes(29));
    expect((await sessionOf(app, cookie)).user?.email).toBe(email);
    advance(minutes(29)); // 58 min after sign-in, 29 after the last request
    expect((await sessionOf(app, cookie)).user?.email).toBe(email);
    advance(minutes(30));
    expect((await sessionOf(app, cookie)).user).toBeNull();
    const live = await ctx.handle.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('token_hash', '=', sha256(tokenOf(cookie ?? '')))
      .execute();
    expect(live).toEqual([]);
  });

  it('ends a session 8 hours after sign-in however active it is', async () => {
    const { cookie } = await signIn(app, email, testPassword);
    for (let elapsed = 0; elapsed < 7 * 60 + 40; elapsed += 20) {
      advance(minutes(20));
      expect((await sessionOf(app, cookie)).user?.email).toBe(email);
    }
    advance(minutes(20)); // 8 h
    expect((await sessionOf(app, cookie)).user).toBeNull();
  });
});

describeDb('sign-in throttling', () => {
  const ctx = useTestApp();
  const clock = { now: new Date('2026-12-02T09:00:00Z') };
  let app: TestApp;

  beforeAll(() => {
    app = createApp({
      db: ctx.handle.db,
      logError: () => {},
      auth: { now: () => clock.now, trustProxy: true },
    });
  });
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  const from = (ip: string) => ({ 'X-Forwarded-For': `198.51.100.7, ${ip}` });

  it('answers 429 with Retry-After after 10 failures for an account, even to the right password, until the window passes', async () => {
    const { user } = await createUserWithSession(ctx.handle, 'editor');
    for (let i = 0; i < 10; i += 1) {
      advance(1000);
      // Each guess from a different address: the account's own limit applies.
      const { response } = await signIn(app, user.email, `guess number ${i}`, from(`192.0.2.${i}`));
      expect(response.status).toBe(401);
    }
    advance(minutes(5));
    const blocked = await signIn(app, user.email, testPassword, from('192.0.2.99'));
    expect(blocked.response.status).toBe(429);
    expect(blocked.cookie).toBeUndefined();
    const retryAfter = Number(blocked.response.headers.get('retry-after'));
    // The oldest of the ten failures was 5 min 9 s ago: it leaves the 15-min window in 9 min 51 s.
    expect(retryAfter).toBe(15 * 60 - (5 * 60 + 9));
    expect(apiErrorSchema.parse(await blocked.response.json()).error.code).toBe(
      'too_many_attempts',
    );

    advance(retryAfter * 1000);
    const again = await signIn(app, user.email, testPassword, from('192.0.2.99'));
    expect(again.response.status).toBe(200);
    expect(again.cookie).toBeDefined();
  });

  it('answers 429 after 10 failures from one address across accounts; another address is not affected', async () => {
    advance(minutes(60));
    const { user } = await createUserWithSession(ctx.handle, 'viewer');
    for (let i = 0; i < 10; i += 1) {
      const { response } = await signIn(
        app,
        `someone${i}@example.test`,
        'a wrong password',
        from('192.0.2.200'),
      );
      expect(response.status).toBe(401);
    }
    const blocked = await signIn(app, user.email, testPassword, from('192.0.2.200'));
    expect(blocked.response.status).toBe(429);
    expect(Number(blocked.response.headers.get('retry-after'))).toBeGreaterThan(0);
    const elsewhere = await signIn(app, user.email, testPassword, from('192.0.2.201'));
    expect(elsewhere.response.status).toBe(200);
    const throttled = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'auth.login_throttled')
      .execute();
    expect(throttled.length).toBe(2);
  });

  it('lets no more than 10 of 20 simultaneous guesses at one account be checked', async () => {
    advance(minutes(60));
    const { user } = await createUserWithSession(ctx.handle, 'editor');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signIn(app, user.email, `parallel guess ${i}`, from(`192.0.2.${100 + i}`)),
      ),
    );
    const statuses = responses.map(({ response }) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
  });

  it('a success resets the account count: 9 failures, a sign-in, 9 more are not throttled', async () => {
    advance(minutes(60));
    const { user } = await createUserWithSession(ctx.handle, 'viewer');
    const guesses = async (ip: string) => {
      for (let i = 0; i < 9; i += 1) {
        advance(1000);
        expect((await signIn(app, user.email, `guess ${i}`, from(ip))).response.status).toBe(401);
      }
    };
    await guesses('192.0.2.50');
    expect((await signIn(app, user.email, testPassword, from('192.0.2.51'))).response.status).toBe(
      200,
    );
    await guesses('192.0.2.52');
    expect((await signIn(app, user.email, testPassword, from('192.0.2.53'))).response.status).toBe(
      200,
    );
  });
});

describeDb('session cookie over HTTPS', () => {
  const ctx = useTestApp();
  let email: string;
  beforeAll(async () => {
    email = (await createUserWithSession(ctx.handle, 'viewer')).user.email;
  });

  const signInAt = (app: TestApp, origin: string) =>
    app.request(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ email, password: testPassword }),
    });

  it('auto mode: a Secure __Host- cookie when the request came over HTTPS', async () => {
    const response = await signInAt(ctx.app, 'https://tracker.example');
    expect(response.status).toBe(200);
    const header = response.headers.getSetCookie().join('\n');
    expect(header).toMatch(
      /^__Host-tracker_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    const cookie = sessionCookieFrom(response);
    expect((await sessionOf(ctx.app, cookie, 'https://tracker.example')).user?.email).toBe(email);
    // The unprefixed name is not read over HTTPS: a cookie planted by a sibling domain is ignored.
    const planted = `tracker_session=${tokenOf(cookie ?? '')}`;
    expect((await sessionOf(ctx.app, planted, 'https://tracker.example')).user).toBeNull();

    const logout = await ctx.app.request('https://tracker.example/api/auth/logout', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: 'https://tracker.example',
        Cookie: cookie ?? '',
      },
    });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie().join('\n')).toMatch(
      /^__Host-tracker_session=; Max-Age=0; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect((await sessionOf(ctx.app, cookie, 'https://tracker.example')).user).toBeNull();
  });

  it('auto mode behind a trusted proxy: X-Forwarded-Proto https gives the secure cookie', async () => {
    const app = createApp({ db: ctx.handle.db, auth: { trustProxy: true } });
    const response = await app.request('http://tracker.internal/api/auth/login', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: 'https://tracker.example',
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-Host': 'tracker.example',
      },
      body: JSON.stringify({ email, password: testPassword }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join('\n')).toMatch(
      /^__Host-tracker_session=.*; Secure;/,
    );
  });

  it('COOKIE_SECURE=true forces the secure cookie even over HTTP; false never sets it', async () => {
    const secure = createApp({ db: ctx.handle.db, auth: { cookieSecure: true } });
    const forced = await signInAt(secure, 'http://localhost');
    expect(forced.headers.getSetCookie().join('\n')).toMatch(
      /^__Host-tracker_session=.*; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    const plain = createApp({ db: ctx.handle.db, auth: { cookieSecure: false } });
    const relaxed = await signInAt(plain, 'https://tracker.example');
    expect(relaxed.headers.getSetCookie().join('\n')).toMatch(
      /^tracker_session=.*; Path=\/; HttpOnly; SameSite=Lax$/,
    );
  });
});
