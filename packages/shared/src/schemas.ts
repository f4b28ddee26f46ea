import { z } from 'zod';
import {
  countryGroups,
  countryMatchModes,
  countryStatuses,
  datePrecisions,
  initiativeKinds,
  initiativeSortFields,
  initiativeStatuses,
  initiativeVisibilities,
  instruments,
  linkRelations,
  materialActivities,
  milestoneSteps,
  participationRoles,
  sourceKinds,
} from './enums';

/** A calendar date as the API sends it: YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

const countryCodeSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO 3166-1 code such as DE')
  .transform((code) => code.toUpperCase());
const materialIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a material id such as lithium');

// ---------- Countries ----------

export const countryRefSchema = z.object({
  code: z.string(),
  name: z.string(),
});
export type CountryRef = z.infer<typeof countryRefSchema>;

export const countrySchema = z.object({
  code: z.string(),
  iso3: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  status: z.enum(countryStatuses),
  natoMemberSince: isoDateSchema.nullable(),
  euMember: z.boolean(),
  region: z.string().nullable(),
  initiativeCount: z.number().int(),
});
export type Country = z.infer<typeof countrySchema>;

export const countryListSchema = z.object({ items: z.array(countrySchema) });
export type CountryList = z.infer<typeof countryListSchema>;

// ---------- Materials ----------

export const materialRefSchema = z.object({ id: z.string(), name: z.string() });
export type MaterialRef = z.infer<typeof materialRefSchema>;

export const materialSchema = z.object({
  id: z.string(),
  name: z.string(),
  symbol: z.string().nullable(),
  aliases: z.array(z.string()),
  natoCritical: z.boolean(),
  euCritical: z.boolean(),
  euCriticalEntry: z.string().nullable(),
  /** 'partial' when the EU strategic list covers only a grade or subset (e.g. battery-grade lithium). */
  euStrategic: z.enum(['yes', 'partial', 'no']),
  euStrategicEntry: z.string().nullable(),
  defenceUses: z.string().nullable(),
  notes: z.string().nullable(),
  initiativeCount: z.number().int(),
});
export type Material = z.infer<typeof materialSchema>;

export const materialListSchema = z.object({ items: z.array(materialSchema) });
export type MaterialList = z.infer<typeof materialListSchema>;

// ---------- Initiatives ----------

export const sourceSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedOn: isoDateSchema.nullable(),
  kind: z.enum(sourceKinds).nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A participating country as shown in lists: who, and in which role. */
export const participantSummarySchema = countryRefSchema.extend({
  role: z.enum(participationRoles),
});
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;

export const initiativeSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  referenceCode: z.string().nullable(),
  title: z.string(),
  summary: z.string().nullable(),
  kind: z.enum(initiativeKinds),
  status: z.enum(initiativeStatuses),
  /** The signed date when known, otherwise the announced date; null when neither is known. */
  date: isoDateSchema.nullable(),
  datePrecision: z.enum(datePrecisions).nullable(),
  event: z.string().nullable(),
  framework: z.string().nullable(),
  leadCountry: countryRefSchema.nullable(),
  participantCount: z.number().int(),
  participants: z.array(participantSummarySchema),
  materials: z.array(materialRefSchema),
  sourceCount: z.number().int(),
  unconfirmed: z.string().nullable(),
  updatedAt: z.string(),
});
export type InitiativeSummary = z.infer<typeof initiativeSummarySchema>;

