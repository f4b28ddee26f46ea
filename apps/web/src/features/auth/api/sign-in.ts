import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginInput } from '@tracker/shared';
import { z } from 'zod';
import { apiSend } from '@/lib/api-client';

export async function signIn(input: LoginInput): Promise<void> {
  // The answer's body is not needed: the session is read again below.
  await apiSend('/auth/login', z.unknown(), { method: 'POST', json: input });
}

/**
 * Signs in, then refetches everything: what a reader may see (drafts, the admin area) depends on
 * who is signed in.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: () => queryClient.resetQueries(),
  });
}
