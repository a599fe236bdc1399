import { findQuestion, QUESTION_BANK, questionFitsProfile } from '@matchready/core/interview';
import type { User } from '../account/account-domain.ts';
import type { ProfileRepository } from '../account/account-ports.ts';
import { AppError, invalidInput, notFound } from '../shared/app-error.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import { type AnswerInput, analyseAttempt, questionInBody } from './interview-attempt.ts';
import type { MockFormat, MockInterviewRecord, MockInterviewState } from './interview-domain.ts';
import type { InterviewAttemptRepository, MockInterviewRepository } from './interview-ports.ts';
import { MOCK_PRESETS, planMock, questionFacts } from './mock-plan.ts';
import { summariseMock } from './mock-summary.ts';
import { mockView } from './mock-view.ts';

export interface MockInterviewServiceDeps {
  readonly interviewAttempts: InterviewAttemptRepository;
  readonly mockInterviews: MockInterviewRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** The applicant profile decides which questions fit (no "you failed Step 1" after a first-time pass). */
  readonly profiles?: ProfileRepository;
}

export type MockInterviewService = ReturnType<typeof createMockInterviewService>;

export function createMockInterviewService(deps: MockInterviewServiceDeps) {
  const { interviewAttempts, mockInterviews, clock, ids } = deps;

  async function ownMock(user: User, id: string): Promise<MockInterviewState> {
    const mock = await mockInterviews.findById(id);
    if (!mock || mock.userId !== user.id) throw notFound('Mock interview');
    return mock;
  }

  return {
    /**
     * Picks the questions that fit the user's profile and that they have practised least (see
     * mock-plan.ts), and fixes the timers.
     */
    async create(user: User, input: { format: MockFormat; count: number }) {
      const counts = await interviewAttempts.countByQuestion(user.id);
      const profile = await deps.profiles?.find(user.id);
      const facts = profile === undefined || profile === null ? null : questionFacts(profile);
      const year = clock.now().getUTCFullYear();
      const fits = (question: (typeof QUESTION_BANK)[number]) =>
        questionFitsProfile(question, facts, year);
      const record: MockInterviewRecord = {
        id: ids.newId(),
        userId: user.id,
        format: input.format,
        plan: planMock(QUESTION_BANK, counts, input.format, input.count, fits),
        summary: null,
        startedAt: clock.now().toISOString(),
        completedAt: null,
      };
      await mockInterviews.create(record);
      return mockView({ ...record, answers: [] });
    },

    async get(user: User, id: string) {
      return mockView(await ownMock(user, id));
    },

    async list(user: User) {
      const mocks = await mockInterviews.listByUser(user.id);
      return mocks.map(({ userId: _u, plan, answers, summary: _s, ...mock }) => ({
        ...mock,
        label: MOCK_PRESETS[mock.format].label,
        questionCount: plan.length,
        answered: answers.length,
      }));
    },

    /** Saves and analyses one answer; the report waits for the summary at the end. */
    async answer(user: User, mockId: string, input: AnswerInput) {
      const mock = await ownMock(user, mockId);
      if (mock.completedAt !== null) {
        throw new AppError('conflict', 'This mock interview is already completed');
      }
      if (!mock.plan.some((item) => item.questionId === input.questionId)) {
        throw invalidInput('This question is not part of the mock interview', [
          {
            code: 'not-in-mock',
            path: ['questionId'],
            message: `"${input.questionId}" is not one of this mock's questions`,
          },
        ]);
      }
      const alreadyAnswered = new AppError('conflict', 'This question is already answered');
      if (mock.answers.some((a) => a.questionId === input.questionId)) throw alreadyAnswered;
      const question = questionInBody(input.questionId);
      const attempt = await analyseAttempt(deps, user, question, input, mock.id);
      if ((await interviewAttempts.create(attempt)) === 'duplicate') throw alreadyAnswered;
      return mockView({
        ...mock,
        answers: [...mock.answers, { questionId: attempt.questionId, attemptId: attempt.id }],
      });
    },

    /** Completes the mock with one summary report; completing it again returns the same. */
    async complete(user: User, id: string) {
      const mock = await ownMock(user, id);
      if (mock.completedAt !== null) return mockView(mock);
      const attempts = await interviewAttempts.listByUser(user.id, { mockId: mock.id });
      const summary = summariseMock(mock.plan, attempts, findQuestion);
      const completedAt = clock.now().toISOString();
      if (!(await mockInterviews.complete(mock.id, summary, completedAt))) {
        return mockView(await ownMock(user, id));
      }
      return mockView({ ...mock, summary, completedAt });
    },
  };
}
