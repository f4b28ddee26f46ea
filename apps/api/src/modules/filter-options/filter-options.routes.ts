import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from '../../http/app-env';
import type { AuthConfig } from '../auth/auth-config';
import type { FilterOptionsService } from './filter-options.service';

/** The options change only when public data does: the data version is their validator. */
const entityTag = (dataVersion: string | null) => `W/"${dataVersion ?? 'empty'}"`;

export function filterOptionsRoutes(service: FilterOptionsService, config: AuthConfig) {
  // Hono's etag middleware keeps the tag set here and answers a matching If-None-Match with 304.
  return new Hono<AppEnv>().use(etag()).get('/', async (c) => {
    const options = await service.get();
    c.header('ETag', entityTag(options.dataVersion));
    // Kept, but checked with the server every time (a 304 spares sending the lists again);
    // when reading requires sign-in, kept only by the reader's own browser.
    c.header('Cache-Control', config.readRequiresSignIn ? 'private, no-cache' : 'no-cache');
    return c.json(options);
  });
}
