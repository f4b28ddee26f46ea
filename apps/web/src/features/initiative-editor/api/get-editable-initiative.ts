import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { initiativeDetailSchema, type InitiativeDetail } from '@tracker/shared';
import { apiGetWithEtag, versionFromTag } from '@/lib/api-client';

export type EditableInitiative = {
  initiative: InitiativeDetail;
  /** The version a save is based on (`If-Match`): the ETag, else the record's own version. */
  version: number;
};

export async function getEditableInitiative(
  slug: string,
  signal?: AbortSignal,
): Promise<EditableInitiative> {
  const { data, etag } = await apiGetWithEtag(
    `/initiatives/${encodeURIComponent(slug)}`,
    initiativeDetailSchema,
    { signal },
  );
  return { initiative: data, version: versionFromTag(etag) ?? data.version };
}

export function getEditableInitiativeQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['initiatives', 'editable', { slug }] as const,
    queryFn: ({ signal }) => getEditableInitiative(slug, signal),
    // The form keeps what the editor typed; a background refetch must not look like a change.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function useEditableInitiative(slug: string) {
  return useQuery(getEditableInitiativeQueryOptions(slug));
}

/** Makes `value` the record the editor works on (e.g. the version someone saved meanwhile). */
export function useSetEditableInitiative(slug: string) {
  const queryClient = useQueryClient();
  return (value: EditableInitiative) =>
    queryClient.setQueryData(getEditableInitiativeQueryOptions(slug).queryKey, value);
}
