import { createUserInputSchema, updateUserInputSchema } from '@tracker/shared';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env';
import { validateJson, validateParams } from '../../http/validate';
import type { AuthConfig } from '../auth/auth-config';
import { requireRole } from '../auth/require-role';
import { clientInfo } from '../auth/request-info';
import type { UsersService } from './users.service';

const userIdParamsSchema = z.object({ id: z.uuid({ error: 'must be a user id (uuid)' }) });

/** User management: admins only, every change audited. */
export function usersRoutes(service: UsersService, config: AuthConfig) {
  const actor = (c: Context<AppEnv>) => ({ user: c.var.user, client: clientInfo(c, config) });
  return new Hono<AppEnv>()
    .use(requireRole('admin'), async (c, next) => {
      await next();
      // Personal data: never kept by a browser or proxy cache.
      c.header('Cache-Control', 'private, no-store');
    })
    .get('/', async (c) => c.json(await service.list()))
    .post('/', validateJson(createUserInputSchema), async (c) => {
      const user = await service.create(c.req.valid('json'), actor(c));
      return c.json(user, 201, { Location: `/api/users/${user.id}` });
    })
    .patch(
      '/:id',
      validateParams(userIdParamsSchema),
      validateJson(updateUserInputSchema),
      async (c) =>
        c.json(await service.update(c.req.valid('param').id, c.req.valid('json'), actor(c))),
    );
}
