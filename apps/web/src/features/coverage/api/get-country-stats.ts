import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  countryStatsSchema,
  type CountryStats,
  type CriticalityList,
  type InitiativeFilter,
} from '@tracker/shared';
import { apiGet } from '@/lib/api-client';
import { statsParams } from '../utils/coverage-search';

export type CountryStatsParams = { filter: InitiativeFilter; list: CriticalityList | null };

export function getCountryStats(
  { filter, list }: CountryStatsParams,
  signal?: AbortSignal,
): Promise<CountryStats> {
  return apiGet('/stats/countries', countryStatsSchema, {
    params: statsParams(filter, { list }),
    signal,
  });
}

export function getCountryStatsQueryOptions(params: CountryStatsParams) {
  return queryOptions({
    queryKey: ['stats', 'countries', params] as const,
    queryFn: ({ signal }) => getCountryStats(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCountryStats(params: CountryStatsParams) {
  return useQuery(getCountryStatsQueryOptions(params));
}
