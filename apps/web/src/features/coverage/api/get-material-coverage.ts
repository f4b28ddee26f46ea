import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  materialCoverageSchema,
  type CriticalityList,
  type InitiativeFilter,
  type MaterialCoverage,
} from '@tracker/shared';
import { apiGet } from '@/lib/api-client';
import { statsParams } from '../utils/coverage-search';

export type MaterialCoverageParams = { filter: InitiativeFilter; list: CriticalityList | null };

export function getMaterialCoverage(
  { filter, list }: MaterialCoverageParams,
  signal?: AbortSignal,
): Promise<MaterialCoverage> {
  return apiGet('/stats/materials', materialCoverageSchema, {
    params: statsParams(filter, { list }),
    signal,
  });
}

export function getMaterialCoverageQueryOptions(params: MaterialCoverageParams) {
  return queryOptions({
    queryKey: ['stats', 'materials', params] as const,
    queryFn: ({ signal }) => getMaterialCoverage(params, signal),
    // The chart stays on screen while a new list or filter loads.
    placeholderData: keepPreviousData,
  });
}

export function useMaterialCoverage(params: MaterialCoverageParams) {
  return useQuery(getMaterialCoverageQueryOptions(params));
}
