import type { OrganisationApprovalRequest } from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const adminKeys = {
  organisations: ['admin', 'organisations'] as const,
  mentors: ['admin', 'mentors'] as const,
  reports: ['admin', 'reports'] as const,
};

export const adminOrganisationsQuery = queryOptions({
  queryKey: adminKeys.organisations,
  queryFn: ({ signal }) => call(endpoints.adminListOrganisations, { signal }),
});

/** Every mentor in the directory (a site admin has no mentee preferences: nothing is ranked). */
export const adminMentorsQuery = queryOptions({
  queryKey: adminKeys.mentors,
  queryFn: ({ signal }) => call(endpoints.searchMentors, { query: {}, signal }),
});

export const mentorReportsQuery = queryOptions({
  queryKey: adminKeys.reports,
  queryFn: ({ signal }) => call(endpoints.listMentorReports, { signal }),
});

export function useSetApproval() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: OrganisationApprovalRequest }) =>
      call(endpoints.setOrganisationApproval, { params: { id }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.organisations }),
  });
}

export function useVerifyMentor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, verified }: { id: string; verified: boolean }) =>
      call(endpoints.verifyMentor, { params: { id }, body: { verified } }),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.mentors }),
  });
}
