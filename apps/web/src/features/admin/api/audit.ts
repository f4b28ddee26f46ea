import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { auditListSchema, type AuditList } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

/** The audit log's filters as the page keeps them (and as the URL holds them). */
export type AuditFilter = {
  user?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
};

export const auditPageSize = 50;

function toParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['user', 'action', 'from', 'to'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  params.set('page', String(filter.page));
  params.set('pageSize', String(auditPageSize));
  return params;
}

export function getAudit(filter: AuditFilter, signal?: AbortSignal): Promise<AuditList> {
  return apiGet('/audit', auditListSchema, { params: toParams(filter), signal });
}

export function getAuditQueryOptions(filter: AuditFilter) {
  return queryOptions({
    queryKey: ['audit', 'list', filter] as const,
    queryFn: ({ signal }) => getAudit(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(filter: AuditFilter) {
  return useQuery(getAuditQueryOptions(filter));
}
