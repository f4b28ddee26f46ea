import { queryOptions, useQuery } from '@tanstack/react-query';
import { initiativeListSchema, type InitiativeList } from '@tracker/shared';
import { apiGet } from '@/lib/api-client';

/** The largest page the API serves: enough for every initiative the tracker holds today. */
const optionsPageSize = 200;

export function getInitiativeOptions(signal?: AbortSignal): Promise<InitiativeList> {
  return apiGet('/initiatives', initiativeListSchema, {
    params: new URLSearchParams({ sort: 'title', pageSize: String(optionsPageSize) }),
    signal,
  });
}

export type InitiativeOptions = {
  /** For "members of initiative…", alphabetical. */
  initiatives: { slug: string; title: string }[];
  /** The distinct frameworks initiatives are recorded under, alphabetical. */
  frameworks: string[];
};

export function toInitiativeOptions(list: InitiativeList): InitiativeOptions {
  const frameworks = [
    ...new Set(list.items.flatMap((item) => (item.framework ? [item.framework] : []))),
  ].sort((a, b) => a.localeCompare(b));
  return {
    initiatives: list.items.map(({ slug, title }) => ({ slug, title })),
    frameworks,
  };
}

/** Choices for the filters that list initiatives or frameworks; fetched once and kept. */
export function getInitiativeOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['initiatives', 'options', { sort: 'title', pageSize: optionsPageSize }] as const,
    queryFn: ({ signal }) => getInitiativeOptions(signal),
    select: toInitiativeOptions,
    staleTime: 10 * 60_000,
  });
}

export function useInitiativeOptions() {
  return useQuery(getInitiativeOptionsQueryOptions());
}
