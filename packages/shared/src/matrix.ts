import { z } from 'zod';
import { instruments, participationRoles } from './enums';
import {
  countryWithMembershipsSchema,
  initiativeFilterSchema,
  isoDateSchema,
  linkedInitiativeSchema,
} from './schemas';

// ---------- Participation matrix (issue #3) ----------

/** A row of the matrix: a country and how many of the matched initiatives it takes part in. */
export const matrixCountrySchema = countryWithMembershipsSchema.extend({
  count: z.number().int(),
});
export type MatrixCountry = z.infer<typeof matrixCountrySchema>;

/** A column of the matrix: an initiative and how many countries take part in it. */
export const matrixInitiativeSchema = linkedInitiativeSchema.extend({
  count: z.number().int(),
});
export type MatrixInitiative = z.infer<typeof matrixInitiativeSchema>;

/** One participation: the country (code) takes part in the initiative (slug) in this role. */
export const matrixCellSchema = z.object({
  country: z.string(),
  initiative: z.string(),
  role: z.enum(participationRoles),
  /** Null when the sources do not give the date: shown as unknown, never guessed. */
  joinedOn: isoDateSchema.nullable(),
  leftOn: isoDateSchema.nullable(),
  instrument: z.enum(instruments).nullable(),
});
export type MatrixCell = z.infer<typeof matrixCellSchema>;

export const participationMatrixSchema = z.object({
  countries: z.array(matrixCountrySchema),
  initiatives: z.array(matrixInitiativeSchema),
  cells: z.array(matrixCellSchema),
  /** The latest change to any initiative (ISO timestamp); null when there is no data. */
  dataVersion: z.string().nullable(),
  /** The filter the matrix was computed with, as parsed (defaults filled in). */
  filters: initiativeFilterSchema.optional(),
});
export type ParticipationMatrix = z.infer<typeof participationMatrixSchema>;

/** The matrix and its exports take exactly the list's filters (no sort, no pages). */
export const participationMatrixQuerySchema = initiativeFilterSchema;
export type ParticipationMatrixQuery = z.infer<typeof participationMatrixQuerySchema>;
