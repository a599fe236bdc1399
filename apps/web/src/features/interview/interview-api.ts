import type {
  AnswerSource,
  AttemptListResponse,
  AttemptResponse,
  CreateAttemptRequest,
  CreateMockRequest,
  DueResponse,
  InterviewTheme,
  MockAnswerRequest,
  MockListResponse,
  MockResponse,
  PracticeRating,
  ProgressResponse,
  QuestionListResponse,
  QuestionResponse,
  RateAttemptResponse,
} from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

const enc = encodeURIComponent;

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
      api.get<QuestionListResponse>(
        theme === 'all'
          ? '/api/interview/questions'
          : `/api/interview/questions?theme=${enc(theme)}`,
        { signal },
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const questionQuery = (id: string) =>
  queryOptions({
    queryKey: interviewKeys.question(id),
    queryFn: ({ signal }) =>
      api.get<QuestionResponse>(`/api/interview/questions/${enc(id)}`, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const attemptsQuery = (questionId: string) =>
  queryOptions({
    queryKey: interviewKeys.attempts(questionId),
    queryFn: ({ signal }) =>
      api.get<AttemptListResponse>(`/api/interview/attempts?questionId=${enc(questionId)}`, {
        signal,
      }),
  });

export const dueQuery = queryOptions({
  queryKey: interviewKeys.due,
  queryFn: ({ signal }) => api.get<DueResponse>('/api/interview/due', { signal }),
});

export const progressQuery = queryOptions({
  queryKey: interviewKeys.progress,
  queryFn: ({ signal }) => api.get<ProgressResponse>('/api/interview/progress', { signal }),
});

export const mocksQuery = queryOptions({
  queryKey: interviewKeys.mocks,
  queryFn: ({ signal }) => api.get<MockListResponse>('/api/interview/mocks', { signal }),
});

export const mockQuery = (id: string) =>
  queryOptions({
    queryKey: interviewKeys.mock(id),
    queryFn: ({ signal }) => api.get<MockResponse>(`/api/interview/mocks/${enc(id)}`, { signal }),
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
    mutationFn: (body: CreateAttemptRequest) =>
      api.post<AttemptResponse>('/api/interview/attempts', body),
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
      api.post<RateAttemptResponse>(`/api/interview/attempts/${enc(attemptId)}/rating`, { rating }),
    onSuccess: ({ card }) => {
      void client.invalidateQueries({ queryKey: interviewKeys.due });
      void client.invalidateQueries({ queryKey: interviewKeys.attempts(card.questionId) });
    },
  });
}

export function useCreateMock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMockRequest) => api.post<MockResponse>('/api/interview/mocks', body),
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
      api.post<MockResponse>(`/api/interview/mocks/${enc(mockId)}/answers`, body),
    onSuccess: (data) => client.setQueryData(interviewKeys.mock(mockId), data),
  });
}

export function useCompleteMock(mockId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MockResponse>(`/api/interview/mocks/${enc(mockId)}/complete`),
    onSuccess: (data) => {
      client.setQueryData(interviewKeys.mock(mockId), data);
      void client.invalidateQueries({ queryKey: interviewKeys.mocks });
      void client.invalidateQueries({ queryKey: interviewKeys.progress });
      void client.invalidateQueries({ queryKey: interviewKeys.due });
    },
  });
}
