import { listInitiativesQuerySchema } from '@tracker/shared';
import { Hono } from 'hono';
import { validateQuery } from '../../http/validate';
import { feedMediaType, type FeedService } from './feed.service';

/**
 * The Atom feed of a saved filter. It takes the list's query string, so the dashboard can
 * subscribe to the view it shows; sort, page and pageSize are validated like the list's and
 * ignored (a feed is always newest first).
 */
export function feedRoutes(service: FeedService) {
  return new Hono().get('/', validateQuery(listInitiativesQuerySchema), async (c) => {
    const url = new URL(c.req.url);
    const body = await service.feed(c.req.valid('query'), { self: url.href, origin: url.origin });
    return c.body(body, 200, { 'Content-Type': feedMediaType });
  });
}
