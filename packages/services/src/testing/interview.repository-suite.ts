import { analyseAnswer, findQuestion, newCardState } from '@matchready/core/interview';
import { expect, it } from 'vitest';
import type {
  InterviewAttemptRecord,
  MockInterviewRecord,
  MockSummary,
  PracticeCardRecord,
} from '../index.ts';
import type { RepositoryPorts } from '../services.ts';
import { newUser } from './repository-fixtures.ts';

const question = findQuestion('img-why-us');
if (!question) throw new Error('img-why-us is missing from the bank');
const report = analyseAnswer({
  question,
  answer: 'I want structured feedback. My goal is a fellowship.',
  speakingSeconds: 12.5,
});
const [u1, u2] = [newUser(1).id, newUser(2).id];

export const attempt = (
  id: string,
  userId: string,
  createdAt: string,
  extra: Partial<InterviewAttemptRecord> = {},
): InterviewAttemptRecord => ({
  id,
  userId,
  questionId: 'img-why-us',
  answer: `answer ${id}`,
  speakingSeconds: 12.5,
  fillersMeasured: false,
  source: 'speech',
  report,
  rating: null,
  ratedAt: null,
  mockId: null,
  createdAt,
  ...extra,
});

export const card = (userId: string, at: string, due: string): PracticeCardRecord => ({
  userId,
  questionId: 'img-why-us',
  state: { ...newCardState(new Date(at)), due, reps: 1, phase: 'learning', lastReview: at },
  dueAt: due,
  createdAt: at,
  updatedAt: at,
});

const mock = (id: string, userId: string, startedAt: string): MockInterviewRecord => ({
  id,
  userId,
  format: 'aamc',
  plan: [
    { questionId: 'img-why-us', readSeconds: 30, answerSeconds: 180, hardStop: true },
    { questionId: 'behavioural-teamwork', readSeconds: 30, answerSeconds: 180, hardStop: true },
  ],
  summary: null,
  startedAt,
  completedAt: null,
});

