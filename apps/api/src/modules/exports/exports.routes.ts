import { listInitiativesQuerySchema } from '@tracker/shared';
import { Hono } from 'hono';
import { validateQuery } from '../../http/validate';
import type { ExportFile, ExportsService } from './exports.service';

/** A download: the file's type, a dated file name, and no caching of data that changes. */
const downloadHeaders = (file: ExportFile) => ({
  'Content-Type': file.mediaType,
  'Content-Disposition': `attachment; filename="${file.fileName}"`,
  'Cache-Control': 'no-store',
});

/**
 * The initiatives list as a file. The query string is the list's own (a copied list URL works);
 * page and pageSize are validated like the list's and ignored: an export holds every page.
 */
export function exportsRoutes(service: ExportsService) {
  return new Hono()
    .get('/initiatives.csv', validateQuery(listInitiativesQuerySchema), async (c) => {
      const file = await service.initiatives(
        c.req.valid('query'),
        'csv',
        new URL(c.req.url).origin,
      );
      return c.body(file.body, 200, downloadHeaders(file));
    })
    .get('/initiatives.xlsx', validateQuery(listInitiativesQuerySchema), async (c) => {
      const file = await service.initiatives(
        c.req.valid('query'),
        'xlsx',
        new URL(c.req.url).origin,
      );
      return c.body(file.body, 200, downloadHeaders(file));
    });
}
