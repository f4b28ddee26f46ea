import {
  countryStatsQuerySchema,
  gapsQuerySchema,
  statsQuerySchema,
  timelineQuerySchema,
} from '@tracker/shared';
import { Hono } from 'hono';
import { sendJsonText } from '../../http/json-text';
import { validateQuery } from '../../http/validate';
import type { StatsService } from './stats.service';

/** Coverage statistics: every endpoint takes the list's filter model (with "as of"). */
export function statsRoutes(service: StatsService) {
  return new Hono()
    .get('/materials', validateQuery(statsQuerySchema), async (c) =>
      c.json(await service.materials(c.req.valid('query'))),
    )
    .get('/country-material', validateQuery(statsQuerySchema), async (c) =>
      sendJsonText(c, await service.countryMaterial(c.req.valid('query'))),
    )
    .get('/timeline', validateQuery(timelineQuerySchema), async (c) =>
      c.json(await service.timeline(c.req.valid('query'))),
    )
    .get('/gaps', validateQuery(gapsQuerySchema), async (c) =>
      c.json(await service.gaps(c.req.valid('query'))),
    )
    .get('/countries', validateQuery(countryStatsQuerySchema), async (c) =>
      c.json(await service.countries(c.req.valid('query'))),
    );
}
