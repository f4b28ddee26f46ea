import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AuthConfig } from './auth-config';
import { isSecureRequest } from './request-info';

/** Over HTTPS the cookie is `__Host-tracker_session`: Secure, Path=/, no Domain (ASVS 3.4). */
export const sessionCookieName = 'tracker_session';

export function readSessionCookie(c: Context, config: AuthConfig): string | undefined {
  return isSecureRequest(c, config)
    ? getCookie(c, sessionCookieName, 'host')
    : getCookie(c, sessionCookieName);
}

export function writeSessionCookie(c: Context, config: AuthConfig, token: string): void {
  // No Max-Age: a browser-session cookie; the server enforces the idle and absolute limits.
  if (isSecureRequest(c, config)) {
    setCookie(c, sessionCookieName, token, {
      prefix: 'host',
      secure: true,
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
    });
  } else {
    setCookie(c, sessionCookieName, token, { path: '/', httpOnly: true, sameSite: 'Lax' });
  }
}

export function clearSessionCookie(c: Context, config: AuthConfig): void {
  if (isSecureRequest(c, config)) {
    deleteCookie(c, sessionCookieName, {
      prefix: 'host',
      secure: true,
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
    });
  } else {
    deleteCookie(c, sessionCookieName, { path: '/', httpOnly: true, sameSite: 'Lax' });
  }
}
