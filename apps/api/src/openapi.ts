import {
  apiErrorSchema,
  countryDetailSchema,
  countryListSchema,
  countryProfileSchema,
  initiativeDetailSchema,
  initiativeListSchema,
  listInitiativesQuerySchema,
  materialDetailSchema,
  materialListSchema,
  participationMatrixSchema,
  filterOptionsSchema,
  changePasswordInputSchema,
  createUserInputSchema,
  loginInputSchema,
  sessionSchema,
  updateUserInputSchema,
  userListSchema,
  userSchema,
  adminInitiativeListSchema,
  adminInitiativesQuerySchema,
  auditListSchema,
  auditQuerySchema,
  importApplyResultSchema,
  importColumns,
  importReportSchema,
  initiativeHistorySchema,
  initiativeInputSchema,
  initiativeWriteResultSchema,
  revertInputSchema,
  versionConflictSchema,
  countryMaterialMatrixSchema,
  countryStatsQuerySchema,
  countryStatsSchema,
  coverageGapsSchema,
  gapsQuerySchema,
  materialCoverageSchema,
  statsQuerySchema,
  timelineQuerySchema,
  timelineSchema,
} from '@tracker/shared';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const component = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });

/** A request body's schema: what the client may send (defaults and transforms not yet applied). */
const inputComponent = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const jsonResponse = (description: string, schemaName: string) => ({
  description,
  content: { 'application/json': { schema: ref(schemaName) } },
});

const errorResponses = {
  '400': jsonResponse('A parameter is invalid; `error.issues` names each one.', 'ApiError'),
  '404': jsonResponse('No such record.', 'ApiError'),
};

const jsonBody = (schemaName: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(schemaName) } },
});

/** Every unsafe method passes the CSRF check before anything else. */
const sameOriginNote =
  'Unsafe methods need `Content-Type: application/json` and a same-origin `Origin` header (or `Sec-Fetch-Site: same-origin`).';
const csrfResponses = {
  '403': jsonResponse(
    'csrf_rejected: foreign or missing Origin; forbidden: the role does not allow this',
    'ApiError',
  ),
  '415': jsonResponse('unsupported_media_type: the body is not application/json', 'ApiError'),
};
const authResponses = {
  '401': jsonResponse('unauthenticated: sign in first', 'ApiError'),
  '403': jsonResponse('forbidden: an admin role is needed', 'ApiError'),
};

/** Query parameters of the list, read from the shared filter schema so the two cannot drift. */
function listQueryParameters() {
  const input = z.toJSONSchema(listInitiativesQuerySchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as {
    properties: Record<string, JsonSchema>;
  };
  return Object.entries(input.properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema,
    ...(['country', 'material', 'status', 'kind'].includes(name) ? { explode: true } : {}),
  }));
}

/** The matrix and its exports take the list's filters, without sort and pages. */
const filterQueryParameters = () =>
  listQueryParameters().filter((p) => !['sort', 'page', 'pageSize'].includes(p.name));

const exportResponses = (mediaType: string) => ({
  '200': {
    description:
      'The matrix: a row per country, a column per initiative, the role in each cell, totals; with the filters, generation time and data version (CSV header lines starting with #, XLSX second sheet)',
    content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } },
  },
  '400': errorResponses['400'],
});

const initiativesExportResponses = (mediaType: string) => ({
  '200': {
    description:
      'Every initiative the list shows for these parameters, in its order, all pages (page and pageSize are accepted and ignored). Header section (CSV: lines starting with #; XLSX: sheet "About this export"): the filters in words, generation time, data version (latest change). Sent with Content-Disposition: attachment; filename="initiatives-YYYYMMDD-HHmm.<ext>" (UTC).',
    content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } },
  },
  '400': errorResponses['400'],
  '422': jsonResponse(
    'More than 50,000 initiatives match (error code too_many_rows): narrow the filters.',
    'ApiError',
  ),
});

const pathParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

