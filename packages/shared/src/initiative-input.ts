import { z } from 'zod';
import {
  datePrecisions,
  initiativeKinds,
  initiativeStatuses,
  initiativeVisibilities,
  instruments,
  linkRelations,
  materialActivities,
  milestoneSteps,
  participationRoles,
  sourceKinds,
} from './enums';
import { initiativeDetailSchema } from './schemas';

/**
 * What an editor types into the initiative form: validated by the dashboard's form and, with the
 * same schema, by the API. Messages are written for people, not developers; each names the field
 * through its path (`participants.2.countryCode`).
 */

export const maxTitleLength = 300;
export const maxTextLength = 5000;
export const maxShortTextLength = 300;
export const maxParticipants = 100;
export const maxMaterials = 50;
export const maxSources = 50;
export const maxRelated = 50;
export const maxMilestones = 50;

/** An optional text field: an empty or blank entry is stored as "not known" (null). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters`)
    .nullable()
    .default(null)
    .transform((value) => (value === '' || value === null ? null : value));

/** Like `optionalText`, but leaving the field out (undefined) keeps the stored value. */
const keptText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters`)
    .nullable()
    .transform((value) => (value === '' || value === null ? null : value))
    .optional();

/** An optional day: '' (an empty date input) and null both mean "not known". */
const optionalDate = z
  .union([z.literal(''), z.iso.date({ error: 'Enter a date as YYYY-MM-DD' })])
  .nullable()
  .default(null)
  .transform((value) => (value === '' || value === null ? null : value));

const requiredDate = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' });

const countryCodeInput = z
  .string({ error: 'Choose a country' })
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'Choose a country (a two-letter ISO code such as DE)')
  .transform((code) => code.toUpperCase());

/** A web address a reader can open: http or https only (no javascript:, data:, file:). */
export const webUrlSchema = z
  .string({ error: 'Enter a web address' })
  .trim()
  .max(2000, 'Keep the web address under 2000 characters')
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'Enter a web address starting with https:// or http://',
    }),
  );

const optionalWebUrl = z
  .union([z.literal(''), webUrlSchema])
  .nullable()
  .default(null)
  .transform((value) => (value === '' || value === null ? null : value));

export const participantInputSchema = z
  .object({
    countryCode: countryCodeInput,
    role: z.enum(participationRoles, { error: 'Choose a role' }).default('participant'),
    joinedOn: optionalDate,
    leftOn: optionalDate,
    instrument: z
      .enum(instruments, { error: 'Choose an instrument (LoI, MoU, contract…)' })
      .nullable()
      .default(null),
  })
  .superRefine((value, ctx) => {
    if (value.joinedOn && value.leftOn && value.leftOn < value.joinedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['leftOn'],
        message: 'The left date must be after the joined date',
      });
    }
  });
export type ParticipantInput = z.infer<typeof participantInputSchema>;

export const initiativeMaterialInputSchema = z.object({
  materialId: z
    .string({ error: 'Choose a material' })
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Choose a material from the list'),
  activities: z
    .array(z.enum(materialActivities, { error: 'Choose activities from the list' }))
    .max(materialActivities.length)
    .default([])
    .refine((list) => new Set(list).size === list.length, 'Each activity can be chosen once'),
  notes: optionalText(maxTextLength),
});
export type InitiativeMaterialInput = z.infer<typeof initiativeMaterialInputSchema>;

export const sourceInputSchema = z.object({
  url: webUrlSchema,
  title: optionalText(maxShortTextLength),
  publisher: optionalText(maxShortTextLength),
  publishedOn: optionalDate,
  kind: z
    .enum(sourceKinds, { error: 'Choose official, news or analysis' })
    .nullable()
    .default(null),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const relatedInputSchema = z.object({
  slug: z
    .string({ error: 'Choose an initiative' })
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Choose an initiative from the list'),
  relation: z.enum(linkRelations, { error: 'Choose how they are related' }).default('related'),
});
export type RelatedInput = z.infer<typeof relatedInputSchema>;

export const milestoneInputSchema = z.object({
  step: z.enum(milestoneSteps, { error: 'Choose a step (announced, LoI signed, …)' }),
  occurredOn: requiredDate,
  sourceUrl: optionalWebUrl,
  /** Whether the step commits the parties (a signed contract does, an announcement does not). */
  binding: z.boolean({ error: 'Say whether this step is binding' }).default(false),
  note: optionalText(maxTextLength),
});
export type MilestoneInput = z.infer<typeof milestoneInputSchema>;

/** Adds "already listed" to every repeat of `key` after its first occurrence. */
function rejectDuplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
  listPath: string,
  field: string,
  message: string,
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [listPath, index, field], message });
    seen.add(value);
  });
}

export const initiativeInputSchema = z
  .object({
    title: z
      .string({ error: 'Enter a title' })
      .trim()
      .min(1, 'Enter a title')
      .max(maxTitleLength, `Keep the title under ${maxTitleLength} characters`),
    summary: optionalText(maxTextLength),
    kind: z.enum(initiativeKinds, { error: 'Choose what kind of initiative this is' }),
    status: z.enum(initiativeStatuses, { error: 'Choose a status' }),
    announcedOn: optionalDate,
    signedOn: optionalDate,
    datePrecision: z
      .enum(datePrecisions, { error: 'Choose day, month or year' })
      .nullable()
      .default(null),
    event: optionalText(maxShortTextLength),
    framework: optionalText(maxShortTextLength),
    leadCountry: z
      .union([z.literal(''), countryCodeInput])
      .nullable()
      .default(null)
      .transform((value) => (value === '' || value === null ? null : value)),
    budgetEur: z
      .number({ error: 'Enter the budget in euros as a number' })
      .finite('Enter the budget in euros as a number')
      .nonnegative('The budget cannot be negative')
      .max(1e15, 'The budget is too large')
      .nullable()
      .default(null),
    /** What the sources do not confirm, in words; shown as "unconfirmed". */
    unconfirmed: optionalText(maxTextLength),
    participants: z
      .array(participantInputSchema)
      .max(maxParticipants, `List at most ${maxParticipants} countries`)
      .default([]),
    materials: z
      .array(initiativeMaterialInputSchema)
      .max(maxMaterials, `List at most ${maxMaterials} materials`)
      .default([]),
    sources: z
      .array(sourceInputSchema)
      .max(maxSources, `List at most ${maxSources} sources`)
      .default([]),
    related: z
      .array(relatedInputSchema)
      .max(maxRelated, `List at most ${maxRelated} related initiatives`)
      .default([]),
    milestones: z
      .array(milestoneInputSchema)
      .max(maxMilestones, `List at most ${maxMilestones} milestones`)
      .default([]),
    // Reference-data fields the form may leave out: omitted (undefined) keeps the stored value.
    dateNote: keptText(maxTextLength),
    action: keptText(maxTextLength),
    participantsNote: keptText(maxTextLength),
  })
  .superRefine((value, ctx) => {
    if (value.datePrecision && !value.announcedOn && !value.signedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['datePrecision'],
        message: 'Give the announced or signed date before its precision',
      });
    }
    if (value.announcedOn && value.signedOn && value.signedOn < value.announcedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['signedOn'],
        message: 'The signed date must not be before the announced date',
      });
    }
    rejectDuplicates(
      value.participants,
      (p) => p.countryCode,
      'participants',
      'countryCode',
      'This country is already listed',
      ctx,
    );
    rejectDuplicates(
      value.materials,
      (m) => m.materialId,
      'materials',
      'materialId',
      'This material is already listed',
      ctx,
    );
    rejectDuplicates(
      value.sources,
      (s) => s.url,
      'sources',
      'url',
      'This source is already listed',
      ctx,
    );
    rejectDuplicates(
      value.related,
      (r) => r.slug,
      'related',
      'slug',
      'This initiative is already listed',
      ctx,
    );
    const leads = value.participants
      .map((p, index) => ({ p, index }))
      .filter(({ p }) => p.role === 'lead');
    if (value.leadCountry && leads.some(({ p }) => p.countryCode !== value.leadCountry)) {
      for (const { index } of leads.filter(({ p }) => p.countryCode !== value.leadCountry)) {
        ctx.addIssue({
          code: 'custom',
          path: ['participants', index, 'role'],
          message: 'Only the lead country can have the lead role',
        });
      }
    }
  });
/** The form's values after parsing: what the API stores. */
export type InitiativeInput = z.infer<typeof initiativeInputSchema>;
/** What the form holds before parsing (empty strings allowed where a value is optional). */
export type InitiativeFormValues = z.input<typeof initiativeInputSchema>;

/** `POST /api/initiatives/:slug/revert`: the version whose content becomes the newest. */
export const revertInputSchema = z.object({
  version: z
    .number({ error: 'Choose a version' })
    .int('Choose a version')
    .min(1, 'Choose a version'),
});
export type RevertInput = z.infer<typeof revertInputSchema>;

/** Every write answers with the record as it now stands (its new version is also the ETag). */
export const initiativeWriteResultSchema = initiativeDetailSchema;
export type InitiativeWriteResult = z.infer<typeof initiativeWriteResultSchema>;

/** 412 `version_conflict`: the error plus the record as it now stands, so the form can compare. */
export const versionConflictSchema = z.object({
  error: z.object({
    code: z.literal('version_conflict'),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
  currentVersion: z.number().int(),
  current: initiativeDetailSchema,
});
export type VersionConflict = z.infer<typeof versionConflictSchema>;

/** The slug a new record gets: its title in lower-case ASCII words joined by hyphens. */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug === '' ? 'initiative' : slug;
}

// ---------- The admin area's list (drafts and archived records included) ----------

export const adminInitiativeStates = ['draft', 'published', 'archived'] as const;
export type AdminInitiativeState = (typeof adminInitiativeStates)[number];

export const adminInitiativesQuerySchema = z.object({
  /** draft / published: not archived, in that visibility; archived: every archived record. */
  visibility: z.enum(adminInitiativeStates).optional(),
  q: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').default(1),
  pageSize: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .max(200, 'must be at most 200')
    .default(50),
});
export type AdminInitiativesQuery = z.infer<typeof adminInitiativesQuerySchema>;
export type AdminInitiativesQueryInput = z.input<typeof adminInitiativesQuerySchema>;

export const adminInitiativeSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  kind: z.enum(initiativeKinds),
  status: z.enum(initiativeStatuses),
  visibility: z.enum(initiativeVisibilities),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  sourceCount: z.number().int(),
});
export type AdminInitiative = z.infer<typeof adminInitiativeSchema>;

export const adminInitiativeListSchema = z.object({
  items: z.array(adminInitiativeSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AdminInitiativeList = z.infer<typeof adminInitiativeListSchema>;
