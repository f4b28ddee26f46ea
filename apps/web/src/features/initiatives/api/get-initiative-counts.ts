import { useQueries } from '@tanstack/react-query';
import type { ListInitiativesQuery } from '@tracker/shared';
import { getInitiatives } from './get-initiatives';

/** How many initiatives match a filter, asked for as a one-row page (the total comes with it). */
export function getInitiativeCountQueryOptions(query: ListInitiativesQuery) {
  const countQuery: ListInitiativesQuery = { ...query, page: 1, pageSize: 1 };
  return {
    queryKey: ['initiatives', 'count', countQuery] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => getInitiatives(countQuery, signal),
    select: (list: { total: number }) => list.total,
    staleTime: 60_000,
  };
}

/**
 * The totals for several variants of a filter at once (e.g. the current one with each filter
 * left out), so an empty result can say which single change would give results. Undefined while
 * a count loads or when it failed.
 */
export function useInitiativeCounts(
  queries: readonly ListInitiativesQuery[],
  enabled: boolean,
): (number | undefined)[] {
  return useQueries({
    queries: queries.map((query) => ({ ...getInitiativeCountQueryOptions(query), enabled })),
    combine: (results) => results.map((result) => result.data),
  });
}
