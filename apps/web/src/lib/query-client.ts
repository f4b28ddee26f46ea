import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api-client';

/** A 4xx will not change on retry (bad filter, unknown slug); network and 5xx errors get two more tries. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  });
}
