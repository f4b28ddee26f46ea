import type { Database, NewAuditLogEntry } from '@tracker/db';
import type { AuditQuery } from '@tracker/shared';
import { sql, type Kysely } from 'kysely';

type Db = Kysely<Database>;

/** One audit row, written in the caller's transaction so it commits or rolls back with the write. */
export async function insertAuditEntry(db: Db, entry: NewAuditLogEntry) {
  return db.insertInto('audit_log').values(entry).returning(['id']).executeTakeFirstOrThrow();
}

const auditColumns = [
  'audit_log.id',
  'audit_log.at',
  'audit_log.action',
  'audit_log.entity',
  'audit_log.entity_id',
  'audit_log.before',
  'audit_log.after',
  'audit_log.import_id',
  'audit_log.note',
  'users.id as user_id',
  'users.email as user_email',
  'users.name as user_name',
] as const;

/** A page of the audit log, newest first, with the filtered total in the same statement. */
export function listAuditEntries(db: Db, query: AuditQuery) {
  return (
    db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.user_id')
      .select([...auditColumns, sql<number>`count(*) over ()`.as('total_count')])
      .$if(query.user !== undefined, (qb) => qb.where('audit_log.user_id', '=', query.user ?? ''))
      .$if(query.action !== undefined, (qb) =>
        qb.where('audit_log.action', '=', query.action ?? ''),
      )
      .$if(query.entity !== undefined, (qb) =>
        qb.where('audit_log.entity', '=', query.entity ?? ''),
      )
      .$if(query.entityId !== undefined, (qb) =>
        qb.where('audit_log.entity_id', '=', query.entityId ?? ''),
      )
      .$if(query.importId !== undefined, (qb) =>
        qb.where('audit_log.import_id', '=', query.importId ?? ''),
      )
      // Whole days in UTC: `to` includes the day it names.
      .$if(query.from !== undefined, (qb) =>
        qb.where(sql<boolean>`audit_log.at >= (${query.from}::date)::timestamp at time zone 'UTC'`),
      )
      .$if(query.to !== undefined, (qb) =>
        qb.where(
          sql<boolean>`audit_log.at < ((${query.to}::date + 1)::timestamp at time zone 'UTC')`,
        ),
      )
      .orderBy('audit_log.id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute()
  );
}

export type AuditEntryRow = Awaited<ReturnType<typeof listAuditEntries>>[number];

/** Every audit row of one record, oldest first (its history). */
export function listEntityAudit(db: Db, entity: string, entityId: string) {
  return db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(auditColumns)
    .where('audit_log.entity', '=', entity)
    .where('audit_log.entity_id', '=', entityId)
    .orderBy('audit_log.id')
    .execute();
}