export const initiativeListSchema = z.object({
  items: z.array(initiativeSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type InitiativeList = z.infer<typeof initiativeListSchema>;

/** A country with the memberships shown as badges next to it (NATO since, EU). */
export const countryWithMembershipsSchema = countryRefSchema.extend({
  status: z.enum(countryStatuses),
  natoMemberSince: isoDateSchema.nullable(),
  euMember: z.boolean(),
});
export type CountryWithMemberships = z.infer<typeof countryWithMembershipsSchema>;

export const participationSchema = z.object({
  country: countryWithMembershipsSchema,
  role: z.enum(participationRoles),
  /** Null when the sources do not give the date: shown as unknown, never guessed. */
  joinedOn: isoDateSchema.nullable(),
  leftOn: isoDateSchema.nullable(),
  instrument: z.enum(instruments).nullable(),
});
export type Participation = z.infer<typeof participationSchema>;

export const initiativeMaterialSchema = materialRefSchema.extend({
  symbol: z.string().nullable(),
  activities: z.array(z.enum(materialActivities)),
  notes: z.string().nullable(),
});
export type InitiativeMaterial = z.infer<typeof initiativeMaterialSchema>;

export const relatedInitiativeSchema = z.object({
  slug: z.string(),
  title: z.string(),
  relation: z.enum(linkRelations),
  /** 'outgoing': this initiative implements/expands/supports the other; 'incoming': the reverse. */
  direction: z.enum(['outgoing', 'incoming']),
});
export type RelatedInitiative = z.infer<typeof relatedInitiativeSchema>;

/** A dated step on an initiative's status timeline, with the source that records it. */
export const milestoneSchema = z.object({
  id: z.number().int(),
  step: z.enum(milestoneSteps),
  occurredOn: isoDateSchema,
  sourceUrl: z.string().nullable(),
  binding: z.boolean(),
  note: z.string().nullable(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

/**
 * A status change as the audit log recorded it: when it was saved and by whom, not when it
 * happened (that is a milestone's `occurredOn`, entered by an editor with its source). Listed for
 * the write that created the record (`from` null), every write that changed `status`, and the one
 * that published it (`published`, status possibly unchanged).
 */
export const statusChangeSchema = z.object({
  recordedAt: z.string(),
  from: z.enum(initiativeStatuses).nullable(),
  to: z.enum(initiativeStatuses),
  published: z.boolean(),
  /** 'initiative.create', 'initiative.update', 'initiative.publish', 'initiative.revert' */
  action: z.string(),
  /** Who saved it: shown to editors and admins only, null for everyone else. */
  by: z.object({ name: z.string() }).nullable(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const initiativeDetailSchema = initiativeSummarySchema
  .omit({ participants: true, materials: true })
  .extend({
    announcedOn: isoDateSchema.nullable(),
    signedOn: isoDateSchema.nullable(),
    dateNote: z.string().nullable(),
    action: z.string().nullable(),
    participantsNote: z.string().nullable(),
    budgetEur: z.number().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    participants: z.array(participationSchema),
    materials: z.array(initiativeMaterialSchema),
    sources: z.array(sourceSchema),
    related: z.array(relatedInitiativeSchema),
    /** 'draft' records are shown to editors only. */
    visibility: z.enum(initiativeVisibilities),
    publishedAt: z.string().nullable(),
    /** Set when archived (soft-deleted): shown to editors only, restorable. */
    archivedAt: z.string().nullable(),
    milestones: z.array(milestoneSchema),
    /** Oldest first. The default keeps fixtures written before the field valid. */
    statusChanges: z.array(statusChangeSchema).default([]),
  });
export type InitiativeDetail = z.infer<typeof initiativeDetailSchema>;

// ---------- Country and material detail ----------

/** An initiative seen from one of its participants or materials. */
export const linkedInitiativeSchema = z.object({
  slug: z.string(),
  title: z.string(),
  kind: z.enum(initiativeKinds),
  status: z.enum(initiativeStatuses),
  date: isoDateSchema.nullable(),
  datePrecision: z.enum(datePrecisions).nullable(),
});
export type LinkedInitiative = z.infer<typeof linkedInitiativeSchema>;

export const countryDetailSchema = countrySchema.extend({
  sources: z.array(sourceSchema),
  initiatives: z.array(
    linkedInitiativeSchema.extend({
      role: z.enum(participationRoles),
      joinedOn: isoDateSchema.nullable(),
      leftOn: isoDateSchema.nullable(),
      instrument: z.enum(instruments).nullable(),
    }),
  ),
});
export type CountryDetail = z.infer<typeof countryDetailSchema>;

export const materialDetailSchema = materialSchema.extend({
  sources: z.array(sourceSchema),
  initiatives: z.array(
    linkedInitiativeSchema.extend({
      activities: z.array(z.enum(materialActivities)),
      participantCount: z.number().int(),
    }),
  ),
});
export type MaterialDetail = z.infer<typeof materialDetailSchema>;

// ---------- List query (one filter model for the API and the dashboard) ----------

/** Accepts a query parameter given once or repeated (?country=DE&country=PL) or comma-separated. */
const repeatable = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) =>
      (value === undefined ? [] : Array.isArray(value) ? value : [value])
        .flatMap((entry) => entry.split(','))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    )
    .pipe(z.array(item));

export const sortSchema = z
  .string()
  .regex(
    new RegExp(`^-?(${initiativeSortFields.join('|')})$`),
    `must be one of ${initiativeSortFields.join(', ')}, optionally prefixed with - for descending`,
  );

/** Country groups a reader can pick as one entry in the country filter. */
export const countryGroupMembers = {
  /** Indo-Pacific partners of NATO ("IP4"). */
  indo_pacific: ['AU', 'JP', 'KR', 'NZ'],
} as const;

const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an initiative slug such as nato-mmf');

/**
 * The filters every view of initiatives shares: the list, the participation matrix, the exports,
 * the Atom feed and the statistics. Countries and groups combine into one set of countries, matched
 * with `match` (any of them / all of them).
 */
const initiativeFilterShape = {
  country: repeatable(countryCodeSchema),
  /** nato = NATO Allies, eu = EU members, indo_pacific = AU, JP, KR, NZ. */
  group: repeatable(z.enum(countryGroups)),
  /** Adds the countries of one initiative to the country set ("members of initiative X"). */
  membersOf: slugSchema.optional(),
  match: z.enum(countryMatchModes).default('any'),
  /** Only participations in these roles count for the country filter (e.g. only where it leads). */
  role: repeatable(z.enum(participationRoles)),
  lead: repeatable(countryCodeSchema),
  material: repeatable(materialIdSchema),
  status: repeatable(z.enum(initiativeStatuses)),
  kind: repeatable(z.enum(initiativeKinds)),
  framework: repeatable(z.string().max(100, 'must be at most 100 characters')),
  /** Signed (else announced) on or after / on or before. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /**
   * The alliance as it stood on a day: initiatives dated by then, and only participations that had
   * started (joined_on, or when unknown the initiative's earliest dated source, else its own date)
   * and not ended (left_on) by then.
   */
  asOf: isoDateSchema.optional(),
  q: z.string().trim().max(200, 'must be at most 200 characters').optional(),
};

/** At most this many countries in one filter: a longer list is a mistake or an abuse. */
export const maxFilterCountries = 100;

type FilterFields = { country: string[]; from?: string | undefined; to?: string | undefined };

function checkFilter(value: FilterFields, ctx: z.RefinementCtx) {
  if (value.country.length > maxFilterCountries) {
    ctx.addIssue({
      code: 'custom',
      path: ['country'],
      message: `must list at most ${maxFilterCountries} countries`,
    });
  }
  if (value.from && value.to && value.from > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
}

export const initiativeFilterSchema = z.object(initiativeFilterShape).superRefine(checkFilter);
/** The parsed, defaulted filter shared by every view of initiatives. */
export type InitiativeFilter = z.infer<typeof initiativeFilterSchema>;

export const listInitiativesQuerySchema = z
  .object({
    ...initiativeFilterShape,
    sort: sortSchema.default('-date'),
    page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').default(1),
    pageSize: z.coerce
      .number()
      .int('must be a whole number')
      .min(1, 'must be 1 or more')
      .max(200, 'must be at most 200')
      .default(25),
  })
  .superRefine(checkFilter);
/** The parsed, defaulted filter the API's queries receive. */
export type ListInitiativesQuery = z.infer<typeof listInitiativesQuerySchema>;
/** The raw query the dashboard writes into its URL. */
export type ListInitiativesQueryInput = z.input<typeof listInitiativesQuerySchema>;

export const pageSizeOptions = [10, 25, 50, 100, 200] as const;

// ---------- Errors ----------

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
