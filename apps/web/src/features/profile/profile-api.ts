import type {
  ApplicantProfileInput,
  ProfileResponse,
  ProfileSavedResponse,
} from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export const profileQuery = queryOptions({
  queryKey: ['profile'],
  queryFn: ({ signal }) => api.get<ProfileResponse>('/api/profile', { signal }),
});

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicantProfileInput) =>
      api.put<ProfileSavedResponse>('/api/profile', input),
    onSuccess: (saved) => client.setQueryData(profileQuery.queryKey, { profile: saved.profile }),
  });
}
