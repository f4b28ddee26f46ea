import type { ListInitiativesQuery } from '@tracker/shared';
import { paths } from '@/config/paths';
import { apiUrl } from '@/lib/api-client';
import { serializeInitiativeFilters } from './initiatives-search';

export type InitiativeExportLinks = {
  csv: string;
  xlsx: string;
  atom: string;
  matrix: string;
};

/**
 * Links that reproduce the current view elsewhere: the exports (all pages, in the view's sort order),
 * the Atom feed and the matrix. They carry the filters and the sort but never the page or page size.
 */
export function initiativeExportLinks(query: ListInitiativesQuery): InitiativeExportLinks {
  const filters = serializeInitiativeFilters(query);
  const search = filters.toString();
  return {
    csv: apiUrl('/exports/initiatives.csv', filters),
    xlsx: apiUrl('/exports/initiatives.xlsx', filters),
    atom: apiUrl('/feed.atom', filters),
    // The participation matrix page reads the same filter parameters.
    matrix: `${paths.matrix()}${search ? `?${search}` : ''}`,
  };
}
