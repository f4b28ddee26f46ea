import { Hono } from 'hono';
import type { HealthService } from './health.service';

export function healthRoutes(service: HealthService) {
  return new Hono()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      try {
        await service.checkDatabase();
        return c.json({ status: 'ready', database: 'ok' });
      } catch {
        return c.json({ status: 'unavailable', database: 'unreachable' }, 503);
      }
    });
}
