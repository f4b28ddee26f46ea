import { auditQuerySchema } from '@tracker/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env';
import { validateQuery } from '../../http/validate';
import { requireRole } from '../auth/require-role';
import type { AuditService } from './audit.service';

/** `GET /api/audit`: every change, filterable by user, action, entity and day (admins only). */
export function auditRoutes(service: AuditService) {
  return new Hono<AppEnv>().get(
    '/',
    requireRole('admin'),
    validateQuery(auditQuerySchema),
    async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await service.list(c.req.valid('query')));
    },
  );
}
