import type { ListInitiativesQuery } from '@tracker/shared';
import { describe, expect, it } from 'vitest';
import {
  applyInitiativesQueryPatch,
  clearFilters,
  defaultInitiativesQuery,
  formatSort,
  hasActiveFilters,
  parseInitiativesSearch,
  parseSort,
  serializeInitiativesSearch,
} from './initiatives-search';

const parse = (search: string) => parseInitiativesSearch(new URLSearchParams(search));

describe('initiatives URL state', () => {
  it('reads defaults from an empty address', () => {
    expect(parse('')).toEqual({
      query: {
        country: [],
        group: [],
        role: [],
        lead: [],
        framework: [],
        match: 'any',
        material: [],
        status: [],
        kind: [],
        q: undefined,
        sort: '-date',
        page: 1,
        pageSize: 25,
      },
      ignored: [],
    });
  });

  it('reads every parameter, repeated or comma-separated, in the shared filter model', () => {
    const { query, ignored } = parse(
      '?country=DE&country=pl&match=all&material=lithium,titanium&status=signed&kind=high_visibility_project&q=%20stockpile%20&sort=title&page=3&pageSize=50',
    );
    expect(ignored).toEqual([]);
    expect(query).toEqual({
      ...defaultInitiativesQuery,
      country: ['DE', 'PL'],
      match: 'all',
      material: ['lithium', 'titanium'],
      status: ['signed'],
      kind: ['high_visibility_project'],
      q: 'stockpile',
      sort: 'title',
      page: 3,
      pageSize: 50,
    });
  });

  it('round-trips: serialize then parse gives back the same state', () => {
    const states: ListInitiativesQuery[] = [
      defaultInitiativesQuery,
      {
        ...defaultInitiativesQuery,
        country: ['DE', 'PL', 'IT'],
        match: 'all',
        material: ['rare-earth-elements'],
        status: ['signed', 'active'],
        kind: ['joint_procurement'],
        q: 'NATO summit',
        sort: '-participants',
        page: 2,
        pageSize: 10,
      },
      { ...defaultInitiativesQuery, country: ['NL'], sort: 'updated', pageSize: 200 },
    ];
    for (const state of states) {
      const params = serializeInitiativesSearch(state);
      expect(parseInitiativesSearch(new URLSearchParams(params.toString()))).toEqual({
        query: state,
        ignored: [],
      });
    }
  });

  it('leaves defaults out of the address so shared links stay short', () => {
    expect(serializeInitiativesSearch(defaultInitiativesQuery).toString()).toBe('');
    expect(
      serializeInitiativesSearch({
        ...defaultInitiativesQuery,
        country: ['DE', 'PL'],
        q: 'lithium',
        page: 2,
      }).toString(),
    ).toBe('q=lithium&country=DE&country=PL&page=2');
  });

  it('drops and reports invalid parameters instead of failing the whole view', () => {
    const { query, ignored } = parse('?status=signed&sort=colour&page=-4&country=Germany');
    expect(ignored.sort()).toEqual(['country', 'page', 'sort']);
    expect(query).toEqual({ ...defaultInitiativesQuery, status: ['signed'] });
  });

  it('resets to page 1 when a filter, the sort or the page size changes, but not when paging', () => {
    const onPage3 = { ...defaultInitiativesQuery, page: 3 };
    expect(applyInitiativesQueryPatch(onPage3, { status: ['active'] }).page).toBe(1);
    expect(applyInitiativesQueryPatch(onPage3, { country: ['DE'] }).page).toBe(1);
    expect(applyInitiativesQueryPatch(onPage3, { q: 'x' }).page).toBe(1);
    expect(applyInitiativesQueryPatch(onPage3, { sort: 'title' }).page).toBe(1);
    expect(applyInitiativesQueryPatch(onPage3, { pageSize: 50 }).page).toBe(1);
    expect(applyInitiativesQueryPatch(onPage3, { page: 4 })).toEqual({ ...onPage3, page: 4 });
  });

  it('clears filters but keeps sort and page size', () => {
    const state: ListInitiativesQuery = {
      ...defaultInitiativesQuery,
      country: ['DE'],
      q: 'x',
      status: ['signed'],
      sort: 'title',
      pageSize: 50,
      page: 2,
    };
    expect(hasActiveFilters(state)).toBe(true);
    const cleared = clearFilters(state);
    expect(hasActiveFilters(cleared)).toBe(false);
    expect(cleared).toEqual({ ...defaultInitiativesQuery, sort: 'title', pageSize: 50 });
  });

  it('maps the sort parameter to a field and direction and back', () => {
    expect(parseSort('-date')).toEqual({ field: 'date', desc: true });
    expect(parseSort('title')).toEqual({ field: 'title', desc: false });
    expect(formatSort({ field: 'participants', desc: true })).toBe('-participants');
    expect(formatSort(parseSort('kind'))).toBe('kind');
  });
});
