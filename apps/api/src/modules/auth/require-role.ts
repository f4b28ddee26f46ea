import type { Role } from '@tracker/shared';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../../http/app-env';
import { AppError } from '../../http/errors';

/** 401 when signed out, 403 when the signed-in user's role is not one of `roles`. */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const user = c.var.user;
    if (!user) throw new AppError(401, 'unauthenticated', 'Sign in to do this.');
    if (!roles.includes(user.role))
      throw new AppError(403, 'forbidden', 'Your role does not allow this.');
    await next();
  });
}
