import {
  adminInitiativesQuerySchema,
  initiativeInputSchema,
  revertInputSchema,
  type InitiativeDetail,
  type VersionConflict,
} from '@tracker/shared';
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../../http/app-env';
import { AppError, issuesFromZod } from '../../http/errors';
import { validateParams, validateQuery } from '../../http/validate';
import type { AuthConfig } from '../auth/auth-config';
import { requireRole } from '../auth/require-role';
import { clientInfo } from '../auth/request-info';
import {
  parseIfMatch,
  VersionConflictError,
  invalidInput,
  type Actor,
  type InitiativeWritesService,
} from './initiative-writes.service';
import { initiativeSlugParamsSchema } from './initiatives.routes';

const editors = requireRole('editor', 'admin');

/** The JSON body parsed with a shared schema: 400 for malformed JSON, 422 naming each bad field. */
async function parseBody<T extends z.ZodType>(c: Context<AppEnv>, schema: T): Promise<z.output<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const result = schema.safeParse(body);
  if (!result.success) throw invalidInput(issuesFromZod(result.error));
  return result.data;
}

/** The signed-in writer and the client address the audit row keeps (as auth's own rows do). */
function actorOf(c: Context<AppEnv>, config: AuthConfig): Actor {
  const user = c.var.user;
  // requireRole ran first; this only narrows the type.
  if (!user) throw new AppError(401, 'unauthenticated', 'Sign in to do this.');
  return { userId: user.id, ip: clientInfo(c, config).ip };
}

/** The record with its version as the ETag; a 412 carries the current record the same way. */
async function respond(
  c: Context<AppEnv>,
  write: () => Promise<InitiativeDetail>,
  status: 200 | 201 = 200,
) {
  try {
    const detail = await write();
    c.header('ETag', `"${detail.version}"`);
    c.header('Cache-Control', 'no-store');
    if (status === 201) c.header('Location', `/api/initiatives/${detail.slug}`);
    return c.json(detail, status);
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    c.header('ETag', `"${error.current.version}"`);
    const body: VersionConflict = {
      error: { code: 'version_conflict', message: error.message },
      currentVersion: error.current.version,
      current: error.current,
    };
    return c.json(body, 412);
  }
}

/** Writes on /api/initiatives: editors and admins, one transaction and one audit row each. */
export function initiativeWritesRoutes(service: InitiativeWritesService, config: AuthConfig) {
  const actor = (c: Context<AppEnv>) => actorOf(c, config);
  return new Hono<AppEnv>()
    .post('/', editors, async (c) => {
      const input = await parseBody(c, initiativeInputSchema);
      return respond(c, () => service.create(input, actor(c)), 201);
    })
    .put('/:slug', editors, validateParams(initiativeSlugParamsSchema), async (c) => {
      const version = parseIfMatch(c.req.header('If-Match'));
      const input = await parseBody(c, initiativeInputSchema);
      return respond(c, () => service.replace(c.req.valid('param').slug, version, input, actor(c)));
    })
    .post('/:slug/publish', editors, validateParams(initiativeSlugParamsSchema), (c) => {
      const version = parseIfMatch(c.req.header('If-Match'));
      return respond(c, () => service.publish(c.req.valid('param').slug, version, actor(c)));
    })
    .post('/:slug/archive', editors, validateParams(initiativeSlugParamsSchema), (c) => {
      const version = parseIfMatch(c.req.header('If-Match'));
      return respond(c, () => service.archive(c.req.valid('param').slug, version, actor(c)));
    })
    .post('/:slug/restore', editors, validateParams(initiativeSlugParamsSchema), (c) => {
      const version = parseIfMatch(c.req.header('If-Match'));
      return respond(c, () => service.restore(c.req.valid('param').slug, version, actor(c)));
    })
    .get('/:slug/history', editors, validateParams(initiativeSlugParamsSchema), async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await service.history(c.req.valid('param').slug));
    })
    .post('/:slug/revert', editors, validateParams(initiativeSlugParamsSchema), async (c) => {
      const version = parseIfMatch(c.req.header('If-Match'));
      const { version: target } = await parseBody(c, revertInputSchema);
      return respond(c, () => service.revert(c.req.valid('param').slug, version, target, actor(c)));
    });
}

/** `GET /api/admin/initiatives`: every record for the admin area, drafts and archived included. */
export function adminInitiativesRoutes(service: InitiativeWritesService) {
  return new Hono<AppEnv>().get(
    '/',
    editors,
    validateQuery(adminInitiativesQuerySchema),
    async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await service.listAdmin(c.req.valid('query')));
    },
  );
}
