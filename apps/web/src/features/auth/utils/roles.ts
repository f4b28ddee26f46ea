import type { Role, SessionUser } from '@tracker/shared';

export const editorRoles: readonly Role[] = ['editor', 'admin'];
export const adminRoles: readonly Role[] = ['admin'];

export function hasRole(user: SessionUser | null | undefined, roles: readonly Role[]): boolean {
  return user != null && roles.includes(user.role);
}

/** Writes need an editor or an admin (the API checks the same). */
export function canEdit(user: SessionUser | null | undefined): boolean {
  return hasRole(user, editorRoles);
}

export function isAdmin(user: SessionUser | null | undefined): boolean {
  return hasRole(user, adminRoles);
}

/**
 * Where to go after signing in: only a path on this site (`/initiatives?…`), never another origin
 * (`//evil.example`, `https://…`), so the sign-in link cannot be used to redirect elsewhere.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return fallback;
  if (next.startsWith('/sign-in')) return fallback;
  return next;
}
