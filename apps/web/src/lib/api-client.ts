import { apiErrorSchema, type ApiError } from '@tracker/shared';
import type { z } from 'zod';
import { env } from '@/config/env';

type Issue = NonNullable<ApiError['error']['issues']>[number];

/** Codes the client itself raises (the UI translates these); every other code comes from the API. */
export const clientErrorCodes = ['network_error', 'invalid_response', 'http_error'] as const;
export type ClientErrorCode = (typeof clientErrorCodes)[number];

export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  readonly code: string;
  readonly issues: readonly Issue[];
  /** The parsed `{ error }` body when the API sent one. */
  readonly body: ApiError | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    issues?: readonly Issue[];
    body?: ApiError | null;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.body = init.body ?? null;
  }

  get isNotFound(): boolean {
    return this.status === 404;
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

/** GET a JSON resource and parse it with the shared schema; throws `ApiRequestError` on any failure. */
export async function apiGet<TSchema extends z.ZodType>(
  path: string,
  schema: TSchema,
  options: ApiGetOptions = {},
): Promise<z.output<TSchema>> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.params), {
      method: 'GET',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError({
      status: 0,
      code: 'network_error',
      message: 'The server could not be reached.',
    });
  }

  const json = await readJson(response);

  if (!response.ok) {
    const parsedError = apiErrorSchema.safeParse(json);
    if (parsedError.success) {
      const { code, message, issues } = parsedError.data.error;
      throw new ApiRequestError({
        status: response.status,
        code,
        message,
        issues,
        body: parsedError.data,
      });
    }
    throw new ApiRequestError({
      status: response.status,
      code: 'http_error',
      message: `The server answered with status ${response.status}.`,
    });
  }

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