/** Query parameters read from a shared zod schema, so the description cannot drift from it. */
function queryParameters(schema: z.ZodType) {
  const input = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, JsonSchema>;
  };
  return Object.entries(input.properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: false,
    schema: property,
  }));
}

const slugParameter = pathParameter('slug', 'e.g. nato-mmf');
const ifMatchParameter = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description: 'The version the change is based on, as the ETag of the record: "4"',
  schema: { type: 'string' },
};

/** Every write: editors and admins, one transaction, an audit row, the new version as ETag. */
const writeResponses = (success: string) => ({
  '200': jsonResponse(`${success}; the ETag header is the new version`, 'InitiativeWriteResult'),
  '400': jsonResponse('invalid_json, or an If-Match that is not a version tag', 'ApiError'),
  '401': jsonResponse('unauthenticated: sign in first', 'ApiError'),
  '403': jsonResponse(
    'forbidden: an editor or admin role is needed; csrf_rejected: foreign or missing Origin',
    'ApiError',
  ),
  '404': errorResponses['404'],
  '412': jsonResponse(
    'version_conflict: the record changed since that version; the body carries the current record and the ETag header its version',
    'VersionConflict',
  ),
  '415': csrfResponses['415'],
  '422': jsonResponse(
    'validation_failed: `error.issues` names each field (e.g. participants.2.countryCode)',
    'ApiError',
  ),
  '428': jsonResponse('precondition_required: If-Match is missing', 'ApiError'),
});

const editorResponses = {
  '401': jsonResponse('unauthenticated: sign in first', 'ApiError'),
  '403': jsonResponse('forbidden: an editor or admin role is needed', 'ApiError'),
};

const uploadBody = (withToken: boolean) => ({
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: withToken ? ['file', 'token'] : ['file'],
        properties: {
          file: {
            type: 'string',
            format: 'binary',
            description: 'CSV (UTF-8) or XLSX, at most 10 MB, columns as in the template',
          },
          ...(withToken
            ? { token: { type: 'string', description: 'importToken of the dry run report' } }
            : {}),
        },
      },
    },
  },
});

const importErrorResponses = {
  ...editorResponses,
  '413': jsonResponse('payload_too_large: over 10 MB; too_many_rows: over 2000 rows', 'ApiError'),
  '415': jsonResponse(
    'unsupported_encoding: not UTF-8; unsupported_file: neither CSV nor XLSX; or not multipart',
    'ApiError',
  ),
  '422': jsonResponse(
    'invalid_header (issues name the columns), formula_in_file (XLSX formulas), empty_file, validation_failed (no file)',
    'ApiError',
  ),
};

