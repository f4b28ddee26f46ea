import {
  apiErrorSchema,
  countryDetailSchema,
  countryListSchema,
  initiativeDetailSchema,
  initiativeListSchema,
  listInitiativesQuerySchema,
  materialDetailSchema,
  materialListSchema,
} from '@tracker/shared';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const component = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const jsonResponse = (description: string, schemaName: string) => ({
  description,
  content: { 'application/json': { schema: ref(schemaName) } },
});

const errorResponses = {
  '400': jsonResponse('A parameter is invalid; `error.issues` names each one.', 'ApiError'),
  '404': jsonResponse('No such record.', 'ApiError'),
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

const pathParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

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
          summary: 'List initiatives (filtered, sorted, paginated)',
          parameters: listQueryParameters(),
          responses: {
            '200': jsonResponse('One page of initiatives', 'InitiativeList'),
            '400': errorResponses['400'],
          },
        },
      },
      '/api/initiatives/{slug}': {
        get: {
          summary: 'One initiative with participants, materials, sources and related initiatives',
          parameters: [pathParameter('slug', 'e.g. nato-hvp-dcrm-2025')],
          responses: {
            '200': jsonResponse('The initiative', 'InitiativeDetail'),
            ...errorResponses,
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
        MaterialList: component(materialListSchema),
        MaterialDetail: component(materialDetailSchema),
      },
    },
  };
}
