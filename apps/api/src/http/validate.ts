import type { Context } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { AppError, validationError } from './errors';

/**
 * Validates the query string with a shared schema. Repeated parameters arrive as arrays
 * (?country=DE&country=PL); unknown parameters are refused so a typo is not silently ignored.
 */
export function validateQuery<T extends z.ZodObject>(schema: T) {
  return validator('query', (_value, c: Context) => {
    const raw: Record<string, string | string[]> = {};
    for (const [key, values] of Object.entries(c.req.queries())) {
      raw[key] = values.length === 1 ? (values[0] ?? '') : values;
    }
    const result = schema.strict().safeParse(raw);
    if (!result.success) throw validationError(result.error, 'query parameter');
    return result.data as z.output<T>;
  });
}

export function validateParams<T extends z.ZodObject>(schema: T) {
  return validator('param', (value, _c: Context) => {
    const result = schema.safeParse(value);
    if (!result.success) throw validationError(result.error, 'path parameter');
    return result.data;
  });
}

/**
 * Validates a JSON body with a shared schema: a body that is not JSON is a 400 naming the body,
 * never a 500. (The CSRF middleware has already required Content-Type: application/json.)
 */
export function validateJson<T extends z.ZodType>(schema: T) {
  return validator('json', async (_value, c: Context) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new AppError(400, 'validation_failed', 'The request body is not valid JSON.', [
        { path: '(root)', message: 'must be valid JSON' },
      ]);
    }
    const result = schema.safeParse(body);
    if (!result.success) throw validationError(result.error, 'request body');
    return result.data;
  });
}
