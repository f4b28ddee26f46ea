import { queryOptions, useQuery } from '@tanstack/react-query';
import { sessionSchema, type Session } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

export function getSession(signal?: AbortSignal): Promise<Session> {
  return apiGet('/auth/session', sessionSchema, { signal });
}

export function getSessionQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'session', {}] as const,
    queryFn: ({ signal }) => getSession(signal),
    // The server ends idle sessions after 30 minutes; re-check now and then and on focus.
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}
