import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''], { error: 'must be true or false' })
  .default('false')
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** A PostgreSQL server; when unset the app runs on the embedded database in DATA_DIR. */
  DATABASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// connection URL' })
      .optional(),
  ),
  DATA_DIR: z.string().default('./data'),
  /** The built dashboard; defaults to apps/web/dist in this repository. */
  WEB_DIST: z.string().optional(),
  /** Seed the reference data on start when the database has no initiative yet. */
  SEED_ON_START: z
    .enum(['auto', 'always', 'never'])
    .default('auto')
    .describe('auto: embedded database only; always: also on a server; never'),
  /** auto: Secure + __Host- cookie when the request came over HTTPS; true/false force it. */
  COOKIE_SECURE: z
    .enum(['auto', 'true', 'false'], { error: 'must be auto, true or false' })
    .default('auto')
    .transform((value) => (value === 'auto' ? value : value === 'true')),
  /** true: every API read needs a signed-in user (viewer or above). */
  READ_REQUIRES_SIGN_IN: booleanFlag,
  /** true behind a reverse proxy: client address, scheme and host from X-Forwarded-* headers. */
  TRUST_PROXY: booleanFlag,
});

export type Env = z.infer<typeof envSchema> & { WEB_DIST: string };

/** Reads and validates the environment once, at start; a bad value stops the process with its name. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  return {
    ...result.data,
    WEB_DIST: result.data.WEB_DIST ?? path.resolve(import.meta.dirname, '../../web/dist'),
  };
}
