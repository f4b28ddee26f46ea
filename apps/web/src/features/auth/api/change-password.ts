import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordInput } from '@tracker/shared';
import { z } from 'zod';
import { apiSend } from '@/lib/api-client';

/** 204 on success; a wrong current password comes back as a 400 naming `currentPassword`. */
export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await apiSend('/auth/password', z.unknown(), { method: 'POST', json: input });
}

/** The session stays the same (only the account's other sessions end): nothing to refetch. */
export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
