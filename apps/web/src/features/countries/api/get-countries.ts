import { queryOptions, useQuery } from '@tanstack/react-query';
import { countryListSchema, type CountryList } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

export function getCountries(signal?: AbortSignal): Promise<CountryList> {
  return apiGet('/countries', countryListSchema, { signal });
}

export function getCountriesQueryOptions() {
  return queryOptions({
    queryKey: ['countries', 'list', {}] as const,
    queryFn: ({ signal }) => getCountries(signal),
    // Reference data: changes only when an editor adds a country.
    staleTime: 10 * 60_000,
  });
}

export function useCountries() {
  return useQuery(getCountriesQueryOptions());
}
