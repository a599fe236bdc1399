import type { ApplicantProfileInput } from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const profileQuery = queryOptions({
  queryKey: ['profile'],
  queryFn: ({ signal }) => call(endpoints.getProfile, { signal }),
});

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicantProfileInput) => call(endpoints.putProfile, { body: input }),
    onSuccess: (saved) => client.setQueryData(profileQuery.queryKey, { profile: saved.profile }),
  });
}
