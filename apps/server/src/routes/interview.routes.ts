import { api } from '@matchready/contract';
import type { RouteDeps } from './deps.ts';

export function registerInterviewRoutes({ router, services }: RouteDeps): void {
  const { interview, mockInterviews } = services;

  router.mount(api.listInterviewQuestions, ({ query }) => interview.listQuestions(query.theme));

  router.mount(api.getInterviewQuestion, ({ params }) => interview.getQuestion(params.id));

  router.mount(api.createInterviewAttempt, ({ auth, body }) =>
    interview.createAttempt(auth.user, body),
  );

  router.mount(api.listInterviewAttempts, async ({ auth, query }) => ({
    attempts: await interview.listAttempts(auth.user, query.questionId),
  }));

  router.mount(api.getInterviewAttempt, ({ auth, params }) =>
    interview.getAttempt(auth.user, params.id),
  );

  router.mount(api.rateInterviewAttempt, async ({ auth, params, body }) => ({
    card: await interview.rate(auth.user, params.id, body.rating),
  }));

  router.mount(api.getInterviewDue, ({ auth }) => interview.due(auth.user));

  router.mount(api.getInterviewProgress, ({ auth }) => interview.progress(auth.user));

  router.mount(api.listMockInterviews, async ({ auth }) => ({
    mocks: await mockInterviews.list(auth.user),
  }));

  router.mount(api.createMockInterview, async ({ auth, body }) => ({
    mock: await mockInterviews.create(auth.user, body),
  }));

  router.mount(api.getMockInterview, async ({ auth, params }) => ({
    mock: await mockInterviews.get(auth.user, params.id),
  }));

  router.mount(api.answerMockInterview, async ({ auth, params, body }) => ({
    mock: await mockInterviews.answer(auth.user, params.id, body),
  }));

  router.mount(api.completeMockInterview, async ({ auth, params }) => ({
    mock: await mockInterviews.complete(auth.user, params.id),
  }));
}