/** What every implementation of the interview repositories must do. */
export function interviewRepositorySuite(ports: () => RepositoryPorts): void {
  it('stores attempts with their report, lists a user’s oldest first, filters and counts', async () => {
    const { users, interviewAttempts } = ports();
    await users.create(newUser(1));
    await users.create(newUser(2));
    const a1 = attempt('a1', u1, '2025-01-01T10:00:00.000Z');
    const a2 = attempt('a2', u1, '2025-01-01T09:00:00.000Z', {
      questionId: 'behavioural-teamwork',
      speakingSeconds: null,
      fillersMeasured: true,
      source: 'typed',
    });
    const a3 = attempt('a3', u1, '2025-01-01T11:00:00.000Z');
    for (const a of [a1, a2, a3, attempt('b1', u2, '2025-01-01T08:00:00.000Z')]) {
      expect(await interviewAttempts.create(a)).toBe('created');
    }
    expect(await interviewAttempts.findById('a1')).toEqual(a1);
    expect(await interviewAttempts.findById('a2')).toEqual(a2);
    expect(await interviewAttempts.findById('missing')).toBeNull();
    expect((await interviewAttempts.listByUser(u1)).map((a) => a.id)).toEqual(['a2', 'a1', 'a3']);
    expect(
      (await interviewAttempts.listByUser(u1, { questionId: 'img-why-us' })).map((a) => a.id),
    ).toEqual(['a1', 'a3']);
    expect(await interviewAttempts.countByQuestion(u1)).toEqual(
      new Map([
        ['img-why-us', 2],
        ['behavioural-teamwork', 1],
      ]),
    );
    expect(await interviewAttempts.countByQuestion('nobody')).toEqual(new Map());
  });

  it('rates once: the rating and the card are saved together, then refused', async () => {
    const { users, interviewAttempts, practiceCards } = ports();
    await users.create(newUser(1));
    await interviewAttempts.create(attempt('a1', u1, '2025-01-01T10:00:00.000Z'));
    await interviewAttempts.create(attempt('a2', u1, '2025-01-01T11:00:00.000Z'));
    expect(await practiceCards.find(u1, 'img-why-us')).toBeNull();

    const first = card(u1, '2025-01-01T10:05:00.000Z', '2025-01-01T10:15:00.000Z');
    const rated = { attemptId: 'a1', rating: 'good' as const, ratedAt: '2025-01-01T10:05:00.000Z' };
    expect(await interviewAttempts.rate({ ...rated, card: first })).toBe('rated');
    expect(await interviewAttempts.findById('a1')).toMatchObject({
      rating: 'good',
      ratedAt: '2025-01-01T10:05:00.000Z',
    });
    expect(await practiceCards.find(u1, 'img-why-us')).toEqual(first);

    const ignored = card(u1, '2025-01-02T00:00:00.000Z', '2025-02-01T00:00:00.000Z');
    expect(await interviewAttempts.rate({ ...rated, rating: 'easy', card: ignored })).toBe(
      'already-rated',
    );
    expect(await practiceCards.find(u1, 'img-why-us')).toEqual(first);
    expect((await interviewAttempts.findById('a1'))?.rating).toBe('good');

    // Rating a later attempt replaces the card's state and keeps when it was first made.
    const second = {
      ...card(u1, '2025-01-01T11:05:00.000Z', '2025-01-03T11:05:00.000Z'),
      createdAt: first.createdAt,
    };
    await interviewAttempts.rate({
      attemptId: 'a2',
      rating: 'easy',
      ratedAt: '2025-01-01T11:05:00.000Z',
      card: { ...second, createdAt: '2099-01-01T00:00:00.000Z' },
    });
    expect(await practiceCards.find(u1, 'img-why-us')).toEqual(second);
    expect(await practiceCards.listByUser(u1)).toEqual([second]);
  });

  it('lists cards soonest due first', async () => {
    const { users, interviewAttempts, practiceCards } = ports();
    await users.create(newUser(1));
    await interviewAttempts.create(attempt('a1', u1, '2025-01-01T10:00:00.000Z'));
    await interviewAttempts.create(
      attempt('a2', u1, '2025-01-01T10:00:00.000Z', { questionId: 'behavioural-teamwork' }),
    );
    const later = card(u1, '2025-01-01T10:00:00.000Z', '2025-01-09T00:00:00.000Z');
    const sooner = {
      ...card(u1, '2025-01-01T10:00:00.000Z', '2025-01-02T00:00:00.000Z'),
      questionId: 'behavioural-teamwork',
    };
    await interviewAttempts.rate({
      attemptId: 'a1',
      rating: 'easy',
      ratedAt: later.createdAt,
      card: later,
    });
    await interviewAttempts.rate({
      attemptId: 'a2',
      rating: 'good',
      ratedAt: sooner.createdAt,
      card: sooner,
    });
    expect((await practiceCards.listByUser(u1)).map((c) => c.questionId)).toEqual([
      'behavioural-teamwork',
      'img-why-us',
    ]);
    expect(await practiceCards.listByUser('nobody')).toEqual([]);
  });

  it('stores mocks with their answers in order, one answer per question, completes once', async () => {
    const { users, interviewAttempts, mockInterviews } = ports();
    await users.create(newUser(1));
    await mockInterviews.create(mock('m1', u1, '2025-01-01T10:00:00.000Z'));
    await mockInterviews.create(mock('m2', u1, '2025-01-02T10:00:00.000Z'));
    expect(await mockInterviews.findById('m1')).toEqual({
      ...mock('m1', u1, '2025-01-01T10:00:00.000Z'),
      answers: [],
    });
    await interviewAttempts.create(
      attempt('x2', u1, '2025-01-01T10:02:00.000Z', {
        mockId: 'm1',
        questionId: 'behavioural-teamwork',
      }),
    );
    await interviewAttempts.create(attempt('x1', u1, '2025-01-01T10:05:00.000Z', { mockId: 'm1' }));
    expect(
      await interviewAttempts.create(
        attempt('x3', u1, '2025-01-01T10:06:00.000Z', { mockId: 'm1' }),
      ),
    ).toBe('duplicate');
    // Outside mocks, any number of attempts at the same question.
    await interviewAttempts.create(attempt('y1', u1, '2025-01-01T10:07:00.000Z'));
    await interviewAttempts.create(attempt('y2', u1, '2025-01-01T10:08:00.000Z'));
    expect((await mockInterviews.findById('m1'))?.answers).toEqual([
      { questionId: 'behavioural-teamwork', attemptId: 'x2' },
      { questionId: 'img-why-us', attemptId: 'x1' },
    ]);
    expect((await interviewAttempts.listByUser(u1, { mockId: 'm1' })).map((a) => a.id)).toEqual([
      'x2',
      'x1',
    ]);
    expect((await mockInterviews.listByUser(u1)).map((m) => [m.id, m.answers.length])).toEqual([
      ['m2', 0],
      ['m1', 2],
    ]);

    const summary = { answered: 2, total: 2, questions: [] } as unknown as MockSummary;
    expect(await mockInterviews.complete('m1', summary, '2025-01-01T10:30:00.000Z')).toBe(true);
    expect(await mockInterviews.complete('m1', summary, '2025-01-01T11:00:00.000Z')).toBe(false);
    expect(await mockInterviews.findById('m1')).toMatchObject({
      summary,
      completedAt: '2025-01-01T10:30:00.000Z',
    });
    expect(await mockInterviews.findById('missing')).toBeNull();
  });

  it('deletes a user’s attempts, cards and mocks with the account, and nobody else’s', async () => {
    const { users, interviewAttempts, practiceCards, mockInterviews } = ports();
    await users.create(newUser(1));
    await users.create(newUser(2));
    for (const userId of [u1, u2]) {
      await mockInterviews.create(mock(`m-${userId}`, userId, '2025-01-01T10:00:00.000Z'));
      await interviewAttempts.create(
        attempt(`a-${userId}`, userId, '2025-01-01T10:00:00.000Z', { mockId: `m-${userId}` }),
      );
      await interviewAttempts.rate({
        attemptId: `a-${userId}`,
        rating: 'good',
        ratedAt: '2025-01-01T10:01:00.000Z',
        card: card(userId, '2025-01-01T10:01:00.000Z', '2025-01-01T10:11:00.000Z'),
      });
    }
    expect(await users.delete(u1)).toBe(true);
    expect(await interviewAttempts.listByUser(u1)).toEqual([]);
    expect(await practiceCards.listByUser(u1)).toEqual([]);
    expect(await mockInterviews.listByUser(u1)).toEqual([]);
    expect((await interviewAttempts.listByUser(u2)).map((a) => a.id)).toEqual([`a-${u2}`]);
    expect(await practiceCards.listByUser(u2)).toHaveLength(1);
    expect((await mockInterviews.listByUser(u2)).map((m) => m.answers.length)).toEqual([1]);
  });
}
