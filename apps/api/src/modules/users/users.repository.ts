import type { Database, NewUser, UserUpdate } from '@tracker/db';
import type { Kysely } from 'kysely';

type Db = Kysely<Database>;

/** The columns a user's JSON is made of; never the password hash. */
const userColumns = [
  'id',
  'email',
  'name',
  'role',
  'disabled_at',
  'created_at',
  'last_login_at',
] as const;

export function listUsers(db: Db) {
  return db.selectFrom('users').select(userColumns).orderBy('email').execute();
}

export type UserListRow = Awaited<ReturnType<typeof listUsers>>[number];

/** One user, locked until the transaction ends so two admins' changes do not interleave. */
export function findUserForUpdate(db: Db, id: string) {
  return db
    .selectFrom('users')
    .select(userColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function findUserIdByEmail(db: Db, email: string) {
  return db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
}

export function insertUser(db: Db, user: NewUser) {
  return db.insertInto('users').values(user).returning(userColumns).executeTakeFirstOrThrow();
}

export function updateUser(db: Db, id: string, changes: UserUpdate) {
  return db
    .updateTable('users')
    .set(changes)
    .where('id', '=', id)
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

/**
 * The enabled admins, row-locked in id order: serialises concurrent demotions so two admins
 * cannot each remove the other and leave none.
 */
export async function lockEnabledAdminIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((row) => row.id);
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
