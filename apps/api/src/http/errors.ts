import type { ApiError } from '@tracker/shared';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

export type ErrorIssue = { path: string; message: string };

/** An error the client can act on: rendered as the one error shape with its status. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found.`);

export function issuesFromZod(error: ZodError): ErrorIssue[] {
  return error.issues.flatMap((issue) => {
    const prefix = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: prefix ? `${prefix}.${key}` : key,
        message: 'is not a recognised parameter',
      }));
    }
    return [{ path: prefix || '(root)', message: issue.message }];
  });
}

export function validationError(error: ZodError, where: string): AppError {
  const issues = issuesFromZod(error);
  const names = [...new Set(issues.map((issue) => issue.path))].join(', ');
  return new AppError(400, 'validation_failed', `Invalid ${where}: ${names}.`, issues);
}

export function errorBody(code: string, message: string, issues?: ErrorIssue[]): ApiError {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

/** The app's single error renderer: known errors keep their status; anything else is a bare 500. */
export function renderError(error: Error, c: Context, logError: (error: unknown) => void) {
  if (error instanceof AppError) {
    return c.json(errorBody(error.code, error.message, error.issues), error.status);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    const code =
      status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : 'http_error';
    return c.json(errorBody(code, error.message || 'Request failed.'), status);
  }
  logError(error);
  return c.json(
    errorBody('internal_error', 'Something went wrong on our side. Please try again.'),
    500,
  );
}
