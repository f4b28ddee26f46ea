import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiSend } from '@/lib/api-client';

export async function signOut(): Promise<void> {
  await apiSend('/auth/logout', z.unknown(), { method: 'POST' });
}

/** Signs out and drops every cached answer, so nothing seen as an editor (drafts) stays on screen. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => queryClient.resetQueries(),
  });
}
