import type {
  InterviewInput,
  TaskInput,
  TimelineResponse,
  TimelineSettingsInput,
} from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call, urlFor } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const timelineQuery = queryOptions({
  queryKey: ['timeline'],
  queryFn: ({ signal }) => call(endpoints.getTimeline, { signal }),
});

export const nextStepsQuery = queryOptions({
  queryKey: ['timeline', 'next-steps'],
  queryFn: ({ signal }) => call(endpoints.getNextSteps, { signal }),
});

export const calendarDownloadUrl = urlFor(endpoints.downloadTimelineCalendar);

/** Every change re-reads the plan: statuses and dependencies are worked out on the server. */
function useTimelineMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['timeline'] }),
  });
}

export function useSaveTimelineSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TimelineSettingsInput) =>
      call(endpoints.putTimelineSettings, { body: input }),
    onSuccess: (plan: TimelineResponse) => {
      client.setQueryData(timelineQuery.queryKey, plan);
      void client.invalidateQueries({ queryKey: nextStepsQuery.queryKey });
    },
  });
}

export const useAddTask = () =>
  useTimelineMutation((body: TaskInput) => call(endpoints.createTimelineTask, { body }));
export const useUpdateTask = () =>
  useTimelineMutation(({ id, ...body }: TaskInput & { id: string }) =>
    call(endpoints.updateTimelineTask, { params: { id }, body }),
  );
export const useDeleteTask = () =>
  useTimelineMutation((id: string) => call(endpoints.deleteTimelineTask, { params: { id } }));
export const useAddInterview = () =>
  useTimelineMutation((body: InterviewInput) => call(endpoints.createTimelineInterview, { body }));
export const useUpdateInterview = () =>
  useTimelineMutation(({ id, ...body }: InterviewInput & { id: string }) =>
    call(endpoints.updateTimelineInterview, { params: { id }, body }),
  );
export const useDeleteInterview = () =>
  useTimelineMutation((id: string) => call(endpoints.deleteTimelineInterview, { params: { id } }));
export const useCreateFeed = () => useTimelineMutation(() => call(endpoints.createCalendarFeed));
export const useRevokeFeed = () => useTimelineMutation(() => call(endpoints.revokeCalendarFeed));
