import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  adminInitiativeListSchema,
  type AdminInitiativeList,
  type AdminInitiativeState,
} from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

export type AdminInitiativesQuery = {
  visibility?: AdminInitiativeState | undefined;
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

function toParams(query: AdminInitiativesQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.visibility) params.set('visibility', query.visibility);
  if (query.q) params.set('q', query.q);
  if (query.page !== undefined) params.set('page', String(query.page));
  if (query.pageSize !== undefined) params.set('pageSize', String(query.pageSize));
  return params;
}

export function getAdminInitiatives(
  query: AdminInitiativesQuery,
  signal?: AbortSignal,
): Promise<AdminInitiativeList> {
  return apiGet('/admin/initiatives', adminInitiativeListSchema, {
    params: toParams(query),
    signal,
  });
}

export function getAdminInitiativesQueryOptions(query: AdminInitiativesQuery) {
  return queryOptions({
    queryKey: ['initiatives', 'admin', query] as const,
    queryFn: ({ signal }) => getAdminInitiatives(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAdminInitiatives(query: AdminInitiativesQuery) {
  return useQuery(getAdminInitiativesQueryOptions(query));
}
