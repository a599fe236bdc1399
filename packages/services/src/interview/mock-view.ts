import { findQuestion } from '@matchready/core/interview';
import type { MockInterviewState } from './interview-domain.ts';
import { MOCK_PRESETS } from './mock-plan.ts';

/** A mock as the API shows it: each planned question with its prompt and the answer given. */
export function mockView({ userId: _u, plan, answers, ...mock }: MockInterviewState) {
  const answered = new Map(answers.map((a) => [a.questionId, a.attemptId]));
  return {
    ...mock,
    label: MOCK_PRESETS[mock.format].label,
    questions: plan.map((item) => {
      const question = findQuestion(item.questionId);
      return {
        ...item,
        prompt: question?.prompt ?? item.questionId,
        theme: question?.theme ?? 'opening',
        attemptId: answered.get(item.questionId) ?? null,
      };
    }),
  };
}
