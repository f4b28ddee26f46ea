import { z } from 'zod';
import { isoDateSchema } from './schemas';

/** Who did something, as the audit log and the history show it. */
export const auditActorSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
});
export type AuditActor = z.infer<typeof auditActorSchema>;

/** One row of the audit log: who changed what, when, with the record before and after. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** Null for events without a signed-in user (e.g. a failed sign-in). */
  user: auditActorSchema.nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.json().nullable(),
  after: z.json().nullable(),
  /** Set on every row a bulk import wrote: the rows of one import share it. */
  importId: z.string().nullable(),
  note: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditList = z.infer<typeof auditListSchema>;

/** `GET /api/audit`: every filter optional; dates are inclusive days (UTC). */
export const auditQuerySchema = z
  .object({
    user: z.uuid('must be a user id').optional(),
    action: z
      .string()
      .trim()
      .regex(/^[a-z_]+(\.[a-z_]+)*$/, 'must be an action such as initiative.update')
      .max(100)
      .optional(),
    entity: z
      .string()
      .trim()
      .regex(/^[a-z_]+$/, 'must be an entity such as initiative')
      .max(100)
      .optional(),
    entityId: z.string().trim().max(200).optional(),
    importId: z.uuid('must be an import id').optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').default(1),
    pageSize: z.coerce
      .number()
      .int('must be a whole number')
      .min(1, 'must be 1 or more')
      .max(200, 'must be at most 200')
      .default(50),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    }
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export type AuditQueryInput = z.input<typeof auditQuerySchema>;

/** One field that differs between two versions of a record. */
export const fieldChangeSchema = z.object({
  /** The field's name in the initiative's JSON: 'title', 'participants', 'sources'… */
  field: z.string(),
  before: z.json().nullable(),
  after: z.json().nullable(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** One version of an initiative: the write that produced it and what it changed. */
export const initiativeVersionSchema = z.object({
  version: z.number().int(),
  at: z.string(),
  user: auditActorSchema.nullable(),
  action: z.string(),
  auditId: z.number().int(),
  importId: z.string().nullable(),
  note: z.string().nullable(),
  /** Differences from the previous version (for the first version: every field it set). */
  changes: z.array(fieldChangeSchema),
});
export type InitiativeVersion = z.infer<typeof initiativeVersionSchema>;

export const initiativeHistorySchema = z.object({
  slug: z.string(),
  currentVersion: z.number().int(),
  /**
   * Newest first. A record older than the audit log (the reference data) has its first version
   * listed with action 'initiative.original', no user and no changes, once it has been edited.
   */
  versions: z.array(initiativeVersionSchema),
});
export type InitiativeHistory = z.infer<typeof initiativeHistorySchema>;
