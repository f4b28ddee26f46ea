import type { Database, JsonValue } from '@tracker/db';
import type { AuditEntry, AuditList, AuditQuery } from '@tracker/shared';
import type { Kysely } from 'kysely';
import {
  insertAuditEntry,
  listAuditEntries,
  listEntityAudit,
  type AuditEntryRow,
} from './audit.repository';

export interface AuditRecord {
  userId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: JsonValue | null;
  after: JsonValue | null;
  importId?: string | null;
  note?: string | null;
  ip?: string | null;
}

type EntryFields = Omit<AuditEntryRow, 'total_count'>;

export function toAuditEntryDto(row: EntryFields): AuditEntry {
  return {
    id: Number(row.id),
    at: (row.at instanceof Date ? row.at : new Date(row.at)).toISOString(),
    user:
      row.user_id && row.user_email && row.user_name
        ? { id: row.user_id, email: row.user_email, name: row.user_name }
        : null,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    importId: row.import_id,
    note: row.note,
  };
}

/** Writes go through `record` with their own transaction; reads are for the admin's audit page. */
export function createAuditService(db: Kysely<Database>) {
  return {
    async list(query: AuditQuery): Promise<AuditList> {
      const rows = await listAuditEntries(db, query);
      // An empty page beyond the end still needs the total.
      const total =
        rows[0]?.total_count ??
        (query.page > 1
          ? ((await listAuditEntries(db, { ...query, page: 1, pageSize: 1 }))[0]?.total_count ?? 0)
          : 0);
      return {
        items: rows.map(toAuditEntryDto),
        total: Number(total),
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;

/** Appends one row to the audit log in the caller's transaction (`trx`). */
export async function recordAudit(trx: Kysely<Database>, record: AuditRecord) {
  // jsonb is written as JSON text: see the JsonColumn type in @tracker/db.
  return insertAuditEntry(trx, {
    user_id: record.userId,
    action: record.action,
    entity: record.entity,
    entity_id: record.entityId,
    before: record.before === null ? null : JSON.stringify(record.before),
    after: record.after === null ? null : JSON.stringify(record.after),
    import_id: record.importId ?? null,
    note: record.note ?? null,
    ip: record.ip ?? null,
  });
}

/** The audit rows of one record, oldest first, as DTOs. */
export async function entityAudit(
  db: Kysely<Database>,
  entity: string,
  entityId: string,
): Promise<AuditEntry[]> {
  const rows = await listEntityAudit(db, entity, entityId);
  return rows.map(toAuditEntryDto);
}
