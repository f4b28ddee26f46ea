import { maxImportBytes } from '@tracker/shared';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../../http/app-env';
import { AppError } from '../../http/errors';
import type { AuthConfig } from '../auth/auth-config';
import { requireRole } from '../auth/require-role';
import { clientInfo } from '../auth/request-info';
import { templateCsv } from './import-file';
import type { ImportsService } from './imports.service';

const editors = requireRole('editor', 'admin');
const tooLarge = () =>
  new AppError(
    413,
    'payload_too_large',
    'The file is larger than 10 MB. Split it into smaller files.',
  );

/** The upload limit; the multipart envelope around the file gets a little room on top. */
const uploadLimit = bodyLimit({
  maxSize: maxImportBytes + 64 * 1024,
  onError: () => {
    throw tooLarge();
  },
});

/** The uploaded `file` (and, for apply, the dry run's `token`) from a multipart body. */
async function readUpload(c: Context<AppEnv>, needToken: boolean) {
  if (!c.req.header('content-type')?.toLowerCase().startsWith('multipart/form-data')) {
    throw new AppError(415, 'unsupported_media_type', 'Upload the file as multipart/form-data.');
  }
  let body: Record<string, string | File | (string | File)[]>;
  try {
    body = await c.req.parseBody();
  } catch {
    throw new AppError(
      400,
      'invalid_upload',
      'The upload could not be read. Choose the file again.',
    );
  }
  const file = body.file;
  if (!(file instanceof File)) {
    throw new AppError(422, 'validation_failed', 'Choose a CSV or XLSX file to upload.', [
      { path: 'file', message: 'Choose a CSV or XLSX file' },
    ]);
  }
  if (file.size > maxImportBytes) throw tooLarge();
  const token = body.token;
  if (needToken && (typeof token !== 'string' || !/^[0-9a-f]{64}$/.test(token))) {
    throw new AppError(422, 'validation_failed', 'Send the import token from the dry run.', [
      { path: 'token', message: 'must be the importToken of the dry run' },
    ]);
  }
  return {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name,
    token: typeof token === 'string' ? token : '',
  };
}

/** Bulk import: the template, the dry run and applying it (editors and admins). */
export function importsRoutes(service: ImportsService, config: AuthConfig) {
  return new Hono<AppEnv>()
    .get('/template.csv', (c) => {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="initiatives-import-template.csv"');
      return c.body(templateCsv());
    })
    .post('/dry-run', editors, uploadLimit, async (c) => {
      const upload = await readUpload(c, false);
      c.header('Cache-Control', 'no-store');
      return c.json(await service.dryRun(upload.bytes, upload.fileName));
    })
    .post('/apply', editors, uploadLimit, async (c) => {
      const upload = await readUpload(c, true);
      const user = c.var.user;
      if (!user) throw new AppError(401, 'unauthenticated', 'Sign in to do this.');
      // The client address goes on every audit row of the import, as on auth's own rows.
      const actor = { userId: user.id, ip: clientInfo(c, config).ip };
      c.header('Cache-Control', 'no-store');
      return c.json(await service.apply(upload.bytes, upload.fileName, upload.token, actor));
    });
}
