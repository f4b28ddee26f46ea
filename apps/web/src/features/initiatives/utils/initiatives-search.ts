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

const repeatableKeys = ['country', 'material', 'status', 'kind'] as const;
const scalarKeys = ['match', 'q', 'sort', 'page', 'pageSize'] as const;
type SearchKey = (typeof repeatableKeys)[number] | (typeof scalarKeys)[number];

export const defaultInitiativesQuery: ListInitiativesQuery = listInitiativesQuerySchema.parse({});

export type ParsedInitiativesSearch = {
  query: ListInitiativesQuery;
  /** Parameters that were present but invalid, and so were dropped (e.g. `sort`, `country`). */
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
 * status in a shared link) is dropped and reported rather than blanking the whole page.
 */
export function parseInitiativesSearch(params: URLSearchParams): ParsedInitiativesSearch {
  const raw: Partial<Record<SearchKey, string | string[]>> = {};
  for (const key of repeatableKeys) {
    const values = params.getAll(key);
    // Country codes are upper case in the model; accept a hand-typed `?country=pl` too.
    if (values.length > 0)
      raw[key] = key === 'country' ? values.map((value) => value.toUpperCase()) : values;
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
 * Writes the view state as search params in a stable order, leaving out defaults so shared
 * links stay short. The API reads the same parameters, so this is also the request's query string.
 */
export function serializeInitiativesSearch(query: ListInitiativesQuery): URLSearchParams {
  const params = new URLSearchParams();
  const q = query.q?.trim();
  if (q) params.set('q', q);
  for (const code of query.country) params.append('country', code);
  if (query.match !== defaultInitiativesQuery.match) params.set('match', query.match);
  for (const id of query.material) params.append('material', id);
  for (const status of query.status) params.append('status', status);
  for (const kind of query.kind) params.append('kind', kind);
  if (query.sort !== defaultInitiativesQuery.sort) params.set('sort', query.sort);
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

/** Filters a reader sets (as opposed to sort and pagination). */
export function hasActiveFilters(query: ListInitiativesQuery): boolean {
  return (
    query.country.length > 0 ||
    query.material.length > 0 ||
    query.status.length > 0 ||
    query.kind.length > 0 ||
    Boolean(query.q?.trim())
  );
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
