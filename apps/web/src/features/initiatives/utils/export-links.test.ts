import { describe, expect, it } from 'vitest';
import { initiativeExportLinks } from './export-links';
import { defaultInitiativesQuery } from './initiatives-search';

describe('export and subscribe links', () => {
  it('carry the filters and sort of the view, without page or page size', () => {
    const links = initiativeExportLinks({
      ...defaultInitiativesQuery,
      country: ['DE', 'PL', 'SE'],
      match: 'all',
      asOf: '2025-01-01',
      sort: 'title',
      page: 3,
      pageSize: 50,
    });
    const filters = 'country=DE&country=PL&country=SE&match=all&asOf=2025-01-01&sort=title';
    expect(links).toEqual({
      csv: `/api/exports/initiatives.csv?${filters}`,
      xlsx: `/api/exports/initiatives.xlsx?${filters}`,
      atom: `/api/feed.atom?${filters}`,
      matrix: `/matrix?${filters}`,
    });
  });

  it('have no query string for the unfiltered view', () => {
    expect(initiativeExportLinks(defaultInitiativesQuery)).toEqual({
      csv: '/api/exports/initiatives.csv',
      xlsx: '/api/exports/initiatives.xlsx',
      atom: '/api/feed.atom',
      matrix: '/matrix',
    });
  });
});
