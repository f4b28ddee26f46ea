import { participationMatrixQuerySchema } from '@tracker/shared';
import { Hono } from 'hono';
import { validateQuery } from '../../http/validate';
import { toCsv, toXlsx } from '../exports/tabular-export';
import type { ParticipationMatrixService } from './participation-matrix.service';

const fileName = (generatedAt: Date, extension: string) =>
  `participation-matrix-${generatedAt.toISOString().slice(0, 10)}.${extension}`;

/** Full paths: mounted at the API root beside the other exports under /exports. */
export function participationMatrixExportRoutes(service: ParticipationMatrixService) {
  return new Hono()
    .get(
      '/exports/participation-matrix.csv',
      validateQuery(participationMatrixQuerySchema),
      async (c) => {
        const { table, meta } = await service.exportTable(c.req.valid('query'));
        return c.body(toCsv(table, meta), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${fileName(meta.generatedAt, 'csv')}"`,
        });
      },
    )
    .get(
      '/exports/participation-matrix.xlsx',
      validateQuery(participationMatrixQuerySchema),
      async (c) => {
        const { table, meta } = await service.exportTable(c.req.valid('query'));
        const body = await toXlsx(table, meta);
        return c.body(new Uint8Array(body), 200, {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="${fileName(meta.generatedAt, 'xlsx')}"`,
        });
      },
    );
}
