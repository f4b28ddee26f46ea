import { queryOptions, useQuery } from '@tanstack/react-query';
import { filterOptionsSchema, type FilterOptions } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

/** Every framework and public initiative, whatever their number (the browser revalidates by ETag). */
export function getInitiativeOptions(signal?: AbortSignal): Promise<FilterOptions> {
  return apiGet('/filter-options', filterOptionsSchema, { signal });
}

export type InitiativeOptions = {
  /** For "members of initiative…", alphabetical. */
  initiatives: { slug: string; title: string }[];
  /** The distinct frameworks initiatives are recorded under, alphabetical. */
  frameworks: string[];
};

export function toInitiativeOptions(options: FilterOptions): InitiativeOptions {
  return {
    initiatives: options.initiatives,
    frameworks: options.frameworks.map((framework) => framework.name),
  };
}

/** Choices for the filters that list initiatives or frameworks; fetched once and kept. */
export function getInitiativeOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['filter-options', 'detail', {}] as const,
    queryFn: ({ signal }) => getInitiativeOptions(signal),
    select: toInitiativeOptions,
    staleTime: 10 * 60_000,
  });
}

export function useInitiativeOptions() {
  return useQuery(getInitiativeOptionsQueryOptions());
}
