import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  initiativeListSchema,
  type InitiativeList,
  type ListInitiativesQuery,
} from '@tracker/shared';
import { apiGet } from '@/lib/api-client';
import { serializeInitiativesSearch } from '../utils/initiatives-search';

export function getInitiatives(
  query: ListInitiativesQuery,
  signal?: AbortSignal,
): Promise<InitiativeList> {
  return apiGet('/initiatives', initiativeListSchema, {
    params: serializeInitiativesSearch(query),
    signal,
  });
}

export function getInitiativesQueryOptions(query: ListInitiativesQuery) {
  return queryOptions({
    queryKey: ['initiatives', 'list', query] as const,
    queryFn: ({ signal }) => getInitiatives(query, signal),
    // Keep the current page on screen while the next page or sort loads.
    placeholderData: keepPreviousData,
  });
}

export function useInitiatives(query: ListInitiativesQuery) {
  return useQuery(getInitiativesQueryOptions(query));
}
