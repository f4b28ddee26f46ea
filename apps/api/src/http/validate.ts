import type { Context } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { validationError } from './errors';

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
