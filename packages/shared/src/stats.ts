import { z } from 'zod';
import {
  countryStatuses,
  initiativeKinds,
  initiativeStatuses,
  materialActivities,
  participationRoles,
} from './enums';
import { initiativeFilterSchema, isoDateSchema } from './schemas';

// ---------- Coverage statistics (issue #4) ----------

/** An enum whose error names the bad value and the allowed ones ("unknown list \"foo\": …"). */
const namedEnum = <const T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is required: one of ${values.join(', ')}`
        : `unknown ${what} ${JSON.stringify(issue.input)}: must be one of ${values.join(', ')}`,
  });

/**
 * The criticality lists a reader can measure coverage against:
 * - `nato`: NATO's 12 defence-critical raw materials (list of 11 December 2024);
 * - `eu_strategic`: EU Critical Raw Materials Act, Annex I (strategic) — a material the Annex
 *   names only in part (`euStrategic: 'partial'`, e.g. battery-grade lithium) counts as listed;
 * - `eu_critical`: EU Critical Raw Materials Act, Annex II (critical).
 */
export const criticalityLists = ['nato', 'eu_strategic', 'eu_critical'] as const;
export const criticalityListSchema = namedEnum('list', criticalityLists);
export type CriticalityList = z.infer<typeof criticalityListSchema>;

export const timelineIntervals = ['quarter', 'year'] as const;
export const timelineIntervalSchema = namedEnum('interval', timelineIntervals);
export type TimelineInterval = z.infer<typeof timelineIntervalSchema>;

/** Whose gaps to show: NATO Allies only, or every country in the data. */
export const gapScopes = ['allies', 'all'] as const;
export const gapScopeSchema = namedEnum('scope', gapScopes);
export type GapScope = z.infer<typeof gapScopeSchema>;

/** At most this many buckets in a timeline: a chart never draws more points per series. */
export const maxTimelineBuckets = 600;

/**
 * Every statistics endpoint takes the initiatives list's filter model (including `asOf`): only the
 * matched initiatives count, and only the participations in force on the `asOf` day. A `material`
 * filter also limits the materials counted to those named. A `role` filter limits the
 * participations counted (e.g. only where a country leads).
 */
const statsFilterSchema = initiativeFilterSchema;

/** GET /api/stats/materials and /api/stats/country-material: the filter and an optional list. */
export const statsQuerySchema = statsFilterSchema.safeExtend({
  /** Limits the materials to one list; without it, every material in the data. */
  list: criticalityListSchema.optional(),
});
export type StatsQuery = z.infer<typeof statsQuerySchema>;
export type StatsQueryInput = z.input<typeof statsQuerySchema>;

/**
 * GET /api/stats/countries: the filter (a `material` pick shows that material's map); a `list`
 * limits the materials counted per country to the list's.
 */
export const countryStatsQuerySchema = statsQuerySchema;
export type CountryStatsQuery = z.infer<typeof countryStatsQuerySchema>;

/** GET /api/stats/timeline. */
export const timelineQuerySchema = statsFilterSchema.safeExtend({
  /**
   * Bucket size. When absent: quarters while the dated span is at most 10 years, else years.
   * A span too long for 600 buckets falls back to years (the response says which was used).
   */
  interval: timelineIntervalSchema.optional(),
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;
export type TimelineQueryInput = z.input<typeof timelineQuerySchema>;

/** GET /api/stats/gaps: a list is required (gaps are "listed but not covered"). */
export const gapsQuerySchema = statsFilterSchema.safeExtend({
  list: criticalityListSchema,
  scope: gapScopeSchema.default('allies'),
});
export type GapsQuery = z.infer<typeof gapsQuerySchema>;
export type GapsQueryInput = z.input<typeof gapsQuerySchema>;

// ---------- Shared pieces ----------

export const statsMaterialSchema = z.object({
  id: z.string(),
  name: z.string(),
  symbol: z.string().nullable(),
  natoCritical: z.boolean(),
  euCritical: z.boolean(),
  /** 'partial' when the EU strategic list covers only a grade or subset. */
  euStrategic: z.enum(['yes', 'partial', 'no']),
});
export type StatsMaterial = z.infer<typeof statsMaterialSchema>;

export const statsCountrySchema = z.object({
  code: z.string(),
  name: z.string(),
  status: z.enum(countryStatuses),
});
export type StatsCountry = z.infer<typeof statsCountrySchema>;

const dataVersionSchema = z
  .string()
  .nullable()
  .describe('The latest change to any initiative (ISO timestamp); null when there is no data.');

// ---------- GET /api/stats/materials ----------

export const materialCoverageItemSchema = z.object({
  material: statsMaterialSchema,
  /** On the chosen list (an EU 'partial' entry counts as listed); null when no list was chosen. */
  listed: z.boolean().nullable(),
  /** Matched initiatives covering the material. */
  initiatives: z.number().int(),
  /** Distinct countries taking part (in force as of the day, when asked) in those initiatives. */
  countries: z.number().int(),
  /** Of those, NATO Allies. */
  allies: z.number().int(),
  /** Per activity (only activities with at least one initiative), in the order of the enum. */
  byActivity: z.array(
    z.object({
      activity: z.enum(materialActivities),
      initiatives: z.number().int(),
      countries: z.number().int(),
    }),
  ),
  /** Per initiative status (only statuses with at least one initiative). */
  byStatus: z.array(
    z.object({ status: z.enum(initiativeStatuses), initiatives: z.number().int() }),
  ),
});
export type MaterialCoverageItem = z.infer<typeof materialCoverageItemSchema>;

export const materialCoverageSchema = z.object({
  list: criticalityListSchema.nullable(),
  /** Every material in scope (the list's, else all), uncovered ones with zeros; by name. */
  items: z.array(materialCoverageItemSchema),
  dataVersion: dataVersionSchema,
});
export type MaterialCoverage = z.infer<typeof materialCoverageSchema>;

// ---------- GET /api/stats/country-material ----------

/** At most this many initiatives listed in one cell of the country × material grid. */
export const maxCellInitiatives = 5;

export const countryMaterialCellSchema = z.object({
  country: z.string(),
  material: z.string(),
  /** How many matched initiatives covering the material the country takes part in. */
  initiativeCount: z.number().int(),
  /**
   * Those initiatives, the latest first (then by slug), at most `maxCellInitiatives` (5) of them: a pair can have
   * thousands at scale, and `initiativeCount` gives the total (the initiatives list filtered by
   * the country and the material shows them all).
   */
  initiatives: z.array(
    z.object({ slug: z.string(), title: z.string(), role: z.enum(participationRoles) }),
  ),
  /** The union of those initiatives' activities for the material, in the order of the enum. */
  activities: z.array(z.enum(materialActivities)),
});
export type CountryMaterialCell = z.infer<typeof countryMaterialCellSchema>;

export const countryMaterialMatrixSchema = z.object({
  list: criticalityListSchema.nullable(),
  /** Every country in the data (so the grid shows gaps), by name. */
  countries: z.array(statsCountrySchema),
  /** Every material in scope, by name. */
  materials: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Only covered pairs; a pair absent here is a gap. */
  cells: z.array(countryMaterialCellSchema),
  dataVersion: dataVersionSchema,
});
export type CountryMaterialMatrix = z.infer<typeof countryMaterialMatrixSchema>;

// ---------- GET /api/stats/timeline ----------

export const timelineBucketSchema = z.object({
  /** '2025-Q2' or '2025'. */
  period: z.string(),
  /** First day of the period. */
  start: isoDateSchema,
  /** Matched initiatives dated in the period (signed date, else announced date). */
  signed: z.number().int(),
  /** Participations of matched initiatives whose known join date falls in the period. */
  joinings: z.number().int(),
  /** `signed` by initiative kind (only kinds with at least one). */
  signedByKind: z.partialRecord(z.enum(initiativeKinds), z.number().int()),
});
export type TimelineBucket = z.infer<typeof timelineBucketSchema>;

export const timelineSchema = z.object({
  interval: timelineIntervalSchema,
  /** Every period from the first dated event to the last, empty ones with zeros; oldest first. */
  buckets: z.array(timelineBucketSchema).max(maxTimelineBuckets),
  /**
   * Dated events before the first bucket: only when the span is longer than 600 periods, so the
   * buckets keep to the latest 600 (otherwise zeros).
   */
  earlier: z.object({ signed: z.number().int(), joinings: z.number().int() }),
  /** What cannot be placed: initiatives with no date, participations with no known join date. */
  undated: z.object({ initiatives: z.number().int(), joinings: z.number().int() }),
  dataVersion: dataVersionSchema,
});
export type Timeline = z.infer<typeof timelineSchema>;

// ---------- GET /api/stats/gaps ----------

export const coverageGapsSchema = z.object({
  list: criticalityListSchema,
  scope: gapScopeSchema,
  /** Every listed material, by name: how many countries in scope are covered, and which are not. */
  materials: z.array(
    z.object({
      material: statsMaterialSchema,
      coveredCountries: z.number().int(),
      uncoveredCountries: z.array(z.string()),
    }),
  ),
  /** Every country in scope, by name, with the listed materials it has no initiative for. */
  countries: z.array(
    z.object({ country: statsCountrySchema, uncoveredMaterials: z.array(z.string()) }),
  ),
  /** Listed materials no matched initiative covers at all. */
  materialsWithNoInitiative: z.array(z.string()),
  /** Countries in scope that take part in no matched initiative (of any material). */
  countriesInNoInitiative: z.array(z.string()),
  dataVersion: dataVersionSchema,
});
export type CoverageGaps = z.infer<typeof coverageGapsSchema>;

// ---------- GET /api/stats/countries ----------

export const countryStatsItemSchema = z.object({
  country: statsCountrySchema.extend({
    /** ISO 3166-1 numeric (e.g. '276'), the id world-atlas TopoJSON uses; null when unknown. */
    isoNumeric: z.string().nullable(),
  }),
  /** Matched initiatives the country takes part in (in force as of the day, when asked). */
  initiatives: z.number().int(),
  /** Distinct materials those initiatives cover (only the named ones under a `material` filter). */
  materials: z.number().int(),
  /** Of those initiatives, the ones it leads (role 'lead'). */
  leads: z.number().int(),
});
export type CountryStatsItem = z.infer<typeof countryStatsItemSchema>;

export const countryStatsSchema = z.object({
  /** Every country in the data, by name, zeros included (so the map can shade "none"). */
  items: z.array(countryStatsItemSchema),
  dataVersion: dataVersionSchema,
});
export type CountryStats = z.infer<typeof countryStatsSchema>;
