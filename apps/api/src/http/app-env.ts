import type { SessionUser } from '@tracker/shared';

/**
 * The Hono environment of every router: the session middleware sets `user` (null when signed
 * out) on each /api request, hono/request-id sets `requestId`.
 */
export type AppEnv = {
  Variables: {
    user: SessionUser | null;
    requestId: string;
  };
};
