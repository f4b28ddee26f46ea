import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  importApplyResultSchema,
  importReportSchema,
  type ImportApplyResult,
  type ImportReport,
} from '@tracker/shared';
import { apiSend, apiUrl } from '@/lib/api-client';

/** The template's address: a plain download link, no script needed. */
export const importTemplateUrl = apiUrl('/imports/template.csv');

/** POST /api/imports/dry-run: what the file would create, update or skip, and every problem. */
export async function dryRunImport(file: File): Promise<ImportReport> {
  const form = new FormData();
  form.set('file', file);
  return (await apiSend('/imports/dry-run', importReportSchema, { method: 'POST', form })).data;
}

/** POST /api/imports/apply: the same file with the dry run's token, so exactly that is applied. */
export async function applyImport(file: File, token: string): Promise<ImportApplyResult> {
  const form = new FormData();
  form.set('file', file);
  form.set('token', token);
  return (await apiSend('/imports/apply', importApplyResultSchema, { method: 'POST', form })).data;
}

export function useDryRunImport() {
  return useMutation({ mutationFn: dryRunImport });
}

export function useApplyImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, token }: { file: File; token: string }) => applyImport(file, token),
    // New and changed records show everywhere: lists, statistics, the audit log.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
