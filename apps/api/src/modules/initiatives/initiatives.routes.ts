import { listInitiativesQuerySchema } from '@tracker/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { validateParams, validateQuery } from '../../http/validate';
import type { InitiativesService } from './initiatives.service';

export const initiativeSlugParamsSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an initiative slug such as nato-mmf'),
});

export function initiativesRoutes(service: InitiativesService) {
  return new Hono()
    .get('/', validateQuery(listInitiativesQuerySchema), async (c) =>
      c.json(await service.list(c.req.valid('query'))),
    )
    .get('/:slug', validateParams(initiativeSlugParamsSchema), async (c) =>
      c.json(await service.getBySlug(c.req.valid('param').slug)),
    );
}
