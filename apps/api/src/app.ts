import type { Database } from '@tracker/db';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Kysely } from 'kysely';
import type { AppEnv } from './http/app-env';
import { AppError, errorBody, renderError } from './http/errors';
import { defaultAuthConfig, type AuthConfig } from './modules/auth/auth-config';
import {
  csrfMiddleware,
  readGateMiddleware,
  sessionMiddleware,
} from './modules/auth/auth.middleware';
import { authRoutes } from './modules/auth/auth.routes';
import { createAuthService } from './modules/auth/auth.service';
import { usersRoutes } from './modules/users/users.routes';
import { createUsersService } from './modules/users/users.service';
import { countriesRoutes } from './modules/countries/countries.routes';
import { createCountriesService } from './modules/countries/countries.service';
import { exportsRoutes } from './modules/exports/exports.routes';
import { createExportsService } from './modules/exports/exports.service';
import { filterOptionsRoutes } from './modules/filter-options/filter-options.routes';
import { createFilterOptionsService } from './modules/filter-options/filter-options.service';
import { feedRoutes } from './modules/feed/feed.routes';
import { createFeedService } from './modules/feed/feed.service';
import { healthRoutes } from './modules/health/health.routes';
import { createHealthService } from './modules/health/health.service';
import { auditRoutes } from './modules/audit/audit.routes';
import { createAuditService } from './modules/audit/audit.service';
import {
  adminInitiativesRoutes,
  initiativeWritesRoutes,
} from './modules/initiatives/initiative-writes.routes';
import { createInitiativeWritesService } from './modules/initiatives/initiative-writes.service';
import { initiativesRoutes } from './modules/initiatives/initiatives.routes';
import { importsRoutes } from './modules/imports/imports.routes';
import { createImportsService } from './modules/imports/imports.service';
import { createInitiativesService } from './modules/initiatives/initiatives.service';
import { materialsRoutes } from './modules/materials/materials.routes';
import { createMaterialsService } from './modules/materials/materials.service';
import { participationMatrixExportRoutes } from './modules/participation-matrix/participation-matrix-export.routes';
import { participationMatrixRoutes } from './modules/participation-matrix/participation-matrix.routes';
import { createParticipationMatrixService } from './modules/participation-matrix/participation-matrix.service';
import { statsRoutes } from './modules/stats/stats.routes';
import { createStatsService } from './modules/stats/stats.service';
import { buildOpenApiDocument } from './openapi';

export interface AppDeps {
  db: Kysely<Database>;
  /** Where unexpected errors go; never to the client. Defaults to console.error. */
  logError?: (error: unknown) => void;
  /** Serves the built dashboard for every non-API path (the entry file passes the static handler). */
  web?: Hono;
  /** Cookie secure mode, read-requires-sign-in, proxy trust, clock; defaults in auth-config.ts. */
  auth?: Partial<AuthConfig>;
}

/** Where multipart bodies are accepted (file uploads); everywhere else unsafe methods need JSON. */
const multipartPaths = ['/api/imports/'];

const jsonBodyLimit = bodyLimit({
  maxSize: 1024 * 1024,
  onError: () => {
    throw new AppError(413, 'payload_too_large', 'The request body is larger than 1 MB.');
  },
});

/** Builds the HTTP app: no listening, no environment, no globals (tests call app.request()). */
export function createApp({ db, logError = console.error, web, auth = {} }: AppDeps) {
  const authConfig: AuthConfig = { ...defaultAuthConfig, ...auth };
  const authService = createAuthService(db, authConfig);
  const matrixService = createParticipationMatrixService(db);
  const writesService = createInitiativeWritesService(db);
  // Built once: converting every schema to JSON Schema on each request would be wasted work.
  const openApiDocument = buildOpenApiDocument();
  const api = new Hono<AppEnv>()
    .route('/auth', authRoutes(authService, authConfig))
    .route('/users', usersRoutes(createUsersService(db, authService), authConfig))
    .route('/initiatives', initiativesRoutes(createInitiativesService(db)))
    .route('/initiatives', initiativeWritesRoutes(writesService, authConfig))
    .route('/admin/initiatives', adminInitiativesRoutes(writesService))
    .route('/audit', auditRoutes(createAuditService(db)))
    .route('/imports', importsRoutes(createImportsService(db), authConfig))
    .route('/countries', countriesRoutes(createCountriesService(db)))
    .route('/materials', materialsRoutes(createMaterialsService(db)))
    .route('/exports', exportsRoutes(createExportsService(db)))
    .route('/feed.atom', feedRoutes(createFeedService(db)))
    .route('/filter-options', filterOptionsRoutes(createFilterOptionsService(db), authConfig))
    .route('/participation-matrix', participationMatrixRoutes(matrixService))
    .route('/stats', statsRoutes(createStatsService(db, logError)))
    .route('/', participationMatrixExportRoutes(matrixService))
    .get('/openapi.json', (c) => c.json(openApiDocument));

  const app = new Hono<AppEnv>()
    .use(requestId())
    // gzip for clients that ask (browsers do): a broad coverage matrix is ~360 KB of JSON and
    // 12 KB compressed, the dashboard's first load ~530 KB of scripts and ~185 KB compressed.
    .use(compress())
    .use(
      secureHeaders({
        // Everything the dashboard needs comes from its own origin: no CDN, no third party.
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
        referrerPolicy: 'strict-origin-when-cross-origin',
        // The dashboard uses none of these; a compromised script cannot either.
        permissionsPolicy: {
          camera: [],
          microphone: [],
          geolocation: [],
          payment: [],
          usb: [],
        },
      }),
    )
    // Uploads have their own 10 MB limit (imports.routes.ts); every other body stays small.
    .use('/api/*', except('/api/imports/*', jsonBodyLimit))
    // CSRF before the session: a forged request is refused before any lookup.
    .use('/api/*', csrfMiddleware(authConfig, multipartPaths))
    .use('/api/*', sessionMiddleware(authService, authConfig))
    .use('/api/*', readGateMiddleware(authConfig))
    .route('/', healthRoutes(createHealthService(db)))
    .route('/api', api)
    .all('/api/*', () => {
      throw new AppError(404, 'not_found', 'No such API endpoint.');
    });

  if (web) app.route('/', web);

  app.notFound((c) => c.json(errorBody('not_found', 'Not found.'), 404));
  app.onError((error, c) => renderError(error, c, logError));
  return app;
}

export type App = ReturnType<typeof createApp>;

// For the user:create CLI's siblings and the test fixtures: the one hashing and token rule.
export { hashPassword } from './modules/auth/password';
export { hashSessionToken, newSessionToken } from './modules/auth/session-token';
export { sessionCookieName } from './modules/auth/session-cookie';
export type { AuthConfig } from './modules/auth/auth-config';
export type { AppEnv } from './http/app-env';

// For the statistics tests and benchmark: the summaries' refresh and the SQL of one aggregate.
export {
  getCountryMaterialMatrix,
  getCountryStats,
  getCoverageGaps,
  getMaterialCoverage,
  getTimeline,
  refreshStatsSummaries,
} from './modules/stats/stats.repository';
export { textBitmapMaxMatches } from './modules/stats/stats-bitmaps.config';
export { indexedSearch } from './modules/stats/stats-bitmaps.repository';

// For the write tests: how a constraint violation from either driver becomes a 4xx.
export { mapConstraintError } from './modules/initiatives/initiative-writes.service';
