import { initiativeFilterSchema, type InitiativeFilter } from '@tracker/shared';

/**
 * The matrix reads the Initiatives list's filters from the URL (same parameter names, same shared
 * schema) plus two view settings of its own: `order` and `transpose`.
 */

export const matrixOrders = ['count', 'name'] as const;
export type MatrixOrder = (typeof matrixOrders)[number];

const filterKeys = Object.keys(initiativeFilterSchema.shape) as (keyof InitiativeFilter)[];

export type MatrixSearch = {
  filter: InitiativeFilter;
  /** The filter alone, as query parameters: for the API, the exports and the Initiatives link. */
  filterParams: URLSearchParams;
  order: MatrixOrder;
  transposed: boolean;
  /** Filter parameters present but invalid, and so dropped. */
  ignored: string[];
};

function toRaw(params: URLSearchParams, keys: readonly string[]) {
  const raw: Record<string, string | string[]> = {};
  for (const key of keys) {
    const values = params.getAll(key).filter((value) => value.trim() !== '');
    if (values.length === 1) raw[key] = values[0] ?? '';
    else if (values.length > 1) raw[key] = values;
  }
  return raw;
}

/** Reads the view from the URL; an invalid filter parameter is dropped and reported, not fatal. */
export function parseMatrixSearch(params: URLSearchParams): MatrixSearch {
  const raw = toRaw(params, filterKeys);
  const ignored: string[] = [];
  let filter = initiativeFilterSchema.safeParse(raw);
  while (!filter.success) {
    const bad = [...new Set(filter.error.issues.map((issue) => String(issue.path[0])))];
    if (bad.length === 0 || bad.every((key) => !(key in raw))) {
      filter = initiativeFilterSchema.safeParse({});
      break;
    }
    for (const key of bad) {
      delete raw[key];
      ignored.push(key);
    }
    filter = initiativeFilterSchema.safeParse(raw);
  }
  const parsed = filter.success ? filter.data : initiativeFilterSchema.parse({});
  return {
    filter: parsed,
    filterParams: serializeFilter(parsed),
    order: params.get('order') === 'name' ? 'name' : 'count',
    transposed: params.get('transpose') === '1',
    ignored,
  };
}

/** The filter as query parameters in a stable order, defaults left out. */
export function serializeFilter(filter: InitiativeFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filter[key];
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    // `match` is left out at its default, so equal views give equal addresses.
    else if (typeof value === 'string' && value !== '' && !(key === 'match' && value === 'any'))
      params.set(key, value);
  }
  return params;
}

/** The whole view (filter and view settings) as the page's own query string. */
export function serializeMatrixSearch(view: Omit<MatrixSearch, 'ignored' | 'filterParams'>) {
  const params = serializeFilter(view.filter);
  if (view.order !== 'count') params.set('order', view.order);
  if (view.transposed) params.set('transpose', '1');
  return params;
}

/** The filters that are set, as [key, values] for display; empty = no filter. */
export function activeFilterEntries(
  filter: InitiativeFilter,
): [keyof InitiativeFilter, string[]][] {
  const entries: [keyof InitiativeFilter, string[]][] = [];
  for (const key of filterKeys) {
    if (key === 'match') continue;
    const value = filter[key];
    if (Array.isArray(value) && value.length > 0) entries.push([key, value]);
    else if (typeof value === 'string' && value !== '') entries.push([key, [value]]);
  }
  return entries;
}
