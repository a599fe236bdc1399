import {
  type AttemptResponse,
  api,
  type EndpointDefinition,
  type MockResponse,
  pathFor,
} from '@matchready/contract';
import type { Agent } from '../test-app.ts';

/** What an interview matrix entry needs of the party whose resources it addresses. */
interface InterviewTarget {
  readonly attemptId: string;
  readonly mockId: string;
  readonly mockQuestionId: string;
}

interface Entry {
  readonly scoped: boolean;
  request(target: InterviewTarget): { path: string; body?: unknown };
}

const ANSWER =
  'I chose US residency for its structured feedback and my long-term goal in research.';
const plain = (endpoint: EndpointDefinition, body?: unknown) => () => ({
  path: endpoint.path,
  ...(body === undefined ? {} : { body }),
});
const byId =
  (
    endpoint: EndpointDefinition,
    id: (t: InterviewTarget) => string,
    body?: (t: InterviewTarget) => unknown,
  ) =>
  (t: InterviewTarget) => ({
    path: pathFor(endpoint, { id: id(t) }),
    ...(body === undefined ? {} : { body: body(t) }),
  });
const attempt = (t: InterviewTarget) => t.attemptId;
const mock = (t: InterviewTarget) => t.mockId;

/** The interview endpoints' rows of the authorization matrix (authorization.routes.test.ts). */
export const INTERVIEW_MATRIX = {
  listInterviewQuestions: { scoped: false, request: plain(api.listInterviewQuestions) },
  getInterviewQuestion: {
    scoped: false,
    request: () => ({ path: pathFor(api.getInterviewQuestion, { id: 'img-why-us' }) }),
  },
  createInterviewAttempt: {
    scoped: false,
    request: plain(api.createInterviewAttempt, {
      questionId: 'img-why-us',
      answer: ANSWER,
      source: 'typed',
    }),
  },
  listInterviewAttempts: { scoped: false, request: plain(api.listInterviewAttempts) },
  getInterviewAttempt: { scoped: true, request: byId(api.getInterviewAttempt, attempt) },
  rateInterviewAttempt: {
    scoped: true,
    request: byId(api.rateInterviewAttempt, attempt, () => ({ rating: 'good' })),
  },
  getInterviewDue: { scoped: false, request: plain(api.getInterviewDue) },
  getInterviewProgress: { scoped: false, request: plain(api.getInterviewProgress) },
  listMockInterviews: { scoped: false, request: plain(api.listMockInterviews) },
  createMockInterview: {
    scoped: false,
    request: plain(api.createMockInterview, { format: 'behavioural', count: 2 }),
  },
  getMockInterview: { scoped: true, request: byId(api.getMockInterview, mock) },
  answerMockInterview: {
    scoped: true,
    request: byId(api.answerMockInterview, mock, (t) => ({
      questionId: t.mockQuestionId,
      answer: ANSWER,
      source: 'speech',
      speakingSeconds: 40,
    })),
  },
  completeMockInterview: { scoped: true, request: byId(api.completeMockInterview, mock) },
} as const satisfies Record<string, Entry>;

/** Gives a party an attempt and an open one-question mock, as the matrix's targets. */
export async function interviewParty(agent: Agent): Promise<InterviewTarget> {
  const created = await agent.post(api.createInterviewAttempt.path, {
    questionId: 'img-why-us',
    answer: ANSWER,
    source: 'typed',
  });
  if (created.status !== 201) throw new Error(`attempt failed: ${created.text}`);
  const started = await agent.post(api.createMockInterview.path, { format: 'img', count: 1 });
  if (started.status !== 201) throw new Error(`mock failed: ${started.text}`);
  const { mock: m } = started.body as MockResponse;
  const question = m.questions[0];
  if (!question) throw new Error('mock without questions');
  return {
    attemptId: (created.body as AttemptResponse).attempt.id,
    mockId: m.id,
    mockQuestionId: question.questionId,
  };
}
