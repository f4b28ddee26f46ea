import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  coverageGapsSchema,
  type CoverageGaps,
  type CriticalityList,
  type GapScope,
  type InitiativeFilter,
} from '@tracker/shared';
import { apiGet } from '@/lib/api-client';
import { statsParams } from '../utils/coverage-search';

export type CoverageGapsParams = {
  filter: InitiativeFilter;
  list: CriticalityList;
  scope: GapScope;
};

export function getCoverageGaps(
  { filter, list, scope }: CoverageGapsParams,
  signal?: AbortSignal,
): Promise<CoverageGaps> {
  return apiGet('/stats/gaps', coverageGapsSchema, {
    params: statsParams(filter, { list, scope }),
    signal,
  });
}

export function getCoverageGapsQueryOptions(params: CoverageGapsParams) {
  return queryOptions({
    queryKey: ['stats', 'gaps', params] as const,
    queryFn: ({ signal }) => getCoverageGaps(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCoverageGaps(params: CoverageGapsParams) {
  return useQuery(getCoverageGapsQueryOptions(params));
}