/** The OpenAPI 3.1 description of the API, built from the same zod schemas that validate it. */
export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Defence Supply-Chain Initiative Tracker API',
      version: '0.1.0',
      description:
        'Multinational defence supply-chain initiatives, the countries taking part, the critical materials they cover and the sources behind every record. Errors share one shape: `{ error: { code, message, issues? } }`.',
    },
    paths: {
      '/api/initiatives': {
        get: {
          summary: 'List initiatives (filtered, sorted, paginated); published, not archived',
          parameters: listQueryParameters(),
          responses: {
            '200': jsonResponse('One page of initiatives', 'InitiativeList'),
            '400': errorResponses['400'],
          },
        },
        post: {
          summary:
            'Create an initiative as a draft (editor); slug from the title; 201 with ETag "1" and Location',
          description: sameOriginNote,
          requestBody: jsonBody('InitiativeInput'),
          responses: {
            ...writeResponses('The new draft'),
            '201': jsonResponse('The new draft', 'InitiativeWriteResult'),
          },
        },
      },
      '/api/initiatives/{slug}': {
        get: {
          summary:
            'One initiative with participants, materials, sources, related initiatives and milestones; the ETag header is its version. Drafts and archived records: editors and admins only (404 for others)',
          parameters: [pathParameter('slug', 'e.g. nato-hvp-dcrm-2025')],
          responses: {
            '200': jsonResponse('The initiative', 'InitiativeDetail'),
            ...errorResponses,
          },
        },
        put: {
          summary:
            'Replace an initiative with its participants, materials, sources, related links and milestones (editor); one transaction, audited',
          description: sameOriginNote,
          parameters: [slugParameter, ifMatchParameter],
          requestBody: jsonBody('InitiativeInput'),
          responses: writeResponses('The initiative after the change'),
        },
      },
      '/api/initiatives/{slug}/publish': {
        post: {
          summary: 'Publish a draft (editor); needs at least one source (422 source_required)',
          description: sameOriginNote,
          parameters: [slugParameter, ifMatchParameter],
          responses: {
            ...writeResponses('The published initiative'),
            '409': jsonResponse('already_published', 'ApiError'),
          },
        },
      },
      '/api/initiatives/{slug}/archive': {
        post: {
          summary:
            'Archive (soft-delete) an initiative (editor): hidden from every public view, never deleted',
          description: sameOriginNote,
          parameters: [slugParameter, ifMatchParameter],
          responses: {
            ...writeResponses('The archived initiative'),
            '409': jsonResponse('already_archived', 'ApiError'),
          },
        },
      },
      '/api/initiatives/{slug}/restore': {
        post: {
          summary: 'Restore an archived initiative (editor)',
          description: sameOriginNote,
          parameters: [slugParameter, ifMatchParameter],
          responses: {
            ...writeResponses('The restored initiative'),
            '409': jsonResponse('not_archived', 'ApiError'),
          },
        },
      },
      '/api/initiatives/{slug}/history': {
        get: {
          summary:
            'Every audited version of an initiative, newest first, with the fields each changed (editor)',
          parameters: [slugParameter],
          responses: {
            '200': jsonResponse('The history', 'InitiativeHistory'),
            ...editorResponses,
            '404': errorResponses['404'],
          },
        },
      },
      '/api/initiatives/{slug}/revert': {
        post: {
          summary:
            "Write an earlier version's content as a new version (editor); visibility and archive state stay; audited as initiative.revert",
          description: sameOriginNote,
          parameters: [slugParameter, ifMatchParameter],
          requestBody: jsonBody('RevertInput'),
          responses: writeResponses('The initiative after the revert'),
        },
      },
      '/api/admin/initiatives': {
        get: {
          summary: 'Every initiative for the admin area, drafts and archived included (editor)',
          parameters: queryParameters(adminInitiativesQuerySchema),
          responses: {
            '200': jsonResponse('One page, most recently changed first', 'AdminInitiativeList'),
            '400': errorResponses['400'],
            ...editorResponses,
          },
        },
      },
      '/api/audit': {
        get: {
          summary:
            'The audit log, newest first, filtered by user, action, entity, record, import and day (admin)',
          parameters: queryParameters(auditQuerySchema),
          responses: {
            '200': jsonResponse('One page of entries', 'AuditList'),
            '400': errorResponses['400'],
            ...authResponses,
          },
        },
      },
      '/api/imports/template.csv': {
        get: {
          summary: `The import template: a header row with the columns ${importColumns.map((c) => c.name).join(', ')}. Lists inside a cell are separated by ;. Required: ${importColumns
            .filter((c) => c.required)
            .map((c) => c.name)
            .join(', ')}.`,
          description: importColumns
            .map((c) => `- \`${c.name}\`${c.required ? ' (required)' : ''}: ${c.description}`)
            .join('\n'),
          responses: {
            '200': {
              description: 'The template',
              content: { 'text/csv': { schema: { type: 'string' } } },
            },
          },
        },
      },
      '/api/imports/dry-run': {
        post: {
          summary:
            'Check an import file without writing (editor): per row create/update/skip and every problem, plus the token to apply it',
          description: `${sameOriginNote} Uploads use multipart/form-data.`,
          requestBody: uploadBody(false),
          responses: {
            '200': jsonResponse('The report', 'ImportReport'),
            ...importErrorResponses,
          },
        },
      },
      '/api/imports/apply': {
        post: {
          summary:
            'Apply exactly what the dry run reported, in one transaction (editor); rows with problems are skipped; one audit row per record plus one for the import',
          description: `${sameOriginNote} Uploads use multipart/form-data.`,
          requestBody: uploadBody(true),
          responses: {
            '200': jsonResponse('What was written', 'ImportApplyResult'),
            '409': jsonResponse(
              'import_changed: the file or the data changed since the dry run',
              'ApiError',
            ),
            ...importErrorResponses,
          },
        },
      },
      '/api/countries': {
        get: {
          summary: 'All countries',
          responses: { '200': jsonResponse('Countries', 'CountryList') },
        },
      },
      '/api/countries/{code}': {
        get: {
          summary: 'One country with its initiatives and sources',
          parameters: [pathParameter('code', 'ISO 3166-1 alpha-2, e.g. TR')],
          responses: { '200': jsonResponse('The country', 'CountryDetail'), ...errorResponses },
        },
      },
      '/api/countries/{code}/profile': {
        get: {
          summary:
            'A country profile: memberships, initiatives, materials covered, top partners, joinings timeline, sources',
          parameters: [
            pathParameter('code', 'ISO 3166-1 alpha-2, e.g. PL'),
            {
              name: 'asOf',
              in: 'query',
              required: false,
              description: 'Only participations in force on this day (YYYY-MM-DD)',
              schema: { type: 'string', format: 'date' },
            },
          ],
          responses: { '200': jsonResponse('The profile', 'CountryProfile'), ...errorResponses },
        },
      },
      '/api/participation-matrix': {
        get: {
          summary: 'Countries × initiatives for the same filters as the list',
          parameters: filterQueryParameters(),
          responses: {
            '200': jsonResponse('The matrix', 'ParticipationMatrix'),
            '400': errorResponses['400'],
          },
        },
      },
      '/api/stats/materials': {
        get: {
          summary:
            'Per material (a criticality list’s, else all; uncovered ones as zeros): matched initiatives, countries and Allies covered, by activity and by status. Same filters as the list, with asOf',
          parameters: queryParameters(statsQuerySchema),
          responses: {
            '200': jsonResponse('Coverage per material', 'MaterialCoverage'),
            '400': errorResponses['400'],
          },
        },
      },
      '/api/stats/country-material': {
        get: {
          summary:
            'Every country × every material in scope: for each covered pair, the initiatives (the 5 latest, and how many) with the country’s role, and their activities',
          parameters: queryParameters(statsQuerySchema),
          responses: {
            '200': jsonResponse('The grid', 'CountryMaterialMatrix'),
            '400': errorResponses['400'],
          },
        },
      },
      '/api/stats/timeline': {
        get: {
          summary:
            'Initiatives signed (else announced) and dated joinings per quarter or year, by kind; at most 600 buckets; undated ones counted apart',
          parameters: queryParameters(timelineQuerySchema),
          responses: {
            '200': jsonResponse('The timeline', 'Timeline'),
            '400': errorResponses['400'],
          },
        },
      },
      '/api/stats/gaps': {
        get: {
          summary:
            'For a criticality list: per listed material the countries in scope (Allies, or all) with no covering initiative, per country the listed materials it has none for',
          parameters: queryParameters(gapsQuerySchema),
          responses: {
            '200': jsonResponse('The gaps', 'CoverageGaps'),
            '400': errorResponses['400'],
          },
        },
      },
      '/api/stats/countries': {
        get: {
          summary:
            'Per country (all, zeros included; with the ISO numeric code for world-atlas maps): matched initiatives, the materials they cover, the ones it leads',
          parameters: queryParameters(countryStatsQuerySchema),
          responses: {
            '200': jsonResponse('Participation per country', 'CountryStats'),
            '400': errorResponses['400'],
          },
        },
      },
      '/api/exports/participation-matrix.csv': {
        get: {
          summary: 'The participation matrix as CSV',
          parameters: filterQueryParameters(),
          responses: exportResponses('text/csv'),
        },
      },
      '/api/exports/participation-matrix.xlsx': {
        get: {
          summary: 'The participation matrix as an Excel workbook',
          parameters: filterQueryParameters(),
          responses: exportResponses(
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        },
      },
      '/api/materials': {
        get: {
          summary: 'All materials',
          responses: { '200': jsonResponse('Materials', 'MaterialList') },
        },
      },
      '/api/materials/{id}': {
        get: {
          summary: 'One material with the initiatives covering it and its sources',
          parameters: [pathParameter('id', 'e.g. lithium')],
          responses: { '200': jsonResponse('The material', 'MaterialDetail'), ...errorResponses },
        },
      },
      '/api/exports/initiatives.csv': {
        get: {
          summary: 'The filtered, sorted initiatives list as CSV (UTF-8 with BOM)',
          parameters: listQueryParameters(),
          responses: initiativesExportResponses('text/csv; charset=utf-8'),
        },
      },
      '/api/exports/initiatives.xlsx': {
        get: {
          summary: 'The filtered, sorted initiatives list as an Excel workbook',
          parameters: listQueryParameters(),
          responses: initiativesExportResponses(
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        },
      },
      '/api/feed.atom': {
        get: {
          summary:
            'Atom 1.0 feed of the initiatives matching the filters and the dated membership changes (joined/left) of the filtered countries in them, newest first, at most 100 entries',
          description:
            "Takes the list's query parameters; sort, page and pageSize are accepted and ignored. Initiatives are dated by their signed (else announced) day, else their last update; a membership change appears only when its date is known.",
          parameters: listQueryParameters(),
          responses: {
            '200': {
              description: 'The feed',
              content: { 'application/atom+xml': { schema: { type: 'string' } } },
            },
            '400': errorResponses['400'],
          },
        },
      },
      '/api/filter-options': {
        get: {
          summary:
            'The filters’ choices: every framework public initiatives are recorded under (with counts) and every public initiative (slug, title)',
          description:
            'Public means published and not archived. The ETag is the data version; send it back as If-None-Match to get a 304 while nothing public has changed.',
          responses: {
            '200': jsonResponse('The options', 'FilterOptions'),
            '304': { description: 'Unchanged since the ETag sent as If-None-Match' },
          },
        },
      },
      '/api/auth/session': {
        get: {
          summary: 'Who is signed in (user null when nobody) and whether reading requires sign-in',
          responses: { '200': jsonResponse('The session', 'Session') },
        },
      },
      '/api/auth/login': {
        post: {
          summary:
            'Sign in: sets the HttpOnly session cookie (__Host-tracker_session over HTTPS) with a new token',
          description: sameOriginNote,
          requestBody: jsonBody('LoginInput'),
          responses: {
            '200': jsonResponse('Signed in; the new session', 'Session'),
            '400': errorResponses['400'],
            '401': jsonResponse(
              'invalid_credentials: the same answer for an unknown email, a wrong password and a disabled account',
              'ApiError',
            ),
            '429': jsonResponse(
              'too_many_attempts: 10 failed sign-ins in 15 minutes for this account or this address; see Retry-After (seconds)',
              'ApiError',
            ),
            ...csrfResponses,
          },
        },
      },
      '/api/auth/password': {
        post: {
          summary:
            'Change your own password: the current one is checked (throttled like sign-in); every other session of yours ends; audited',
          description: sameOriginNote,
          requestBody: jsonBody('ChangePasswordInput'),
          responses: {
            '204': { description: 'Changed' },
            '400': jsonResponse(
              'currentPassword is incorrect, or newPassword is too short, too long, common or unchanged',
              'ApiError',
            ),
            '401': jsonResponse('unauthenticated: sign in first', 'ApiError'),
            '429': jsonResponse('too_many_attempts; see Retry-After (seconds)', 'ApiError'),
            ...csrfResponses,
          },
        },
      },
      '/api/auth/logout': {
        post: {
          summary: 'Sign out: deletes the session server-side and clears the cookie',
          description: sameOriginNote,
          responses: { '204': { description: 'Signed out' }, ...csrfResponses },
        },
      },
      '/api/users': {
        get: {
          summary: 'All user accounts (admin)',
          responses: {
            '200': jsonResponse('Users', 'UserList'),
            ...authResponses,
          },
        },
        post: {
          summary: 'Create a user with a role (admin); audited',
          description: sameOriginNote,
          requestBody: jsonBody('CreateUserInput'),
          responses: {
            '201': jsonResponse('The new user', 'User'),
            '400': jsonResponse(
              'A field is invalid, e.g. a password shorter than 12 characters or a common one',
              'ApiError',
            ),
            '409': jsonResponse('email_taken: an account with this email exists', 'ApiError'),
            ...authResponses,
            ...csrfResponses,
          },
        },
      },
      '/api/users/{id}': {
        patch: {
          summary:
            "Change a user's role, name or disabled flag (admin); disabling ends their sessions, a role change applies from their next request; audited",
          description: sameOriginNote,
          parameters: [pathParameter('id', 'The user id (uuid)')],
          requestBody: jsonBody('UpdateUserInput'),
          responses: {
            '200': jsonResponse('The user after the change', 'User'),
            '400': errorResponses['400'],
            '404': errorResponses['404'],
            '409': jsonResponse('last_admin: this would leave no enabled admin', 'ApiError'),
            ...authResponses,
            ...csrfResponses,
          },
        },
      },
      '/api/openapi.json': {
        get: {
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1 document' } },
        },
      },
      '/healthz': {
        get: { summary: 'Liveness', responses: { '200': { description: 'The process is up' } } },
      },
      '/readyz': {
        get: {
          summary: 'Readiness: the database answers',
          responses: {
            '200': { description: 'Ready' },
            '503': { description: 'Database unreachable' },
          },
        },
      },
    },
    components: {
      schemas: {
        ApiError: component(apiErrorSchema),
        InitiativeList: component(initiativeListSchema),
        InitiativeDetail: component(initiativeDetailSchema),
        CountryList: component(countryListSchema),
        CountryDetail: component(countryDetailSchema),
        CountryProfile: component(countryProfileSchema),
        ParticipationMatrix: component(participationMatrixSchema),
        FilterOptions: component(filterOptionsSchema),
        MaterialList: component(materialListSchema),
        MaterialDetail: component(materialDetailSchema),
        Session: component(sessionSchema),
        LoginInput: inputComponent(loginInputSchema),
        ChangePasswordInput: inputComponent(changePasswordInputSchema),
        User: component(userSchema),
        UserList: component(userListSchema),
        CreateUserInput: inputComponent(createUserInputSchema),
        UpdateUserInput: inputComponent(updateUserInputSchema),
        InitiativeInput: inputComponent(initiativeInputSchema),
        InitiativeWriteResult: component(initiativeWriteResultSchema),
        VersionConflict: component(versionConflictSchema),
        RevertInput: inputComponent(revertInputSchema),
        InitiativeHistory: component(initiativeHistorySchema),
        AdminInitiativeList: component(adminInitiativeListSchema),
        AuditList: component(auditListSchema),
        ImportReport: component(importReportSchema),
        ImportApplyResult: component(importApplyResultSchema),
        MaterialCoverage: component(materialCoverageSchema),
        CountryMaterialMatrix: component(countryMaterialMatrixSchema),
        Timeline: component(timelineSchema),
        CoverageGaps: component(coverageGapsSchema),
        CountryStats: component(countryStatsSchema),
      },
    },
  };
}
