import {
  initiativeSortFields,
  listInitiativesQuerySchema,
  type InitiativeSortField,
  type ListInitiativesQuery,
} from '@tracker/shared';

/**
 * The Initiatives view's state lives in the URL, in the same model the API accepts
 * (`listInitiativesQuerySchema`): one filter model for the address bar, the query key and the request.
 */

/** Repeatable parameters, in the order they are written to the URL. */
const repeatableKeys = [
  'country',
  'group',
  'role',
  'lead',
  'material',
  'status',
  'kind',
  'framework',
] as const;
const filterScalarKeys = ['q', 'membersOf', 'match', 'from', 'to', 'asOf'] as const;
const viewKeys = ['sort', 'page', 'pageSize'] as const;
const scalarKeys = [...filterScalarKeys, ...viewKeys] as const;
type RepeatableKey = (typeof repeatableKeys)[number];
type SearchKey = RepeatableKey | (typeof scalarKeys)[number];

/** Country codes are upper case in the model; a hand-typed `?country=pl` is accepted too. */
const upperCaseKeys: readonly RepeatableKey[] = ['country', 'lead'];

export const defaultInitiativesQuery: ListInitiativesQuery = listInitiativesQuerySchema.parse({});

export type ParsedInitiativesSearch = {
  query: ListInitiativesQuery;
  /** Parameters that were present but invalid, and so were dropped (e.g. `sort`, `asOf`). */
  ignored: SearchKey[];
};

function isSearchKey(key: PropertyKey | undefined): key is SearchKey {
  return (
    typeof key === 'string' &&
    ((repeatableKeys as readonly string[]).includes(key) ||
      (scalarKeys as readonly string[]).includes(key))
  );
}

/**
 * Reads the view state from URL search params. An invalid parameter (a mistyped sort, an unknown
 * status in a shared link) is dropped and reported rather than blanking the whole page. Values
 * that are well-formed but name nothing (country `XX`) are the API's to reject: it answers 400
 * naming the value, and the page offers to clear that filter.
 */
export function parseInitiativesSearch(params: URLSearchParams): ParsedInitiativesSearch {
  const raw: Partial<Record<SearchKey, string | string[]>> = {};
  for (const key of repeatableKeys) {
    const values = params.getAll(key);
    if (values.length > 0)
      raw[key] = upperCaseKeys.includes(key) ? values.map((value) => value.toUpperCase()) : values;
  }
  for (const key of scalarKeys) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') raw[key] = value;
  }

  const ignored: SearchKey[] = [];
  for (;;) {
    const result = listInitiativesQuerySchema.safeParse(raw);
    if (result.success) {
      const query = result.data;
      return { query: query.q === '' ? { ...query, q: undefined } : query, ignored };
    }
    const bad = [...new Set(result.error.issues.map((issue) => issue.path[0]))].filter(isSearchKey);
    // Every key has a default or is optional, so dropping the offending keys always converges.
    if (bad.length === 0) return { query: defaultInitiativesQuery, ignored };
    for (const key of bad) {
      delete raw[key];
      ignored.push(key);
    }
  }
}

/**
 * The filters alone as search params, in a stable order and without defaults: what the exports,
 * the feed and the matrix take (they have no pages).
 */
export function serializeInitiativeFilters(
  query: ListInitiativesQuery,
  { withSort = true }: { withSort?: boolean } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  const q = query.q?.trim();
  if (q) params.set('q', q);
  for (const code of query.country) params.append('country', code);
  for (const group of query.group) params.append('group', group);
  if (query.membersOf) params.set('membersOf', query.membersOf);
  if (query.match !== defaultInitiativesQuery.match) params.set('match', query.match);
  for (const role of query.role) params.append('role', role);
  for (const code of query.lead) params.append('lead', code);
  for (const id of query.material) params.append('material', id);
  for (const status of query.status) params.append('status', status);
  for (const kind of query.kind) params.append('kind', kind);
  for (const framework of query.framework) params.append('framework', framework);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.asOf) params.set('asOf', query.asOf);
  if (withSort && query.sort !== defaultInitiativesQuery.sort) params.set('sort', query.sort);
  return params;
}

/**
 * Writes the view state as search params in a stable order, leaving out defaults so shared
 * links stay short. The API reads the same parameters, so this is also the request's query string.
 */
