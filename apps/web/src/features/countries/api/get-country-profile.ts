import { queryOptions, useQuery } from '@tanstack/react-query';
import { countryProfileSchema, type CountryProfile } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

export function getCountryProfile(
  code: string,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<CountryProfile> {
  const params = new URLSearchParams(asOf ? { asOf } : {});
  return apiGet(`/countries/${encodeURIComponent(code)}/profile`, countryProfileSchema, {
    params,
    signal,
  });
}

export function getCountryProfileQueryOptions(code: string, asOf?: string) {
  return queryOptions({
    queryKey: ['countries', 'profile', { code, asOf: asOf ?? null }] as const,
    queryFn: ({ signal }) => getCountryProfile(code, asOf, signal),
  });
}

export function useCountryProfile(code: string, asOf?: string) {
  return useQuery(getCountryProfileQueryOptions(code, asOf));
}
