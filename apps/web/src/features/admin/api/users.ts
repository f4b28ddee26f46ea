import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  userListSchema,
  userSchema,
  type CreateUserInput,
  type UpdateUserInput,
  type User,
  type UserList,
} from '@tracker/shared';
import { apiGet, apiSend } from '@/lib/api-client';

export function getUsers(signal?: AbortSignal): Promise<UserList> {
  return apiGet('/users', userListSchema, { signal });
}

export function getUsersQueryOptions() {
  return queryOptions({
    queryKey: ['users', 'list', {}] as const,
    queryFn: ({ signal }) => getUsers(signal),
  });
}

export function useUsers() {
  return useQuery(getUsersQueryOptions());
}

export async function createUser(input: CreateUserInput): Promise<User> {
  return (await apiSend('/users', userSchema, { method: 'POST', json: input })).data;
}

export async function updateUser(id: string, input: UpdateUserInput): Promise<User> {
  return (
    await apiSend(`/users/${encodeURIComponent(id)}`, userSchema, { method: 'PATCH', json: input })
  ).data;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) => updateUser(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
