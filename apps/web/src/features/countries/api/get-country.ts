import { queryOptions, useQuery } from '@tanstack/react-query';
import { countryDetailSchema, type CountryDetail } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

export function getCountry(code: string, signal?: AbortSignal): Promise<CountryDetail> {
  return apiGet(`/countries/${encodeURIComponent(code)}`, countryDetailSchema, { signal });
}

export function getCountryQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['countries', 'detail', { code }] as const,
    queryFn: ({ signal }) => getCountry(code, signal),
  });
}

export function useCountry(code: string) {
  return useQuery(getCountryQueryOptions(code));
}
