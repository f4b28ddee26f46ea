import type { ListInitiativesQuery } from '@tracker/shared';
import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  applyInitiativesQueryPatch,
  clearFilters,
  defaultInitiativesQuery,
  formatSort,
  hasActiveFilters,
  parseInitiativesSearch,
  parseSort,
  removeFilterPatch,
  serializeInitiativeFilters,
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

  it('round-trips every filter parameter, and keeps the address as written', () => {
    const everything: ListInitiativesQuery = {
      ...defaultInitiativesQuery,
      q: 'rare earths',
      country: ['DE', 'PL', 'SE'],
      group: ['nato', 'indo_pacific'],
      membersOf: 'nato-hvp-dcrm-2025',
      match: 'all',
      role: ['lead', 'participant'],
      lead: ['NL'],
      material: ['lithium', 'rare-earth-elements'],
      status: ['signed', 'active'],
      kind: ['joint_procurement', 'eu_initiative'],
      framework: ['NATO DPAP', 'EU CRMA'],
      from: '2024-01-01',
      to: '2025-12-31',
      asOf: '2025-06-24',
      sort: '-sources',
      page: 4,
      pageSize: 100,
    };
    const search = serializeInitiativesSearch(everything).toString();
    expect(search).toBe(
      'q=rare+earths&country=DE&country=PL&country=SE&group=nato&group=indo_pacific' +
        '&membersOf=nato-hvp-dcrm-2025&match=all&role=lead&role=participant&lead=NL' +
        '&material=lithium&material=rare-earth-elements&status=signed&status=active' +
        '&kind=joint_procurement&kind=eu_initiative&framework=NATO+DPAP&framework=EU+CRMA' +
        '&from=2024-01-01&to=2025-12-31&asOf=2025-06-24&sort=-sources&page=4&pageSize=100',
    );
    expect(parse(search)).toEqual({ query: everything, ignored: [] });
    // Written back, the parsed address is the same address: a copied link reproduces the view.
    expect(serializeInitiativesSearch(parse(search).query).toString()).toBe(search);
  });

  it('writes a group pick as one parameter, not as its member countries', () => {
    expect(
      serializeInitiativesSearch({ ...defaultInitiativesQuery, group: ['nato'] }).toString(),
    ).toBe('group=nato');
  });

  it('gives the exports and the feed the filters and sort, never the page or page size', () => {
    const state: ListInitiativesQuery = {
      ...defaultInitiativesQuery,
      country: ['PL'],
      asOf: '2025-01-01',
      sort: 'title',
      page: 3,
      pageSize: 50,
    };
    expect(serializeInitiativeFilters(state).toString()).toBe(
      'country=PL&asOf=2025-01-01&sort=title',
    );
    expect(serializeInitiativeFilters(state, { withSort: false }).toString()).toBe(
      'country=PL&asOf=2025-01-01',
    );
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

  it('drops malformed dates, unknown groups and a range that ends before it starts', () => {
    const { query, ignored } = parse(
      '?asOf=yesterday&group=nordics&from=2025-06-01&to=2024-01-01&membersOf=Not%20A%20Slug&lead=pl',
    );
    expect(ignored.sort()).toEqual(['asOf', 'group', 'membersOf', 'to']);
    expect(query).toEqual({ ...defaultInitiativesQuery, from: '2025-06-01', lead: ['PL'] });
  });

  it('resets to page 1 when any filter changes', () => {
    const onPage3 = { ...defaultInitiativesQuery, page: 3 };
    const patches: Partial<ListInitiativesQuery>[] = [
      { group: ['eu'] },
      { membersOf: 'nato-hvp-dcrm-2025' },
      { match: 'all' },
      { role: ['lead'] },
      { lead: ['DE'] },
      { material: ['lithium'] },
      { kind: ['eu_initiative'] },
      { framework: ['EU CRMA'] },
      { from: '2024-01-01' },
      { to: '2025-01-01' },
      { asOf: '2025-01-01' },
    ];
    for (const patch of patches) {
      expect(applyInitiativesQueryPatch(onPage3, patch)).toEqual({ ...onPage3, ...patch, page: 1 });
    }
  });

  it('lists active filters one value at a time, and removes exactly one', () => {
    const state: ListInitiativesQuery = {
      ...defaultInitiativesQuery,
      country: ['TR', 'PL'],
      group: ['nato'],
      match: 'all',
      asOf: '2025-01-01',
      q: 'ammunition',
      sort: 'title',
    };
    expect(activeFilters(state)).toEqual([
      { key: 'q', value: 'ammunition' },
      { key: 'group', value: 'nato' },
      { key: 'country', value: 'TR' },
      { key: 'country', value: 'PL' },
      { key: 'asOf', value: '2025-01-01' },
    ]);
    expect(removeFilterPatch(state, { key: 'country', value: 'TR' })).toEqual({ country: ['PL'] });
    expect(removeFilterPatch(state, { key: 'country' })).toEqual({ country: [] });
    expect(removeFilterPatch(state, { key: 'asOf', value: '2025-01-01' })).toEqual({
      asOf: undefined,
    });
    // Match and sort are how the filters combine and show, not filters of their own.
    expect(activeFilters({ ...defaultInitiativesQuery, match: 'all', sort: 'title' })).toEqual([]);
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
      group: ['eu'],
      lead: ['PL'],
      framework: ['EU CRMA'],
      asOf: '2025-01-01',
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
