import type { Database, NewAuditLogEntry, NewSession } from '@tracker/db';
import { sql, type Kysely } from 'kysely';

type Db = Kysely<Database>;

/** The columns of a user the sign-in needs. */
export function findUserForLogin(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'password_hash', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export function findPasswordHash(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['password_hash', 'email'])
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

export function updatePasswordHash(db: Db, userId: string, passwordHash: string, at: Date) {
  return db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: at })
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** Every session of the user but the one making the request. */
export async function deleteOtherSessions(db: Db, userId: string, keepTokenHash: string) {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('token_hash', '!=', keepTokenHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function recordLogin(db: Db, userId: string, at: Date) {
  return db
    .updateTable('users')
    .set({ last_login_at: at })
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function insertSession(db: Db, session: NewSession) {
  return db.insertInto('sessions').values(session).executeTakeFirst();
}

/** A session and its user in one statement; expiry is judged by the caller's clock. */
export function findSession(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.token_hash',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.disabled_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function touchSession(db: Db, tokenHash: string, at: Date) {
  return db
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<boolean> {
  const result = await db
    .deleteFrom('sessions')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function deleteUserSessions(db: Db, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Sessions past either limit; removed on sign-in so the table does not grow without bound. */
export function deleteExpiredSessions(db: Db, now: Date, idleCutoff: Date) {
  return db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .executeTakeFirst();
}

/** Records an attempt (as a failure until it succeeds); returns its id, which orders attempts. */
export async function insertLoginAttempt(
  db: Db,
  attempt: { at: Date; email: string; ip: string; succeeded: boolean },
): Promise<number> {
  const row = await db
    .insertInto('login_attempts')
    .values(attempt)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function markLoginAttemptSucceeded(db: Db, id: number) {
  return db
    .updateTable('login_attempts')
    .set({ succeeded: true })
    .where('id', '=', id)
    .executeTakeFirst();
}

export function deleteLoginAttempt(db: Db, id: number) {
  return db.deleteFrom('login_attempts').where('id', '=', id).executeTakeFirst();
}

/**
 * The time of the `limit`-th most recent failure since `since` recorded before attempt
 * `beforeId`, for the account and for the address: once it leaves the window, fewer than `limit`
 * failures remain. Counting only attempts recorded earlier makes concurrent guesses see each
 * other (each is recorded before its password is checked). A success resets the
 * account's count (its owner knew the password) but not the address's, or one valid account
 * would let an attacker reset the counter for guesses at every other account.
 */
export async function nthRecentFailures(
  db: Db,
  {
    email,
    ip,
    since,
    limit,
    beforeId,
  }: { email: string; ip: string; since: Date; limit: number; beforeId: number },
): Promise<{ byEmail: Date | null; byIp: Date | null }> {
  const nth = (column: 'email' | 'ip', value: string, resetOnSuccess: boolean) =>
    db
      .selectFrom('login_attempts as a')
      .select('a.at')
      .where(`a.${column}`, '=', value)
      .where('a.succeeded', '=', false)
      .where('a.at', '>', since)
      .where('a.id', '<', beforeId)
      .$if(resetOnSuccess, (qb) =>
        qb.where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('login_attempts as s')
                .select(sql.lit(1).as('one'))
                .where('s.email', '=', value)
                .where('s.succeeded', '=', true)
                .whereRef('s.id', '>', 'a.id'),
            ),
          ),
        ),
      )
      .orderBy('a.at', 'desc')
      .offset(limit - 1)
      .limit(1);
  const row = await db
    .selectNoFrom([nth('email', email, true).as('by_email'), nth('ip', ip, false).as('by_ip')])
    .executeTakeFirstOrThrow();
  const toDate = (value: Date | string | null) =>
    value === null ? null : value instanceof Date ? value : new Date(value);
  return { byEmail: toDate(row.by_email), byIp: toDate(row.by_ip) };
}

/** Attempts older than the window serve no purpose; trimmed on sign-in. */
export function deleteLoginAttemptsBefore(db: Db, before: Date) {
  return db.deleteFrom('login_attempts').where('at', '<', before).executeTakeFirst();
}

export function insertAuditEntry(db: Db, entry: NewAuditLogEntry) {
  return db.insertInto('audit_log').values(entry).executeTakeFirst();
}
