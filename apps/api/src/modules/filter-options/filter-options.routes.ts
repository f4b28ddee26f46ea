import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env';
import type { AuthConfig } from '../auth/auth-config';
import type { FilterOptionsService } from './filter-options.service';

/** The options change only when public data does: the data version is their validator. */
const entityTag = (dataVersion: string | null) => `W/"${dataVersion ?? 'empty'}"`;

/** If-None-Match names this tag (weak comparison, as for any GET) or is "*". */
function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = tag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((candidate) => candidate.trim())
    .some((candidate) => candidate === '*' || candidate.replace(/^W\//, '') === opaque);
}

export function filterOptionsRoutes(service: FilterOptionsService, config: AuthConfig) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const options = await service.get();
    const tag = entityTag(options.dataVersion);
    c.header('ETag', tag);
    // Kept, but checked with the server every time (a 304 spares sending the lists again);
    // when reading requires sign-in, kept only by the reader's own browser.
    c.header('Cache-Control', config.readRequiresSignIn ? 'private, no-cache' : 'no-cache');
    if (matches(c.req.header('If-None-Match'), tag)) return c.body(null, 304);
    return c.json(options);
  });
}
