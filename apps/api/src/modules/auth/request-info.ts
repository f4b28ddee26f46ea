import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AuthConfig } from './auth-config';
import type { ClientInfo } from './auth.service';

/** The scheme and host the browser used, as far as the app can know it. */
export function requestOrigin(c: Context, config: AuthConfig): string {
  const url = new URL(c.req.url);
  if (config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    if (proto === 'http' || proto === 'https') url.protocol = `${proto}:`;
    if (host) url.host = host;
  }
  return url.origin;
}

export function isSecureRequest(c: Context, config: AuthConfig): boolean {
  if (config.cookieSecure !== 'auto') return config.cookieSecure;
  return requestOrigin(c, config).startsWith('https:');
}

/**
 * The client address for throttling and audit. Behind a trusted proxy, the last
 * X-Forwarded-For entry (the one that proxy added; earlier ones are whatever the client sent).
 */
export function clientInfo(c: Context, config: AuthConfig): ClientInfo {
  let ip: string | undefined;
  if (config.trustProxy) ip = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
  if (!ip) {
    try {
      ip = getConnInfo(c).remote.address;
    } catch {
      // app.request() in tests has no socket.
    }
  }
  return { ip: (ip ?? 'unknown').slice(0, 100), userAgent: c.req.header('user-agent') ?? null };
}
