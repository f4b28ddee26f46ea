import { participationMatrixQuerySchema } from '@tracker/shared';
import { Hono } from 'hono';
import { validateQuery } from '../../http/validate';
import type { ParticipationMatrixService } from './participation-matrix.service';

export function participationMatrixRoutes(service: ParticipationMatrixService) {
  return new Hono().get('/', validateQuery(participationMatrixQuerySchema), async (c) =>
    c.json(await service.get(c.req.valid('query'))),
  );
}
