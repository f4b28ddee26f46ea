import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../http/app-env';
import { AppError } from '../../http/errors';
import type { AuthConfig } from './auth-config';
import type { AuthService } from './auth.service';
import { requestOrigin } from './request-info';
import { clearSessionCookie, readSessionCookie } from './session-cookie';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sets `c.var.user` from the session cookie (null when signed out or expired). */
export function sessionMiddleware(service: AuthService, config: AuthConfig) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = readSessionCookie(c, config);
    const user = token ? await service.resolve(token) : null;
    // A cookie that names no live session is removed so the browser stops sending it.
    if (token && !user) clearSessionCookie(c, config);
    c.set('user', user);
    await next();
  });
}

/**
 * CSRF defence for every unsafe method (ASVS 4.2.2, 50.4): a cross-site form or fetch can only
 * send "simple" content types and always carries the attacker's Origin, so requiring JSON
 * (multipart only where files are uploaded) and a same-origin Origin / Sec-Fetch-Site refuses it.
 * A foreign or missing origin → 403 csrf_rejected; a wrong content type → 415.
 */
export function csrfMiddleware(config: AuthConfig, multipartPaths: readonly string[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();

    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const sameOrigin =
      origin !== undefined && origin !== 'null'
        ? origin === requestOrigin(c, config)
        : fetchSite === 'same-origin';
    if (!sameOrigin)
      throw new AppError(
        403,
        'csrf_rejected',
        'This request did not come from the tracker itself (Origin / Sec-Fetch-Site), so it was refused.',
      );

    const mediaType = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    const multipartAllowed = multipartPaths.some((prefix) => c.req.path.startsWith(prefix));
    const accepted =
      mediaType === 'application/json' || (multipartAllowed && mediaType === 'multipart/form-data');
    if (!accepted)
      throw new AppError(
        415,
        'unsupported_media_type',
        multipartAllowed
          ? 'Send the request as application/json or multipart/form-data.'
          : 'Send the request as application/json.',
      );
    await next();
  });
}

/** With the read-requires-sign-in setting, every API read but /api/auth/* needs a session. */
export function readGateMiddleware(config: AuthConfig) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (
      config.readRequiresSignIn &&
      safeMethods.has(c.req.method) &&
      !c.req.path.startsWith('/api/auth/') &&
      c.var.user === null
    )
      throw new AppError(401, 'unauthenticated', 'Sign in to read the tracker.');
    await next();
  });
}
