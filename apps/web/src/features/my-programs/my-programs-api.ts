import type { ProgramDetailsRequest, PulseRequest } from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

const key = ['my-mentorship-programs'] as const;

export const myProgramsQuery = queryOptions({
  queryKey: key,
  queryFn: ({ signal }) => call(endpoints.listMyMentorshipPrograms, { signal }),
});

export const invitationPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: ['program-invitation', token],
    queryFn: ({ signal }) => call(endpoints.previewProgramInvitation, { body: { token }, signal }),
    retry: false,
  });

function useMine<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export const useAcceptInvitation = () =>
  useMine((token: string) => call(endpoints.acceptProgramInvitation, { body: { token } }));

export const useUpdateDetails = (programId: string) =>
  useMine((body: ProgramDetailsRequest) =>
    call(endpoints.updateMyProgramDetails, { params: { id: programId }, body }),
  );

export const useAnswerPulse = (programId: string) =>
  useMine((body: PulseRequest) =>
    call(endpoints.answerProgramPulse, { params: { id: programId }, body }),
  );
