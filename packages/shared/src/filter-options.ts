import { z } from 'zod';

// ---------- Filter options ----------

/** A framework some public initiative is recorded under, with how many are. */
export const frameworkOptionSchema = z.object({
  name: z.string(),
  count: z.number().int(),
});
export type FrameworkOption = z.infer<typeof frameworkOptionSchema>;

/** A public initiative, for "members of initiative…". */
export const initiativeOptionSchema = z.object({
  slug: z.string(),
  title: z.string(),
});
export type InitiativeOption = z.infer<typeof initiativeOptionSchema>;

/**
 * GET /api/filter-options: the choices the filters offer, over every published, unarchived
 * initiative (never only a first page of them).
 */
export const filterOptionsSchema = z.object({
  /** Distinct, by name. */
  frameworks: z.array(frameworkOptionSchema),
  /** By title. */
  initiatives: z.array(initiativeOptionSchema),
  /** The public data version (ISO timestamp) the options were read at; null when there is no data. */
  dataVersion: z.string().nullable(),
});
export type FilterOptions = z.infer<typeof filterOptionsSchema>;
