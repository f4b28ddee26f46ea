import { Hono } from 'hono';
import { z } from 'zod';
import { validateParams } from '../../http/validate';
import type { MaterialsService } from './materials.service';

export const materialIdParamsSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a material id such as lithium'),
});

export function materialsRoutes(service: MaterialsService) {
  return new Hono()
    .get('/', async (c) => c.json(await service.list()))
    .get('/:id', validateParams(materialIdParamsSchema), async (c) =>
      c.json(await service.get(c.req.valid('param').id)),
    );
}
