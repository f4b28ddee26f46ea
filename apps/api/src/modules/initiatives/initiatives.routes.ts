import { listInitiativesQuerySchema } from '@tracker/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/app-env';
import { validateParams, validateQuery } from '../../http/validate';
import { canSeeUnpublished, type InitiativesService } from './initiatives.service';

export const initiativeSlugParamsSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an initiative slug such as nato-mmf'),
});

export function initiativesRoutes(service: InitiativesService) {
  return new Hono<AppEnv>()
    .get('/', validateQuery(listInitiativesQuerySchema), async (c) =>
      c.json(await service.list(c.req.valid('query'))),
    )
    .get('/:slug', validateParams(initiativeSlugParamsSchema), async (c) => {
      const detail = await service.getBySlug(c.req.valid('param').slug, c.var.user ?? null);
      // The version is the ETag a later write sends back as If-Match.
      c.header('ETag', `"${detail.version}"`);
      // Drafts, archived records and editors' answers (which name who saved each status change)
      // are per-user: never kept by a shared cache.
      if (detail.visibility === 'draft' || detail.archivedAt || canSeeUnpublished(c.var.user))
        c.header('Cache-Control', 'private, no-store');
      return c.json(detail);
    });
}
