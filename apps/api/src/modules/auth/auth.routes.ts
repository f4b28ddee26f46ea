import { changePasswordInputSchema, loginInputSchema, type Session } from '@tracker/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../http/app-env';
import { AppError, errorBody } from '../../http/errors';
import { validateJson } from '../../http/validate';
import type { AuthConfig } from './auth-config';
import type { AuthService } from './auth.service';
import { requireRole } from './require-role';
import { clientInfo } from './request-info';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie';

const throttled = (retryAfterSeconds: number) => {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return errorBody(
    'too_many_attempts',
    `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  );
};

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
      if (result.status === 'throttled')
        return c.json(throttled(result.retryAfterSeconds), 429, {
          'Retry-After': String(result.retryAfterSeconds),
        });
      writeSessionCookie(c, config, result.token);
      const body: Session = { user: result.user, readRequiresSignIn: config.readRequiresSignIn };
      return c.json(body);
    })
    .post(
      '/password',
      requireRole('viewer', 'editor', 'admin'),
      validateJson(changePasswordInputSchema),
      async (c) => {
        const token = readSessionCookie(c, config);
        const user = c.var.user;
        if (!user || !token) throw new AppError(401, 'unauthenticated', 'Sign in to do this.');
        const result = await service.changePassword(
          user,
          token,
          c.req.valid('json'),
          clientInfo(c, config),
        );
        if (result.status === 'throttled')
          return c.json(throttled(result.retryAfterSeconds), 429, {
            'Retry-After': String(result.retryAfterSeconds),
          });
        return c.body(null, 204);
      },
    )
    .post('/logout', async (c) => {
      await service.logout(readSessionCookie(c, config), clientInfo(c, config));
      clearSessionCookie(c, config);
      return c.body(null, 204);
    });
}