export function serializeInitiativesSearch(query: ListInitiativesQuery): URLSearchParams {
  const params = serializeInitiativeFilters(query);
  if (query.page !== defaultInitiativesQuery.page) params.set('page', String(query.page));
  if (query.pageSize !== defaultInitiativesQuery.pageSize)
    params.set('pageSize', String(query.pageSize));
  return params;
}

export type InitiativesQueryPatch = Partial<ListInitiativesQuery>;

/**
 * Applies a change to the view state. Anything other than moving between pages (a filter, the sort,
 * the page size) starts again from page 1, since the old page number no longer means anything.
 */
export function applyInitiativesQueryPatch(
  current: ListInitiativesQuery,
  patch: InitiativesQueryPatch,
): ListInitiativesQuery {
  const next: ListInitiativesQuery = { ...current, ...patch };
  if (next.q !== undefined && next.q.trim() === '') next.q = undefined;
  const changesPageOnly = Object.keys(patch).every((key) => key === 'page');
  if (!changesPageOnly) next.page = patch.page ?? 1;
  return next;
}

/**
 * One filter a reader has set, as a removable unit: one chip per country, material, status…, one
 * for each scalar. `match` is not listed: it only says how the countries combine.
 */
const removableScalarKeys = ['q', 'membersOf', 'from', 'to', 'asOf'] as const;
export type FilterKey = RepeatableKey | (typeof removableScalarKeys)[number];
export type ActiveFilter = { key: FilterKey; value: string };

/** The filters a reader has set, in the order the toolbar shows them. */
export function activeFilters(query: ListInitiativesQuery): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  const q = query.q?.trim();
  if (q) filters.push({ key: 'q', value: q });
  for (const value of query.group) filters.push({ key: 'group', value });
  if (query.membersOf) filters.push({ key: 'membersOf', value: query.membersOf });
  for (const value of query.country) filters.push({ key: 'country', value });
  for (const value of query.role) filters.push({ key: 'role', value });
  for (const value of query.lead) filters.push({ key: 'lead', value });
  for (const value of query.material) filters.push({ key: 'material', value });
  for (const value of query.status) filters.push({ key: 'status', value });
  for (const value of query.kind) filters.push({ key: 'kind', value });
  for (const value of query.framework) filters.push({ key: 'framework', value });
  if (query.from) filters.push({ key: 'from', value: query.from });
  if (query.to) filters.push({ key: 'to', value: query.to });
  if (query.asOf) filters.push({ key: 'asOf', value: query.asOf });
  return filters;
}

function isRepeatable(key: FilterKey): key is RepeatableKey {
  return (repeatableKeys as readonly string[]).includes(key);
}

/** The patch that removes one filter value (or, without a value, the whole filter). */
export function removeFilterPatch(
  query: ListInitiativesQuery,
  filter: { key: FilterKey; value?: string },
): InitiativesQueryPatch {
  const { key, value } = filter;
  if (isRepeatable(key)) {
    const values: readonly string[] = query[key];
    return { [key]: value === undefined ? [] : values.filter((entry) => entry !== value) };
  }
  return { [key]: undefined };
}

/** The query string keys a filter may be named by in an API error (`issues[].path`). */
export function isFilterKey(key: string): key is FilterKey {
  return (
    (repeatableKeys as readonly string[]).includes(key) ||
    (removableScalarKeys as readonly string[]).includes(key)
  );
}

/** Filters a reader sets (as opposed to sort and pagination). */
export function hasActiveFilters(query: ListInitiativesQuery): boolean {
  return activeFilters(query).length > 0;
}

/** Resets the filters but keeps how the reader sorts and pages. */
export function clearFilters(query: ListInitiativesQuery): ListInitiativesQuery {
  return {
    ...defaultInitiativesQuery,
    sort: query.sort,
    pageSize: query.pageSize,
  };
}

export type SortState = { field: InitiativeSortField; desc: boolean };

export function isSortField(value: string): value is InitiativeSortField {
  return (initiativeSortFields as readonly string[]).includes(value);
}

/** `-date` → `{ field: 'date', desc: true }`. */
export function parseSort(sort: string): SortState {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  return isSortField(field) ? { field, desc } : { field: 'date', desc: true };
}

export function formatSort({ field, desc }: SortState): string {
  return `${desc ? '-' : ''}${field}`;
}
