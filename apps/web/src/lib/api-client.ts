import { apiErrorSchema, type ApiError } from '@tracker/shared';
import type { z } from 'zod';
import { env } from '@/config/env';

type Issue = NonNullable<ApiError['error']['issues']>[number];

/** Codes the client itself raises (the UI translates these); every other code comes from the API. */
export const clientErrorCodes = ['network_error', 'invalid_response', 'http_error'] as const;
export type ClientErrorCode = (typeof clientErrorCodes)[number];

export class ApiRequestError extends Error {
  override readonly name: string = 'ApiRequestError';
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  readonly code: string;
  readonly issues: readonly Issue[];
  /** The parsed `{ error }` body when the API sent one. */
  readonly body: ApiError | null;
  /** The whole JSON body as received (e.g. a 412 also carries the current record). */
  readonly payload: unknown;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    issues?: readonly Issue[];
    body?: ApiError | null;
    payload?: unknown;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.body = init.body ?? null;
    this.payload = init.payload;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }
}

/**
 * 412: someone saved the record since it was loaded. `currentVersion` is the version now stored
 * (from the response's `ETag`); `payload` holds the API's body with the current record.
 */
export class VersionConflictError extends ApiRequestError {
  override readonly name = 'VersionConflictError';
  readonly currentVersion: number | null;

  constructor(init: ConstructorParameters<typeof ApiRequestError>[0] & { etag: string | null }) {
    super(init);
    this.currentVersion = versionFromTag(init.etag);
  }
}

export type ApiGetOptions = {
  params?: URLSearchParams;
  signal?: AbortSignal;
};

/** Builds a same-origin URL under the API base path: `/api/initiatives?…`. */
export function apiUrl(path: string, params?: URLSearchParams): string {
  const query = params?.toString();
  return `${env.apiBasePath}${path}${query ? `?${query}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/** The `{ error }` body as an `ApiRequestError` (a `VersionConflictError` for a 412). */
function errorFromResponse(response: Response, json: unknown): ApiRequestError {
  const parsedError = apiErrorSchema.safeParse(json);
  if (!parsedError.success) {
    return new ApiRequestError({
      status: response.status,
      code: 'http_error',
      message: `The server answered with status ${response.status}.`,
      payload: json,
    });
  }
  const { code, message, issues } = parsedError.data.error;
  const init = {
    status: response.status,
    code,
    message,
    issues,
    body: parsedError.data,
    payload: json,
  };
  return response.status === 412
    ? new VersionConflictError({ ...init, etag: response.headers.get('ETag') })
    : new ApiRequestError(init);
}

function parseWith<TSchema extends z.ZodType>(
  path: string,
  schema: TSchema,
  response: Response,
  json: unknown,
): z.output<TSchema> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiRequestError({
      status: response.status,
      code: 'invalid_response',
      message: `Unexpected response from ${path}: ${parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`)
        .join('; ')}`,
    });
  }
  return parsed.data;
}

async function fetchOrThrow(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError({
      status: 0,
      code: 'network_error',
      message: 'The server could not be reached.',
    });
  }
}

/** GET a JSON resource and parse it with the shared schema; throws `ApiRequestError` on any failure. */
export async function apiGet<TSchema extends z.ZodType>(
  path: string,
  schema: TSchema,
  options: ApiGetOptions = {},
): Promise<z.output<TSchema>> {
  return (await apiGetWithEtag(path, schema, options)).data;
}

/** Like `apiGet`, also returning the response's `ETag` (the record's version, for `If-Match`). */
export async function apiGetWithEtag<TSchema extends z.ZodType>(
  path: string,
  schema: TSchema,
  options: ApiGetOptions = {},
): Promise<ApiResult<z.output<TSchema>>> {
  const response = await fetchOrThrow(apiUrl(path, options.params), {
    method: 'GET',
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
    signal: options.signal,
  });
  const json = await readJson(response);
  if (!response.ok) throw errorFromResponse(response, json);
  return {
    data: parseWith(path, schema, response, json),
    etag: response.headers.get('ETag'),
    status: response.status,
  };
}

export type ApiResult<T> = {
  data: T;
  /** The `ETag` header, e.g. `"4"`; null when the response has none. */
  etag: string | null;
  status: number;
};

export type ApiSendOptions = {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart/form-data (uploads); the browser sets the boundary. */
  form?: FormData;
  /** The version the change is based on: a number becomes the strong ETag `"<n>"`. */
  ifMatch?: number | string;
  params?: URLSearchParams;
  signal?: AbortSignal;
};

/** The `If-Match` value for a record version, matching the API's `ETag: "<version>"`. */
export function versionTag(version: number | string): string {
  return typeof version === 'number' ? `"${version}"` : version;
}

/** The version number in an `ETag` such as `"4"` or `W/"4"`; null when it holds none. */
export function versionFromTag(etag: string | null): number | null {
  const match = etag?.match(/^(?:W\/)?"(\d+)"$/);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * Sends a write and parses the answer with the shared schema. Writes are same-origin with the
 * session cookie and a JSON (or multipart) content type, which is what the API's CSRF check
 * requires; the browser adds the same-origin `Origin` itself. A 204 or empty body parses as
 * `null`. Throws `ApiRequestError`, or `VersionConflictError` when the version is stale (412).
 */
export async function apiSend<TSchema extends z.ZodType>(
  path: string,
  schema: TSchema,
  options: ApiSendOptions,
): Promise<ApiResult<z.output<TSchema>>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else {
    // An empty JSON object still carries the content type the CSRF check asks for.
    headers['Content-Type'] = 'application/json';
    body = '{}';
  }
  if (options.ifMatch !== undefined) headers['If-Match'] = versionTag(options.ifMatch);

  const response = await fetchOrThrow(apiUrl(path, options.params), {
    method: options.method,
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
  const json = response.status === 204 ? null : ((await readJson(response)) ?? null);
  if (!response.ok) throw errorFromResponse(response, json);
  return {
    data: parseWith(path, schema, response, json),
    etag: response.headers.get('ETag'),
    status: response.status,
  };
}
