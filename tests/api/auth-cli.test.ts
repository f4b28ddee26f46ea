import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '@tracker/api';
import { createDb, type DbHandle } from '@tracker/db';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { signIn } from '../fixtures/auth';
import { adminQuery, quoteIdent, uniqueName, withDatabase } from '../fixtures/postgres-admin';
import { backend, describeDb } from '../fixtures/test-db';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run user:create -- …`'s script the way npm does, with the password on stdin. */
function createUserCli(
  args: string[],
  stdin: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'apps/api/src/cli/create-user.ts', ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, ...env },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
    child.stdin.end(stdin);
  });
}

// Each run starts a Node process and opens the database from disk: seconds each on a busy machine.
const cliTimeout = 120_000;

describeDb('npm run user:create', () => {
  /** Where the CLI writes: its own PGlite directory, or its own database on the server. */
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  const open = (): Promise<DbHandle> =>
    env.DATABASE_URL
      ? createDb({ kind: 'postgres', connectionString: env.DATABASE_URL, maxConnections: 2 })
      : createDb({ kind: 'pglite', dataDir: env.DATA_DIR ?? '' });

  beforeAll(async () => {
    if (backend === 'postgres') {
      const adminUrl = inject('postgresAdminUrl');
      const name = uniqueName('tracker_cli');
      await adminQuery(adminUrl, [`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0`]);
      env = { DATABASE_URL: withDatabase(adminUrl, name) };
      cleanup = () =>
        adminQuery(adminUrl, [`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`]);
    } else {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'tracker-cli-'));
      env = { DATA_DIR: dataDir, DATABASE_URL: '' };
      cleanup = () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true }));
    }
  });
  afterAll(() => cleanup());

  it(
    'creates an admin on a fresh database (migrating it first), with the password from stdin',
    async () => {
      const password = 'violet anchor meadow sixteen';
      const result = await createUserCli(
        ['--email', 'First.Admin@Example.org', '--role', 'admin', '--name', 'First Admin'],
        `${password}\n`,
        env,
      );
      expect(result.output).toMatch(
        /Created admin first\.admin@example\.org \(id [0-9a-f-]{36}\)\./,
      );
      expect(result.code).toBe(0);
      expect(result.output).not.toContain(password);

      const handle = await open();
      try {
        const user = await handle.db
          .selectFrom('users')
          .select(['id', 'role', 'name', 'password_hash'])
          .where('email', '=', 'first.admin@example.org')
          .executeTakeFirstOrThrow();
        expect(user).toMatchObject({ role: 'admin', name: 'First Admin' });
        expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
        const audit = await handle.db
          .selectFrom('audit_log')
          .select(['action', 'user_id', 'note'])
          .where('entity_id', '=', user.id)
          .execute();
        expect(audit).toEqual([
          { action: 'user.created', user_id: null, note: 'created from the command line' },
        ]);
        const app = createApp({ db: handle.db });
        const { response } = await signIn(app, 'first.admin@example.org', password);
        expect(response.status).toBe(200);
      } finally {
        await handle.close();
      }
    },
    cliTimeout,
  );

  it(
    'refuses a short password, a common one and a taken email, creating nobody',
    async () => {
      const short = await createUserCli(
        ['--email', 'a@example.org', '--role', 'editor'],
        'too short\n',
        env,
      );
      expect(short.code).toBe(1);
      expect(short.output).toContain('password: Use at least 12 characters');

      const common = await createUserCli(
        ['--email', 'b@example.org', '--role', 'editor'],
        'qwerty123456\n',
        env,
      );
      expect(common.code).toBe(1);
      expect(common.output).toContain('too common');

      const taken = await createUserCli(
        ['--email', 'first.admin@example.org', '--role', 'viewer'],
        'another fine passphrase\n',
        env,
      );
      expect(taken.code).toBe(1);
      expect(taken.output).toContain('already exists');

      const usage = await createUserCli(['--email', 'c@example.org'], '', env);
      expect(usage.code).toBe(2);
      expect(usage.output).toContain('Usage: npm run user:create');

      const handle = await open();
      try {
        const emails = await handle.db.selectFrom('users').select('email').execute();
        expect(emails.map((row) => row.email)).toEqual(['first.admin@example.org']);
      } finally {
        await handle.close();
      }
    },
    cliTimeout,
  );
});
