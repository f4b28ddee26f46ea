import {
  criticalityLists,
  initiativeFilterSchema,
  timelineIntervals,
  type CriticalityList,
  type InitiativeFilter,
  type TimelineInterval,
} from '@tracker/shared';

/**
 * The coverage views' state lives in the URL: the initiatives filter model (same parameter names
 * and schema as the Initiatives list, so a link from there carries its filters over), the
 * criticality list, the view shown and each chart's settings.
 */

export const coverageViews = ['coverage', 'heatmap', 'gaps', 'timeline', 'map', 'list'] as const;
export type CoverageView = (typeof coverageViews)[number];

/** What the coverage bars count: distinct countries, distinct Allies, or countries per activity. */
export const coverageMeasures = ['countries', 'allies', 'activities'] as const;
export type CoverageMeasure = (typeof coverageMeasures)[number];

export type CoverageSearch = {
  filter: InitiativeFilter;
  /** Null: every material in the data. */
  list: CriticalityList | null;
  view: CoverageView;
  measure: CoverageMeasure;
  /** Null: the API picks quarters or years from the span. */
  interval: TimelineInterval | null;
  /** Filter parameters that were present but invalid, and so dropped. */
  ignored: string[];
};

const filterKeys = Object.keys(initiativeFilterSchema.shape) as (keyof InitiativeFilter)[];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

function rawFilter(params: URLSearchParams): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter((value) => value.trim() !== '');
    if (values.length === 1) raw[key] = values[0] ?? '';
    else if (values.length > 1) raw[key] = values;
  }
  return raw;
}

/** Reads the state; an invalid filter parameter is dropped and reported, never fatal. */
export function parseCoverageSearch(
  params: URLSearchParams,
  defaults: { view?: CoverageView } = {},
): CoverageSearch {
  const raw = rawFilter(params);
  const ignored: string[] = [];
  let parsed = initiativeFilterSchema.safeParse(raw);
  while (!parsed.success) {
    const bad = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))].filter(
      (key) => key in raw,
    );
    // Every field is optional or defaulted, so removing the offending ones always converges.
    if (bad.length === 0) {
      parsed = initiativeFilterSchema.safeParse({});
      break;
    }
    for (const key of bad) {
      delete raw[key];
      ignored.push(key);
    }
    parsed = initiativeFilterSchema.safeParse(raw);
  }
  const filter = parsed.success ? parsed.data : initiativeFilterSchema.parse({});
  return {
    filter,
    list: oneOf(criticalityLists, params.get('list')),
    view: oneOf(coverageViews, params.get('view')) ?? defaults.view ?? 'coverage',
    measure: oneOf(coverageMeasures, params.get('measure')) ?? 'countries',
    interval: oneOf(timelineIntervals, params.get('interval')),
    ignored,
  };
}

/** The filter alone as query parameters, in a stable order, defaults left out. */
export function serializeCoverageFilter(filter: InitiativeFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filter[key];
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else if (typeof value === 'string' && value !== '' && !(key === 'match' && value === 'any'))
      params.set(key, value);
  }
  return params;
}

/** The whole state as the page's query string; defaults are left out so links stay short. */
export function serializeCoverageSearch(
  state: Omit<CoverageSearch, 'ignored'>,
  defaults: { view?: CoverageView } = {},
): URLSearchParams {
  const params = serializeCoverageFilter(state.filter);
  if (state.list) params.set('list', state.list);
  if (state.view !== (defaults.view ?? 'coverage')) params.set('view', state.view);
  if (state.measure !== 'countries') params.set('measure', state.measure);
  if (state.interval) params.set('interval', state.interval);
  return params;
}

/** The query string a stats endpoint takes: the filter plus that endpoint's own parameters. */
export function statsParams(
  filter: InitiativeFilter,
  extra: Record<string, string | null | undefined> = {},
): URLSearchParams {
  const params = serializeCoverageFilter(filter);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params;
}

/** The filters a reader has set, as [key, values]; `match` only qualifies the countries. */
export function activeCoverageFilters(
  filter: InitiativeFilter,
): [Exclude<keyof InitiativeFilter, 'match'>, string[]][] {
  const entries: [Exclude<keyof InitiativeFilter, 'match'>, string[]][] = [];
  for (const key of filterKeys) {
    if (key === 'match') continue;
    const value = filter[key];
    if (Array.isArray(value) && value.length > 0) entries.push([key, value]);
    else if (typeof value === 'string' && value !== '') entries.push([key, [value]]);
  }
  return entries;
}
