import { queryOptions, useQuery } from '@tanstack/react-query';
import { materialDetailSchema, type MaterialDetail } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

export function getMaterial(id: string, signal?: AbortSignal): Promise<MaterialDetail> {
  return apiGet(`/materials/${encodeURIComponent(id)}`, materialDetailSchema, { signal });
}

export function getMaterialQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['materials', 'detail', { id }] as const,
    queryFn: ({ signal }) => getMaterial(id, signal),
  });
}

export function useMaterial(id: string) {
  return useQuery(getMaterialQueryOptions(id));
}
