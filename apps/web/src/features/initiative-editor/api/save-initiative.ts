import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  initiativeWriteResultSchema,
  type InitiativeInput,
  type InitiativeWriteResult,
} from '@tracker/shared';
import { apiSend, versionFromTag } from '@/lib/api-client';

export type WriteResult = { initiative: InitiativeWriteResult; version: number };

function toWriteResult(data: InitiativeWriteResult, etag: string | null): WriteResult {
  return { initiative: data, version: versionFromTag(etag) ?? data.version };
}

/** POST /api/initiatives: a new draft. */
export async function createInitiative(input: InitiativeInput): Promise<WriteResult> {
  const { data, etag } = await apiSend('/initiatives', initiativeWriteResultSchema, {
    method: 'POST',
    json: input,
  });
  return toWriteResult(data, etag);
}

/** PUT /api/initiatives/:slug: replaces the record, if it is still at `version`. */
export async function updateInitiative(
  slug: string,
  version: number,
  input: InitiativeInput,
): Promise<WriteResult> {
  const { data, etag } = await apiSend(
    `/initiatives/${encodeURIComponent(slug)}`,
    initiativeWriteResultSchema,
    { method: 'PUT', json: input, ifMatch: version },
  );
  return toWriteResult(data, etag);
}

export const visibilityActions = ['publish', 'archive', 'restore'] as const;
export type VisibilityAction = (typeof visibilityActions)[number];

/** POST /api/initiatives/:slug/{publish|archive|restore}, if it is still at `version`. */
export async function changeVisibility(
  slug: string,
  version: number,
  action: VisibilityAction,
): Promise<WriteResult> {
  const { data, etag } = await apiSend(
    `/initiatives/${encodeURIComponent(slug)}/${action}`,
    initiativeWriteResultSchema,
    { method: 'POST', ifMatch: version },
  );
  return toWriteResult(data, etag);
}

/** POST /api/initiatives/:slug/revert: the content of `toVersion` becomes a new version. */
export async function revertInitiative(
  slug: string,
  version: number,
  toVersion: number,
): Promise<WriteResult> {
  const { data, etag } = await apiSend(
    `/initiatives/${encodeURIComponent(slug)}/revert`,
    initiativeWriteResultSchema,
    { method: 'POST', json: { version: toVersion }, ifMatch: version },
  );
  return toWriteResult(data, etag);
}

/**
 * After any write: the saved record becomes the editable one, and every other view of
 * initiatives (lists, detail, history, statistics) is refetched.
 */
function useAfterWrite() {
  const queryClient = useQueryClient();
  return async (result: WriteResult) => {
    queryClient.setQueryData(['initiatives', 'editable', { slug: result.initiative.slug }], result);
    await queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[1] !== 'editable',
    });
  };
}

export function useCreateInitiative() {
  const afterWrite = useAfterWrite();
  return useMutation({ mutationFn: createInitiative, onSuccess: afterWrite });
}

export function useUpdateInitiative(slug: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: InitiativeInput }) =>
      updateInitiative(slug, version, input),
    onSuccess: afterWrite,
  });
}

export function useChangeVisibility(slug: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: ({ version, action }: { version: number; action: VisibilityAction }) =>
      changeVisibility(slug, version, action),
    onSuccess: afterWrite,
  });
}

export function useRevertInitiative(slug: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: ({ version, toVersion }: { version: number; toVersion: number }) =>
      revertInitiative(slug, version, toVersion),
    onSuccess: afterWrite,
  });
}
