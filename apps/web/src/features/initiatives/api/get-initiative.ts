import { queryOptions, useQuery } from '@tanstack/react-query';
import { initiativeDetailSchema, type InitiativeDetail } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

export function getInitiative(slug: string, signal?: AbortSignal): Promise<InitiativeDetail> {
  return apiGet(`/initiatives/${encodeURIComponent(slug)}`, initiativeDetailSchema, { signal });
}

export function getInitiativeQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['initiatives', 'detail', { slug }] as const,
    queryFn: ({ signal }) => getInitiative(slug, signal),
  });
}

export function useInitiative(slug: string) {
  return useQuery(getInitiativeQueryOptions(slug));
}
