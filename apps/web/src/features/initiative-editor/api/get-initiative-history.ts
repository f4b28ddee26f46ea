import { queryOptions, useQuery } from '@tanstack/react-query';
import { initiativeHistorySchema, type InitiativeHistory } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

export function getInitiativeHistory(
  slug: string,
  signal?: AbortSignal,
): Promise<InitiativeHistory> {
  return apiGet(`/initiatives/${encodeURIComponent(slug)}/history`, initiativeHistorySchema, {
    signal,
  });
}

export function getInitiativeHistoryQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['initiatives', 'history', { slug }] as const,
    queryFn: ({ signal }) => getInitiativeHistory(slug, signal),
  });
}

export function useInitiativeHistory(slug: string) {
  return useQuery(getInitiativeHistoryQueryOptions(slug));
}
