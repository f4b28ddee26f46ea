import type { Context } from 'hono';

/** A JSON text of the shape T, sent as it is (the database wrote the large part of it). */
export type JsonText<T> = string & { readonly shape?: T };

/**
 * `fields` serialised, with `texts` (each already a JSON text) spliced in as members: an answer
 * whose bulk PostgreSQL built as json is sent without being parsed and serialised again.
 */
export function jsonWithTexts<T>(
  fields: Record<string, unknown>,
  texts: Record<string, string>,
): JsonText<T> {
  const members = [
    JSON.stringify(fields).slice(1, -1),
    ...Object.entries(texts).map(([name, text]) => `${JSON.stringify(name)}:${text}`),
  ].filter((member) => member !== '');
  return `{${members.join(',')}}` as JsonText<T>;
}

/** Sends a JSON text as c.json sends an object. */
export const sendJsonText = <T>(c: Context, text: JsonText<T>): Response =>
  c.body(text, 200, { 'Content-Type': 'application/json' });
