import { describe, expect, it } from 'vitest';
import {
  activeCoverageFilters,
  parseCoverageSearch,
  serializeCoverageSearch,
  statsParams,
} from './coverage-search';

const parse = (query: string) => parseCoverageSearch(new URLSearchParams(query));

describe('coverage search state', () => {
  it('reads the list, view, measure, interval and the shared filter model from the URL', () => {
    const search = parse(
      'list=nato&view=heatmap&measure=activities&interval=year&country=de&country=PL&asOf=2025-07-01&status=signed',
    );
    expect(search.list).toBe('nato');
    expect(search.view).toBe('heatmap');
    expect(search.measure).toBe('activities');
    expect(search.interval).toBe('year');
    expect(search.filter.country).toEqual(['DE', 'PL']);
    expect(search.filter.asOf).toBe('2025-07-01');
    expect(search.filter.status).toEqual(['signed']);
    expect(search.ignored).toEqual([]);
  });

  it('falls back to defaults for unknown settings and drops an invalid filter, naming it', () => {
    const search = parse('list=un&view=pie&measure=tonnes&asOf=yesterday&material=lithium');
    expect(search.list).toBeNull();
    expect(search.view).toBe('coverage');
    expect(search.measure).toBe('countries');
    expect(search.filter.asOf).toBeUndefined();
    expect(search.filter.material).toEqual(['lithium']);
    expect(search.ignored).toEqual(['asOf']);
  });

  it('writes a stable, short query string that reads back to the same state', () => {
    const state = parse('status=signed&list=eu_critical&view=map&country=PL&match=all&country=DE');
    const written = serializeCoverageSearch(state).toString();
    expect(written).toBe('country=PL&country=DE&match=all&status=signed&list=eu_critical&view=map');
    expect(parse(written)).toEqual(state);
    // Defaults are left out.
    expect(
      serializeCoverageSearch(parse('view=coverage&measure=countries&match=any')).toString(),
    ).toBe('');
  });

  it('gives each stats endpoint the filter plus its own parameters, never a view setting', () => {
    const { filter } = parse('asOf=2025-06-23&material=lithium&view=gaps&measure=allies');
    expect(statsParams(filter, { list: 'nato', scope: 'allies', interval: null }).toString()).toBe(
      'material=lithium&asOf=2025-06-23&list=nato&scope=allies',
    );
  });

  it('lists the filters a reader has set, without match', () => {
    const { filter } = parse('country=DE&match=all&asOf=2025-07-01');
    expect(activeCoverageFilters(filter)).toEqual([
      ['country', ['DE']],
      ['asOf', ['2025-07-01']],
    ]);
  });
});
