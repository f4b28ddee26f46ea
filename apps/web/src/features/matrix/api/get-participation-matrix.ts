import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { participationMatrixSchema, type ParticipationMatrix } from '@tracker/shared';
import { apiGet, apiUrl } from '@/lib/api-client';

/** `params` is the filter as query parameters, exactly as the Initiatives list takes them. */
export function getParticipationMatrix(
  params: URLSearchParams,
  signal?: AbortSignal,
): Promise<ParticipationMatrix> {
  return apiGet('/participation-matrix', participationMatrixSchema, { params, signal });
}

export function getParticipationMatrixQueryOptions(params: URLSearchParams) {
  const key = params.toString();
  return queryOptions({
    queryKey: ['participation-matrix', 'detail', { filter: key }] as const,
    queryFn: ({ signal }) => getParticipationMatrix(new URLSearchParams(key), signal),
    placeholderData: keepPreviousData,
  });
}

export function useParticipationMatrix(params: URLSearchParams) {
  return useQuery(getParticipationMatrixQueryOptions(params));
}

/** The download address of the matrix export with the same filters. */
export function participationMatrixExportUrl(format: 'csv' | 'xlsx', params: URLSearchParams) {
  return apiUrl(`/exports/participation-matrix.${format}`, params);
}
