import { loginInputSchema, type Session } from '@tracker/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env';
import { errorBody } from '../../http/errors';
import { validateJson } from '../../http/validate';
import type { AuthConfig } from './auth-config';
import type { AuthService } from './auth.service';
import { clientInfo } from './request-info';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie';

export function authRoutes(service: AuthService, config: AuthConfig) {
  return new Hono<AppEnv>()
    .get('/session', (c) => {
      // Never cached: it changes with every sign-in and sign-out.
      c.header('Cache-Control', 'no-store');
      const body: Session = { user: c.var.user, readRequiresSignIn: config.readRequiresSignIn };
      return c.json(body);
    })
    .post('/login', validateJson(loginInputSchema), async (c) => {
      c.header('Cache-Control', 'no-store');
      const result = await service.login(
        c.req.valid('json'),
        clientInfo(c, config),
        readSessionCookie(c, config),
      );
      if (result.status === 'throttled') {
        const minutes = Math.ceil(result.retryAfterSeconds / 60);
        return c.json(
          errorBody(
            'too_many_attempts',
            `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
          ),
          429,
          { 'Retry-After': String(result.retryAfterSeconds) },
        );
      }
      writeSessionCookie(c, config, result.token);
      const body: Session = { user: result.user, readRequiresSignIn: config.readRequiresSignIn };
      return c.json(body);
    })
    .post('/logout', async (c) => {
      await service.logout(readSessionCookie(c, config), clientInfo(c, config));
      clearSessionCookie(c, config);
      return c.body(null, 204);
    });
}
