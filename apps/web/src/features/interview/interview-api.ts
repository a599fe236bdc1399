import type {
  AnswerSource,
  CreateAttemptRequest,
  CreateMockRequest,
  InterviewTheme,
  MockAnswerRequest,
  PracticeRating,
} from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const interviewKeys = {
  all: ['interview'] as const,
  questions: (theme: InterviewTheme | 'all') => ['interview', 'questions', theme] as const,
  question: (id: string) => ['interview', 'question', id] as const,
  attempts: (questionId: string) => ['interview', 'attempts', questionId] as const,
  due: ['interview', 'due'] as const,
  progress: ['interview', 'progress'] as const,
  mocks: ['interview', 'mocks'] as const,
  mock: (id: string) => ['interview', 'mocks', id] as const,
};

/** The bank changes only with a release: keep it for the session. */
export const questionsQuery = (theme: InterviewTheme | 'all') =>
  queryOptions({
    queryKey: interviewKeys.questions(theme),
    queryFn: ({ signal }) =>
      call(endpoints.listInterviewQuestions, {
        query: { theme: theme === 'all' ? undefined : theme },
        signal,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const questionQuery = (id: string) =>
  queryOptions({
    queryKey: interviewKeys.question(id),
    queryFn: ({ signal }) => call(endpoints.getInterviewQuestion, { params: { id }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const attemptsQuery = (questionId: string) =>
  queryOptions({
    queryKey: interviewKeys.attempts(questionId),
    queryFn: ({ signal }) =>
      call(endpoints.listInterviewAttempts, { query: { questionId }, signal }),
  });

/** One attempt with its stored report (reports are never re-analysed: decision 010). */
export const attemptQuery = (id: string) =>
  queryOptions({
    queryKey: ['interview', 'attempt', id] as const,
    queryFn: ({ signal }) => call(endpoints.getInterviewAttempt, { params: { id }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const dueQuery = queryOptions({
  queryKey: interviewKeys.due,
  queryFn: ({ signal }) => call(endpoints.getInterviewDue, { signal }),
});

export const progressQuery = queryOptions({
  queryKey: interviewKeys.progress,
  queryFn: ({ signal }) => call(endpoints.getInterviewProgress, { signal }),
});

export const mocksQuery = queryOptions({
  queryKey: interviewKeys.mocks,
  queryFn: ({ signal }) => call(endpoints.listMockInterviews, { signal }),
});

export const mockQuery = (id: string) =>
  queryOptions({
    queryKey: interviewKeys.mock(id),
    queryFn: ({ signal }) => call(endpoints.getMockInterview, { params: { id }, signal }),
  });

/** What the answer box hands over: the text and how it was produced. */
export interface AnswerDraft {
  readonly answer: string;
  readonly source: AnswerSource;
  /** Measured only when the answer was spoken (typing time is not speaking time). */
  readonly speakingSeconds?: number;
}

/** Speech recognisers drop "um"/"uh": spoken answers never claim to have measured them. */
export const answerBody = (draft: AnswerDraft) => ({
  answer: draft.answer,
  source: draft.source,
  ...(draft.speakingSeconds === undefined ? {} : { speakingSeconds: draft.speakingSeconds }),
  fillersMeasured: draft.source === 'typed',
});

export function useCreateAttempt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAttemptRequest) => call(endpoints.createInterviewAttempt, { body }),
    onSuccess: ({ attempt }) => {
      void client.invalidateQueries({ queryKey: interviewKeys.attempts(attempt.questionId) });
      void client.invalidateQueries({ queryKey: interviewKeys.progress });
      void client.invalidateQueries({ queryKey: interviewKeys.due });
    },
  });
}

export function useRateAttempt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ attemptId, rating }: { attemptId: string; rating: PracticeRating }) =>
      call(endpoints.rateInterviewAttempt, { params: { id: attemptId }, body: { rating } }),
    onSuccess: ({ card }) => {
      void client.invalidateQueries({ queryKey: interviewKeys.due });
      void client.invalidateQueries({ queryKey: interviewKeys.attempts(card.questionId) });
    },
  });
}

export function useCreateMock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMockRequest) => call(endpoints.createMockInterview, { body }),
    onSuccess: ({ mock }) => {
      client.setQueryData(interviewKeys.mock(mock.id), { mock });
      void client.invalidateQueries({ queryKey: interviewKeys.mocks });
    },
  });
}

export function useAnswerMock(mockId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MockAnswerRequest) =>
      call(endpoints.answerMockInterview, { params: { id: mockId }, body }),
    onSuccess: (data) => client.setQueryData(interviewKeys.mock(mockId), data),
  });
}

export function useCompleteMock(mockId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(endpoints.completeMockInterview, { params: { id: mockId } }),
    onSuccess: (data) => {
      client.setQueryData(interviewKeys.mock(mockId), data);
      void client.invalidateQueries({ queryKey: interviewKeys.mocks });
      void client.invalidateQueries({ queryKey: interviewKeys.progress });
      void client.invalidateQueries({ queryKey: interviewKeys.due });
    },
  });
}
