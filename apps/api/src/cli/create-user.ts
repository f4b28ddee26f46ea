import { parseArgs } from 'node:util';
import { createDb, dbConfigFromEnv, migrateToLatest } from '@tracker/db';
import { createUserInputSchema, roles } from '@tracker/shared';
import { readEnv } from '../env';
import { AppError, issuesFromZod } from '../http/errors';
import { defaultAuthConfig } from '../modules/auth/auth-config';
import { createAuthService } from '../modules/auth/auth.service';
import { createUsersService } from '../modules/users/users.service';

// npm run user:create -- --email ada@example.org --role admin [--name "Ada Lovelace"]
// Asks for the password without echo on a terminal; reads the first line of stdin otherwise.

const usage = `Usage: npm run user:create -- --email <email> --role <${roles.join('|')}> [--name <name>]`;

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stdout.write(question);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let value = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stdout.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') {
          input.setRawMode(false);
          reject(new Error('Cancelled.'));
          return;
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    input.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const password = await promptHidden('Password (at least 12 characters): ');
    const again = await promptHidden('Repeat the password: ');
    if (password !== again) throw new Error('The two passwords differ.');
    return password;
  }
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.email || !values.role) {
    console.error(usage);
    return 2;
  }
  const password = await readPassword();
  const parsed = createUserInputSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email.split('@')[0],
    password,
  });
  if (!parsed.success) {
    for (const issue of issuesFromZod(parsed.error))
      console.error(`${issue.path}: ${issue.message}`);
    return 1;
  }

  const env = readEnv();
  const handle = await createDb(dbConfigFromEnv(env));
  try {
    await migrateToLatest(handle.db);
    const auth = createAuthService(handle.db, defaultAuthConfig);
    const user = await createUsersService(handle.db, auth).create(parsed.data, null);
    console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const details = error.issues?.map((issue) => `${issue.path}: ${issue.message}`) ?? [];
    console.error([error.message, ...details].join('\n'));
    return 1;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
