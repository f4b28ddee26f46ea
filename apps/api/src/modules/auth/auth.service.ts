import type { Database } from '@tracker/db';
import type { ChangePasswordInput, LoginInput, SessionUser } from '@tracker/shared';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors';
import {
  loginFailureLimit,
  loginFailureWindowMs,
  sessionAbsoluteTimeoutMs,
  sessionIdleTimeoutMs,
  sessionTouchIntervalMs,
  type AuthConfig,
} from './auth-config';
import {
  deleteExpiredSessions,
  deleteLoginAttempt,
  deleteOtherSessions,
  deleteLoginAttemptsBefore,
  deleteSession,
  deleteUserSessions,
  findPasswordHash,
  findSession,
  findUserForLogin,
  insertAuditEntry,
  insertLoginAttempt,
  insertSession,
  markLoginAttemptSucceeded,
  nthRecentFailures,
  recordLogin,
  touchSession,
  updatePasswordHash,
} from './auth.repository';
import {
  hashPassword,
  isCommonPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from './password';
import { hashSessionToken, newSessionToken, sessionTokenPattern } from './session-token';

/** Who is asking: kept with sessions, throttling and audit rows. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export type AuditInput = {
  userId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
  ip?: string | null;
};

export type LoginResult =
  | { status: 'signed_in'; user: SessionUser; token: string }
  /** Too many failures for the account or the address: nothing was checked. */
  | { status: 'throttled'; retryAfterSeconds: number };

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));
const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** One audit row; takes a transaction so a write and its audit row commit together. */
export function writeAudit(db: Kysely<Database>, entry: AuditInput, at: Date) {
  return insertAuditEntry(db, {
    at,
    user_id: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId ?? null,
    before: json(entry.before),
    after: json(entry.after),
    note: entry.note ?? null,
    ip: entry.ip ?? null,
  });
}

/** A 400 naming the password field, for a password on the common list. */
export const commonPasswordError = (path: string) =>
  new AppError(400, 'validation_failed', `Invalid request body: ${path}.`, [
    {
      path,
      message:
        'This password is too common and easy to guess; choose another (a few unrelated words work well)',
    },
  ]);

/** One answer for an unknown email, a wrong password and a disabled account (ASVS 2.2.x, 3.x). */
const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The email or password is incorrect.');

