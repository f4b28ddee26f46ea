import { queryOptions, useQuery } from '@tanstack/react-query';
import { materialListSchema, type MaterialList } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

export function getMaterials(signal?: AbortSignal): Promise<MaterialList> {
  return apiGet('/materials', materialListSchema, { signal });
}

export function getMaterialsQueryOptions() {
  return queryOptions({
    queryKey: ['materials', 'list', {}] as const,
    queryFn: ({ signal }) => getMaterials(signal),
    staleTime: 10 * 60_000,
  });
}

export function useMaterials() {
  return useQuery(getMaterialsQueryOptions());
}
