import type { Api, EndpointBody, EndpointQuery } from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call, urlFor } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

type Body<K extends keyof Api> = EndpointBody<Api[K]>;
/** The directory's query string, as the client sends it. */
export type DirectoryQuery = EndpointQuery<Api['searchMentors']>;

export const mentorshipKeys = {
  all: ['mentorship'] as const,
  directory: (query: DirectoryQuery) => ['mentorship', 'directory', query] as const,
  mentor: (id: string) => ['mentorship', 'mentor', id] as const,
  slots: (mentorId: string) => ['mentorship', 'slots', mentorId] as const,
  myProfile: ['mentorship', 'my-profile'] as const,
  preferences: ['mentorship', 'preferences'] as const,
  requests: ['mentorship', 'requests'] as const,
  waitlist: ['mentorship', 'waitlist'] as const,
  relationships: ['mentorship', 'relationships'] as const,
  relationship: (id: string) => ['mentorship', 'relationship', id] as const,
  share: (id: string) => ['mentorship', 'share', id] as const,
};

export const directoryQuery = (query: DirectoryQuery) =>
  queryOptions({
    queryKey: mentorshipKeys.directory(query),
    queryFn: ({ signal }) => call(endpoints.searchMentors, { query, signal }),
  });

export const mentorQuery = (id: string) =>
  queryOptions({
    queryKey: mentorshipKeys.mentor(id),
    queryFn: ({ signal }) => call(endpoints.getMentor, { params: { id }, signal }),
  });

/** The zone this browser reports, or undefined where Intl does not say (decision 048). */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A mentor's bookable first-call slots; any mentorship write refreshes them (under `all`). The
 * browser's zone goes along: the server shows "your time" in it when no preference is saved.
 */
export const mentorSlotsQuery = (mentorId: string, timeZone = browserTimeZone()) =>
  queryOptions({
    queryKey: [...mentorshipKeys.slots(mentorId), timeZone ?? ''] as const,
    queryFn: ({ signal }) =>
      call(endpoints.listMentorSlots, {
        params: { id: mentorId },
        query: timeZone === undefined ? {} : { timeZone },
        signal,
      }),
  });

/** Profile fields the mentee shares in one relationship (decision 048). */
export const profileSharesQuery = (relationshipId: string) =>
  queryOptions({
    queryKey: [...mentorshipKeys.relationship(relationshipId), 'profile-shares'] as const,
    queryFn: ({ signal }) =>
      call(endpoints.getProfileShares, { params: { id: relationshipId }, signal }),
  });

export const meetingCalendarUrl = (meetingId: string) =>
  urlFor(endpoints.downloadMeetingCalendar, { params: { id: meetingId } });

export const myMentorProfileQuery = queryOptions({
  queryKey: mentorshipKeys.myProfile,
  queryFn: ({ signal }) => call(endpoints.getMyMentorProfile, { signal }),
});

export const preferencesQuery = queryOptions({
  queryKey: mentorshipKeys.preferences,
  queryFn: ({ signal }) => call(endpoints.getMenteePreferences, { signal }),
});

export const requestsQuery = queryOptions({
  queryKey: mentorshipKeys.requests,
  queryFn: ({ signal }) => call(endpoints.listMentorshipRequests, { signal }),
});

export const waitlistQuery = queryOptions({
  queryKey: mentorshipKeys.waitlist,
  queryFn: ({ signal }) => call(endpoints.listWaitlist, { signal }),
});

export const relationshipsQuery = queryOptions({
  queryKey: mentorshipKeys.relationships,
  queryFn: ({ signal }) => call(endpoints.listRelationships, { signal }),
});

export const relationshipQuery = (id: string) =>
  queryOptions({
    queryKey: mentorshipKeys.relationship(id),
    queryFn: ({ signal }) => call(endpoints.getRelationship, { params: { id }, signal }),
  });

export const sharedAttemptQuery = (id: string) =>
  queryOptions({
    queryKey: mentorshipKeys.share(id),
    queryFn: ({ signal }) => call(endpoints.getSharedAttempt, { params: { id }, signal }),
  });

/** Most writes change several views (directory counts, inbox, tracker): refresh the area. */
function useMentorshipMutation<I, R>(fn: (input: I) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: mentorshipKeys.all }),
  });
}

export const useSaveMentorProfile = () =>
  useMentorshipMutation((body: Body<'putMyMentorProfile'>) =>
    call(endpoints.putMyMentorProfile, { body }),
  );

export const useSetAccepting = () =>
  useMentorshipMutation((acceptingRequests: boolean) =>
    call(endpoints.setMentorAccepting, { body: { acceptingRequests } }),
  );

