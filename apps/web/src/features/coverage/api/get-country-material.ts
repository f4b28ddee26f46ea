import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  countryMaterialMatrixSchema,
  type CountryMaterialMatrix,
  type CriticalityList,
  type InitiativeFilter,
} from '@tracker/shared';
import { apiGet } from '@/lib/api-client';
import { statsParams } from '../utils/coverage-search';

export type CountryMaterialParams = { filter: InitiativeFilter; list: CriticalityList | null };

export function getCountryMaterial(
  { filter, list }: CountryMaterialParams,
  signal?: AbortSignal,
): Promise<CountryMaterialMatrix> {
  return apiGet('/stats/country-material', countryMaterialMatrixSchema, {
    params: statsParams(filter, { list }),
    signal,
  });
}

export function getCountryMaterialQueryOptions(params: CountryMaterialParams) {
  return queryOptions({
    queryKey: ['stats', 'country-material', params] as const,
    queryFn: ({ signal }) => getCountryMaterial(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCountryMaterial(params: CountryMaterialParams) {
  return useQuery(getCountryMaterialQueryOptions(params));
}
