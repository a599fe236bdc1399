import { describe, expect, it } from 'vitest';
import { createServices } from '../services.ts';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import { STRONG_WHY_US, WEAK_WHY_US } from './interview-test-support.ts';

const setup = () => {
  const ports = createInMemoryPorts();
  const services = createServices({
    ...ports,
    sessionTtlMs: 60 * 60 * 1000,
    signInLimit: { maxFailures: 5, windowMs: 15 * 60 * 1000 },
    instanceLimits: { maxApplicants: 10, maxPrograms: 10 },
    elapsed: () => 0,
  });
  return { ports, ...services };
};

describe('interview data in the account', () => {
  it('is exported with the account and deleted with it, leaving others’ alone', async () => {
    const s = setup();
    const signUp = (email: string) =>
      s.auth.signUp({ email, password: 'long password!', displayName: email, role: 'applicant' });
    const { user } = await signUp('a@example.org');
    const { user: someone } = await signUp('b@example.org');
    const { attempt } = await s.interview.createAttempt(user, {
      questionId: 'img-why-us',
      answer: WEAK_WHY_US,
      source: 'typed',
    });
    await s.interview.rate(user, attempt.id, 'hard');
    const mock = await s.mockInterviews.create(user, { format: 'img', count: 2 });
    await s.mockInterviews.answer(user, mock.id, {
      questionId: mock.questions[0]?.questionId ?? '',
      answer: STRONG_WHY_US,
      source: 'typed',
    });
    await s.interview.createAttempt(someone, {
      questionId: 'img-why-us',
      answer: STRONG_WHY_US,
      source: 'typed',
    });

    const data = await s.account.exportData(user);
    expect(data.interviewAttempts.map((a) => [a.questionId, a.answer, a.rating])).toEqual([
      ['img-why-us', WEAK_WHY_US, 'hard'],
      [mock.questions[0]?.questionId, STRONG_WHY_US, null],
    ]);
    expect(data.interviewAttempts[0]).not.toHaveProperty('userId');
    expect(data.practiceCards.map((c) => c.questionId)).toEqual(['img-why-us']);
    expect(data.mockInterviews.map((m) => [m.id, m.questions.length])).toEqual([[mock.id, 2]]);
    expect(JSON.stringify(data)).not.toContain(someone.id);

    await s.account.deleteAccount(user, 'long password!');
    const { attemptRows, cardRows, mockRows } = s.ports.interviewStores;
    expect([...attemptRows.values()].map((a) => a.userId)).toEqual([someone.id]);
    expect(cardRows.size).toBe(0);
    expect(mockRows.size).toBe(0);
  });
});