export function createAuthService(db: Kysely<Database>, config: AuthConfig) {
  const now = config.now;

  /** Seconds until the address or the account may try again, or null when not throttled. */
  async function retryAfterSeconds(
    email: string,
    ip: string,
    at: Date,
    beforeId: number,
  ): Promise<number | null> {
    const since = new Date(at.getTime() - loginFailureWindowMs);
    const { byEmail, byIp } = await nthRecentFailures(db, {
      email,
      ip,
      since,
      limit: loginFailureLimit,
      beforeId,
    });
    const until = [byEmail, byIp]
      .filter((value): value is Date => value !== null)
      .map((value) => value.getTime() + loginFailureWindowMs);
    if (until.length === 0) return null;
    return Math.max(1, Math.ceil((Math.max(...until) - at.getTime()) / 1000));
  }

  /**
   * Records an attempt for the account and address before any password is checked, so parallel
   * guesses cannot all slip under the limit; a refused attempt checked nothing and is removed.
   */
  async function beginAttempt(
    email: string,
    ip: string,
    at: Date,
  ): Promise<{ attemptId: number; retryAfter: null } | { attemptId: null; retryAfter: number }> {
    const attemptId = await insertLoginAttempt(db, { at, email, ip, succeeded: false });
    const retryAfter = await retryAfterSeconds(email, ip, at, attemptId);
    if (retryAfter === null) return { attemptId, retryAfter };
    await deleteLoginAttempt(db, attemptId);
    return { attemptId: null, retryAfter };
  }

  return {
    /**
     * Checks the password and opens a new session (a fresh token at every sign-in: no fixation).
     * `previousToken` is the session the browser still had, closed here.
     */
    async login(
      input: LoginInput,
      client: ClientInfo,
      previousToken: string | undefined,
    ): Promise<LoginResult> {
      const at = now();
      const { attemptId, retryAfter } = await beginAttempt(input.email, client.ip, at);
      if (attemptId === null) {
        await writeAudit(
          db,
          {
            userId: null,
            action: 'auth.login_throttled',
            entity: 'session',
            after: { email: input.email },
            ip: client.ip,
          },
          at,
        );
        return { status: 'throttled', retryAfterSeconds: retryAfter };
      }

      const found = await findUserForLogin(db, input.email);
      const matches = found
        ? await verifyPassword(found.password_hash, input.password)
        : await verifyAgainstDummy(input.password);
      if (!found || !matches || found.disabled_at !== null) {
        const reason = !found ? 'unknown_email' : !matches ? 'wrong_password' : 'disabled';
        await writeAudit(
          db,
          {
            userId: found?.id ?? null,
            action: 'auth.login_failed',
            entity: 'user',
            entityId: found?.id ?? null,
            after: { email: input.email, reason },
            ip: client.ip,
          },
          at,
        );
        throw invalidCredentials();
      }

      const user: SessionUser = {
        id: found.id,
        email: found.email,
        name: found.name,
        role: found.role,
      };
      const token = newSessionToken();
      // The password is at hand only now: upgrade a hash made with older, weaker parameters.
      const rehashed = needsRehash(found.password_hash) ? await hashPassword(input.password) : null;
      await db.transaction().execute(async (trx) => {
        if (rehashed) await updatePasswordHash(trx, user.id, rehashed, at);
        if (previousToken && sessionTokenPattern.test(previousToken))
          await deleteSession(trx, hashSessionToken(previousToken));
        await insertSession(trx, {
          token_hash: hashSessionToken(token),
          user_id: user.id,
          created_at: at,
          last_seen_at: at,
          expires_at: new Date(at.getTime() + sessionAbsoluteTimeoutMs),
          ip: client.ip,
          user_agent: client.userAgent?.slice(0, 500) ?? null,
        });
        await markLoginAttemptSucceeded(trx, attemptId);
        await recordLogin(trx, user.id, at);
        await writeAudit(
          trx,
          {
            userId: user.id,
            action: 'auth.login',
            entity: 'user',
            entityId: user.id,
            ip: client.ip,
          },
          at,
        );
      });
      // Housekeeping off the request's critical path would need a scheduler; this is cheap.
      await deleteExpiredSessions(db, at, new Date(at.getTime() - sessionIdleTimeoutMs));
      await deleteLoginAttemptsBefore(db, new Date(at.getTime() - loginFailureWindowMs));
      return { status: 'signed_in', user, token };
    },

    /**
     * A signed-in user's own password change (ASVS 2.1.5, 2.1.6): the current password is
     * checked under the same throttling as sign-in; afterwards every other session of theirs ends
     * (ASVS 3.3.3) and the change is audited.
     */
    async changePassword(
      user: SessionUser,
      token: string,
      input: ChangePasswordInput,
      client: ClientInfo,
    ): Promise<
      | { status: 'changed'; endedSessions: number }
      | { status: 'throttled'; retryAfterSeconds: number }
    > {
      const at = now();
      const stored = await findPasswordHash(db, user.id);
      if (!stored) throw new AppError(401, 'unauthenticated', 'Sign in to do this.');
      const { attemptId, retryAfter } = await beginAttempt(stored.email, client.ip, at);
      if (attemptId === null) return { status: 'throttled', retryAfterSeconds: retryAfter };
      if (!(await verifyPassword(stored.password_hash, input.currentPassword))) {
        await writeAudit(
          db,
          {
            userId: user.id,
            action: 'auth.password_change_failed',
            entity: 'user',
            entityId: user.id,
            ip: client.ip,
          },
          at,
        );
        throw new AppError(400, 'validation_failed', 'Invalid request body: currentPassword.', [
          { path: 'currentPassword', message: 'The current password is incorrect' },
        ]);
      }
      // The current password was right: the attempt is not a failure, whatever happens next.
      await markLoginAttemptSucceeded(db, attemptId);
      if (input.newPassword === input.currentPassword)
        throw new AppError(400, 'validation_failed', 'Invalid request body: newPassword.', [
          { path: 'newPassword', message: 'Choose a password different from the current one' },
        ]);
      if (isCommonPassword(input.newPassword)) throw commonPasswordError('newPassword');
      const passwordHash = await hashPassword(input.newPassword);
      const endedSessions = await db.transaction().execute(async (trx) => {
        await updatePasswordHash(trx, user.id, passwordHash, at);
        const ended = await deleteOtherSessions(trx, user.id, hashSessionToken(token));
        await writeAudit(
          trx,
          {
            userId: user.id,
            action: 'auth.password_changed',
            entity: 'user',
            entityId: user.id,
            after: { endedSessions: ended },
            ip: client.ip,
          },
          at,
        );
        return ended;
      });
      return { status: 'changed', endedSessions };
    },

    /** Closes the session server-side; a token that names no session is not an error. */
    async logout(token: string | undefined, client: ClientInfo): Promise<void> {
      if (!token || !sessionTokenPattern.test(token)) return;
      const tokenHash = hashSessionToken(token);
      const session = await findSession(db, tokenHash);
      if (!session) return;
      await db.transaction().execute(async (trx) => {
        await deleteSession(trx, tokenHash);
        await writeAudit(
          trx,
          {
            userId: session.id,
            action: 'auth.logout',
            entity: 'user',
            entityId: session.id,
            ip: client.ip,
          },
          now(),
        );
      });
    },

    /**
     * The signed-in user for a cookie's token, or null when the session is unknown, idle for
     * 30 min, older than 8 h, or its user is disabled (expired rows are deleted on the way).
     */
    async resolve(token: string | undefined): Promise<SessionUser | null> {
      if (!token || !sessionTokenPattern.test(token)) return null;
      const tokenHash = hashSessionToken(token);
      const session = await findSession(db, tokenHash);
      if (!session) return null;
      const at = now();
      const lastSeen = toDate(session.last_seen_at).getTime();
      const expired =
        toDate(session.expires_at).getTime() <= at.getTime() ||
        lastSeen + sessionIdleTimeoutMs <= at.getTime() ||
        session.disabled_at !== null;
      if (expired) {
        await deleteSession(db, tokenHash);
        return null;
      }
      // Sliding idle timeout, written at most once a minute rather than on every request.
      if (at.getTime() - lastSeen >= sessionTouchIntervalMs) await touchSession(db, tokenHash, at);
      return { id: session.id, email: session.email, name: session.name, role: session.role };
    },

    /** Ends every session of a user (disabled); takes the caller's transaction. */
    revokeUserSessions(trx: Kysely<Database>, userId: string): Promise<number> {
      return deleteUserSessions(trx, userId);
    },

    now,
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
