import type { Database, UserUpdate } from '@tracker/db';
import type {
  CreateUserInput,
  SessionUser,
  UpdateUserInput,
  User,
  UserList,
} from '@tracker/shared';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../http/errors';
import {
  commonPasswordError,
  writeAudit,
  type AuthService,
  type ClientInfo,
} from '../auth/auth.service';
import { hashPassword, isCommonPassword } from '../auth/password';
import {
  findUserForUpdate,
  findUserIdByEmail,
  hasAnyUser,
  insertUser,
  listUsers,
  lockEnabledAdminIds,
  updateUser,
  type UserListRow,
} from './users.repository';

const iso = (value: Date | string | null) =>
  value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();

export function toUserDto(row: UserListRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabledAt: iso(row.disabled_at),
    createdAt: iso(row.created_at) ?? '',
    lastLoginAt: iso(row.last_login_at),
  };
}

const emailTaken = () =>
  new AppError(409, 'email_taken', 'An account with this email already exists.', [
    { path: 'email', message: 'An account with this email already exists' },
  ]);

/** Postgres unique_violation: a concurrent create of the same email. */
const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';

export interface UserActor {
  user: SessionUser | null;
  client: ClientInfo;
}

export function createUsersService(db: Kysely<Database>, auth: AuthService) {
  const service = {
    async list(): Promise<UserList> {
      return { items: (await listUsers(db)).map(toUserDto) };
    },

    /** Used by the API and the user:create CLI (actor null); the password is never stored or logged. */
    async create(input: CreateUserInput, actor: UserActor | null): Promise<User> {
      if (isCommonPassword(input.password)) throw commonPasswordError('password');
      if (await findUserIdByEmail(db, input.email)) throw emailTaken();
      const passwordHash = await hashPassword(input.password);
      const at = auth.now();
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await insertUser(trx, {
            email: input.email,
            name: input.name,
            role: input.role,
            password_hash: passwordHash,
            created_at: at,
            updated_at: at,
          });
          const user = toUserDto(row);
          await writeAudit(
            trx,
            {
              userId: actor?.user?.id ?? null,
              action: 'user.created',
              entity: 'user',
              entityId: user.id,
              after: { email: user.email, name: user.name, role: user.role },
              note: actor ? null : 'created from the command line',
              ip: actor?.client.ip ?? null,
            },
            at,
          );
          return user;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTaken();
        throw error;
      }
    },

    /**
     * Embedded demo mode: on a database with no user at all, an admin with a generated password
     * (returned once, for the entry file to print; only its hash is kept). Null when users exist.
     */
    async ensureDemoAdmin(): Promise<{ email: string; password: string } | null> {
      if (await hasAnyUser(db)) return null;
      const email = 'admin@tracker.local';
      // 144 random bits: 24 base64url characters, never a common password.
      const password = randomBytes(18).toString('base64url');
      await service.create({ email, name: 'Demo admin', role: 'admin', password }, null);
      return { email, password };
    },

    /**
     * Role, name and disabled flag in one transaction with one audit row per kind of change.
     * Disabling deletes the user's sessions; a role change takes effect on their next request
     * (the session middleware reads the role afresh). Refused when it would leave no enabled admin.
     */
    async update(id: string, input: UpdateUserInput, actor: UserActor): Promise<User> {
      const at = auth.now();
      return db.transaction().execute(async (trx) => {
        const admins = await lockEnabledAdminIds(trx);
        const current = await findUserForUpdate(trx, id);
        if (!current) throw notFound('The user');

        const changes: UserUpdate = {};
        const audits: Parameters<typeof writeAudit>[1][] = [];
        const base = {
          userId: actor.user?.id ?? null,
          entity: 'user',
          entityId: id,
          ip: actor.client.ip,
        };
        if (input.role !== undefined && input.role !== current.role) {
          changes.role = input.role;
          audits.push({
            ...base,
            action: 'user.role_changed',
            before: { role: current.role },
            after: { role: input.role },
          });
        }
        if (input.name !== undefined && input.name !== current.name) {
          changes.name = input.name;
          audits.push({
            ...base,
            action: 'user.renamed',
            before: { name: current.name },
            after: { name: input.name },
          });
        }
        const wasDisabled = current.disabled_at !== null;
        if (input.disabled !== undefined && input.disabled !== wasDisabled) {
          changes.disabled_at = input.disabled ? at : null;
          audits.push({ ...base, action: input.disabled ? 'user.disabled' : 'user.enabled' });
        }
        if (audits.length === 0) return toUserDto(current);

        const stillAdmin = (changes.role ?? current.role) === 'admin';
        const stillEnabled =
          changes.disabled_at === undefined ? !wasDisabled : changes.disabled_at === null;
        const remaining =
          admins.filter((adminId) => adminId !== id).length + (stillAdmin && stillEnabled ? 1 : 0);
        if (remaining === 0)
          throw new AppError(
            409,
            'last_admin',
            'This is the last enabled admin: make another user admin first.',
          );

        changes.updated_at = at;
        const row = await updateUser(trx, id, changes);
        if (input.disabled === true && !wasDisabled) await auth.revokeUserSessions(trx, id);
        for (const audit of audits) await writeAudit(trx, audit, at);
        return toUserDto(row);
      });
    },
  };
  return service;
}

export type UsersService = ReturnType<typeof createUsersService>;
