import type { ProgramParticipantRole } from '@matchready/core/vocabulary';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call, urlFor } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const programKeys = {
  all: ['mentorship-programs'] as const,
  one: (id: string) => ['mentorship-programs', id] as const,
  draft: (id: string, draftId: string) => ['mentorship-programs', id, 'drafts', draftId] as const,
};

export const programsQuery = queryOptions({
  queryKey: programKeys.all,
  queryFn: ({ signal }) => call(endpoints.listMentorshipPrograms, { signal }),
});

export const programQuery = (id: string) =>
  queryOptions({
    queryKey: [...programKeys.one(id), 'program'],
    queryFn: ({ signal }) => call(endpoints.getMentorshipProgram, { params: { id }, signal }),
  });

export const draftsQuery = (id: string) =>
  queryOptions({
    queryKey: [...programKeys.one(id), 'drafts'],
    queryFn: ({ signal }) => call(endpoints.listProgramDrafts, { params: { id }, signal }),
  });

export const reportQuery = (id: string) =>
  queryOptions({
    queryKey: [...programKeys.one(id), 'report'],
    queryFn: ({ signal }) => call(endpoints.getProgramReport, { params: { id }, signal }),
  });

/** Polls every second while the draft is queued or being solved (the worker does the work). */
export const draftQuery = (id: string, draftId: string) =>
  queryOptions({
    queryKey: programKeys.draft(id, draftId),
    queryFn: ({ signal }) => call(endpoints.getProgramDraft, { params: { id, draftId }, signal }),
    refetchInterval: (query) => {
      const status = query.state.data?.draft.status;
      return status === 'queued' || status === 'running' ? 1000 : false;
    },
  });

export const templateUrl = (role: ProgramParticipantRole) =>
  urlFor(endpoints.programPeopleTemplate, { params: { role } });
export const pairsCsvUrl = (id: string) => urlFor(endpoints.exportProgramPairs, { params: { id } });

/** Every mutation of a program refreshes everything cached about it. */
function useProgramMutation<I, O>(id: string, fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: programKeys.one(id) }),
  });
}

export const useCreateProgram = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call(endpoints.createMentorshipProgram, { body: { name } }),
    onSuccess: () => client.invalidateQueries({ queryKey: programKeys.all }),
  });
};

export const useImportPeople = (id: string) =>
  useProgramMutation(id, (body: { role: ProgramParticipantRole; content: string }) =>
    call(endpoints.importProgramPeople, { params: { id }, body }),
  );

export const useUpdateProgram = (id: string) =>
  useProgramMutation(
    id,
    (body: {
      weights?: Record<string, number>;
      mode?: 'total' | 'fair';
      minimumScore?: number | null;
    }) => call(endpoints.updateMentorshipProgram, { params: { id }, body }),
  );

export const useSolve = (id: string) =>
  useProgramMutation(id, () => call(endpoints.solveMentorshipProgram, { params: { id } }));

export const useSwap = (id: string, draftId: string) =>
  useProgramMutation(id, (body: { mentee: string; mentor: string }) =>
    call(endpoints.swapProgramPair, { params: { id, draftId }, body }),
  );

export const usePublish = (id: string, draftId: string) =>
  useProgramMutation(id, () => call(endpoints.publishProgramDraft, { params: { id, draftId } }));

export const useInvite = (id: string) =>
  useProgramMutation(id, () => call(endpoints.inviteProgramPeople, { params: { id }, body: {} }));

export const useAddPerson = (id: string) =>
  useProgramMutation(id, (body: { role: ProgramParticipantRole; name: string; email: string }) =>
    call(endpoints.addProgramPerson, { params: { id }, body }),
  );