export const useSavePreferences = () =>
  useMentorshipMutation((body: Body<'putMenteePreferences'>) =>
    call(endpoints.putMenteePreferences, { body }),
  );

export const useCreateGoal = () =>
  useMentorshipMutation((body: Body<'createGoal'>) => call(endpoints.createGoal, { body }));

export const useUpdateGoal = () =>
  useMentorshipMutation(({ id, ...body }: Body<'updateGoal'> & { readonly id: string }) =>
    call(endpoints.updateGoal, { params: { id }, body }),
  );

export const useSendRequest = () =>
  useMentorshipMutation((body: Body<'createMentorshipRequest'>) =>
    call(endpoints.createMentorshipRequest, { body }),
  );

export const useWithdrawRequest = () =>
  useMentorshipMutation((id: string) =>
    call(endpoints.withdrawMentorshipRequest, { params: { id } }),
  );

export const useRespondToRequest = () =>
  useMentorshipMutation(({ id, accept, note }: { id: string; accept: boolean; note: string }) => {
    const body = note.trim() === '' ? {} : { note: note.trim() };
    return accept
      ? call(endpoints.acceptMentorshipRequest, { params: { id }, body })
      : call(endpoints.declineMentorshipRequest, { params: { id }, body });
  });

export const useJoinWaitlist = () =>
  useMentorshipMutation((mentorId: string) => call(endpoints.joinWaitlist, { body: { mentorId } }));

export const useLeaveWaitlist = () =>
  useMentorshipMutation((id: string) => call(endpoints.leaveWaitlist, { params: { id } }));

export const useBlockMentor = () =>
  useMentorshipMutation(({ id, blocked }: { id: string; blocked: boolean }) =>
    blocked
      ? call(endpoints.blockMentor, { params: { id } })
      : call(endpoints.unblockMentor, { params: { id } }),
  );

export const useReportMentor = () =>
  useMentorshipMutation(({ id, reason }: { id: string; reason: string }) =>
    call(endpoints.reportMentor, { params: { id }, body: { reason } }),
  );

export const useUpdateRelationship = () =>
  useMentorshipMutation(({ id, ...body }: Body<'updateRelationship'> & { readonly id: string }) =>
    call(endpoints.updateRelationship, { params: { id }, body }),
  );

export const useEndRelationship = () =>
  useMentorshipMutation(({ id, exitNote }: { id: string; exitNote: string }) =>
    call(endpoints.endRelationship, { params: { id }, body: { exitNote } }),
  );

export const useCreateMeeting = () =>
  useMentorshipMutation(
    ({ relationshipId, ...body }: Body<'createMeeting'> & { readonly relationshipId: string }) =>
      call(endpoints.createMeeting, { params: { id: relationshipId }, body }),
  );

export const useUpdateMeeting = () =>
  useMentorshipMutation(({ id, ...body }: Body<'updateMeeting'> & { readonly id: string }) =>
    call(endpoints.updateMeeting, { params: { id }, body }),
  );

export const useCreateActionItem = () =>
  useMentorshipMutation(
    ({ relationshipId, ...body }: Body<'createActionItem'> & { readonly relationshipId: string }) =>
      call(endpoints.createActionItem, { params: { id: relationshipId }, body }),
  );

export const useUpdateActionItem = () =>
  useMentorshipMutation(({ id, ...body }: Body<'updateActionItem'> & { readonly id: string }) =>
    call(endpoints.updateActionItem, { params: { id }, body }),
  );

export const useCreateMilestone = () =>
  useMentorshipMutation(
    ({ relationshipId, ...body }: Body<'createMilestone'> & { readonly relationshipId: string }) =>
      call(endpoints.createMilestone, { params: { id: relationshipId }, body }),
  );

export const useShareAttempt = () =>
  useMentorshipMutation(
    ({ relationshipId, attemptId }: { relationshipId: string; attemptId: string }) =>
      call(endpoints.shareAttempt, { params: { id: relationshipId }, body: { attemptId } }),
  );

export const useRevokeShare = () =>
  useMentorshipMutation((id: string) => call(endpoints.revokeShare, { params: { id } }));

export const useComment = () =>
  useMentorshipMutation(({ shareId, text }: { shareId: string; text: string }) =>
    call(endpoints.commentOnShare, { params: { id: shareId }, body: { text } }),
  );

export const useShareProfileFields = () =>
  useMentorshipMutation(
    ({ relationshipId, fields }: Body<'putProfileShares'> & { readonly relationshipId: string }) =>
      call(endpoints.putProfileShares, { params: { id: relationshipId }, body: { fields } }),
  );
