import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  timelineSchema,
  type InitiativeFilter,
  type Timeline,
  type TimelineInterval,
} from '@tracker/shared';
import { apiGet } from '@/lib/api-client';
import { statsParams } from '../utils/coverage-search';

export type CoverageTimelineParams = {
  filter: InitiativeFilter;
  interval: TimelineInterval | null;
};

export function getCoverageTimeline(
  { filter, interval }: CoverageTimelineParams,
  signal?: AbortSignal,
): Promise<Timeline> {
  return apiGet('/stats/timeline', timelineSchema, {
    params: statsParams(filter, { interval }),
    signal,
  });
}

export function getCoverageTimelineQueryOptions(params: CoverageTimelineParams) {
  return queryOptions({
    queryKey: ['stats', 'timeline', params] as const,
    queryFn: ({ signal }) => getCoverageTimeline(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCoverageTimeline(params: CoverageTimelineParams) {
  return useQuery(getCoverageTimelineQueryOptions(params));
}
