import { z } from 'zod';
import { countryStatuses, instruments, materialActivities, participationRoles } from './enums';
import {
  countryRefSchema,
  countrySchema,
  isoDateSchema,
  linkedInitiativeSchema,
  sourceSchema,
} from './schemas';

// ---------- Country profile (issue #3) ----------

export const countryProfileQuerySchema = z.object({
  /** The country as it stood on a day: only participations in force then. */
  asOf: isoDateSchema.optional(),
});
export type CountryProfileQuery = z.infer<typeof countryProfileQuerySchema>;

const initiativeRefSchema = z.object({ slug: z.string(), title: z.string() });
export type ProfileInitiativeRef = z.infer<typeof initiativeRefSchema>;

export const profileInitiativeSchema = linkedInitiativeSchema.extend({
  framework: z.string().nullable(),
  role: z.enum(participationRoles),
  /** Null when the sources do not give the date: shown as unknown, never guessed. */
  joinedOn: isoDateSchema.nullable(),
  leftOn: isoDateSchema.nullable(),
  instrument: z.enum(instruments).nullable(),
});
export type ProfileInitiative = z.infer<typeof profileInitiativeSchema>;

/** A material the country's initiatives cover: the union of their activities, and which ones. */
export const profileMaterialSchema = z.object({
  id: z.string(),
  name: z.string(),
  symbol: z.string().nullable(),
  activities: z.array(z.enum(materialActivities)),
  initiatives: z.array(initiativeRefSchema),
});
export type ProfileMaterial = z.infer<typeof profileMaterialSchema>;

/** A country that takes part in some of the same initiatives, with how many it shares. */
export const profilePartnerSchema = countryRefSchema.extend({
  status: z.enum(countryStatuses),
  sharedCount: z.number().int(),
  initiatives: z.array(initiativeRefSchema),
});
export type ProfilePartner = z.infer<typeof profilePartnerSchema>;

/** The joinings on one day, oldest day first. */
export const profileTimelineEntrySchema = z.object({
  date: isoDateSchema,
  initiatives: z.array(initiativeRefSchema.extend({ role: z.enum(participationRoles) })),
});
export type ProfileTimelineEntry = z.infer<typeof profileTimelineEntrySchema>;

/** A source behind one of the country's initiatives, listed once with every initiative it backs. */
export const profileInitiativeSourceSchema = sourceSchema.extend({
  initiatives: z.array(initiativeRefSchema),
});
export type ProfileInitiativeSource = z.infer<typeof profileInitiativeSourceSchema>;

export const countryProfileSchema = countrySchema.omit({ initiativeCount: true }).extend({
  /** How the accession date is known (e.g. "source", "public knowledge"). */
  natoAccessionBasis: z.string().nullable(),
  euMemberSince: isoDateSchema.nullable(),
  euCandidate: z.boolean().nullable(),
  /** The day the profile describes; null = today's data. */
  asOf: isoDateSchema.nullable(),
  initiatives: z.array(profileInitiativeSchema),
  materials: z.array(profileMaterialSchema),
  /** At most 10, most shared initiatives first. */
  partners: z.array(profilePartnerSchema),
  timeline: z.object({
    dated: z.array(profileTimelineEntrySchema),
    /** Joinings whose date the sources do not give. */
    unknown: z.array(initiativeRefSchema.extend({ role: z.enum(participationRoles) })),
  }),
  /** Sources about the country itself (accession, EU membership). */
  sources: z.array(sourceSchema),
  /** Sources of its initiatives. */
  initiativeSources: z.array(profileInitiativeSourceSchema),
  generatedAt: z.string(),
  /** The latest change to any initiative (ISO timestamp); null when there is no data. */
  dataVersion: z.string().nullable(),
});
export type CountryProfile = z.infer<typeof countryProfileSchema>;
