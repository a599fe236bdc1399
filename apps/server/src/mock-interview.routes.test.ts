import type { ErrorBody, MockListResponse, MockResponse } from '@matchready/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.dispose());

const ANSWER =
  'During my internship in 2022 a nurse and I disagreed about an insulin dose. I listened, checked ' +
  'the glucose myself and called the resident. As a result the patient avoided hypoglycaemia, and I ' +
  'learned to ask first.';

describe('mock interviews', () => {
  it('runs an AAMC-style mock with timers and returns one summary at the end', async () => {
    const me = await signUp(t.app, 'applicant');
    const started = await me.post('/api/interview/mocks', { format: 'aamc', count: 3 });
    expect(started.status).toBe(201);
    const { mock } = started.body as MockResponse;
    expect(mock.questions).toHaveLength(3);
    expect(mock.questions.map((q) => [q.readSeconds, q.answerSeconds, q.hardStop])).toEqual([
      [30, 180, true],
      [30, 180, true],
      [30, 180, true],
    ]);
    for (const question of mock.questions) {
      const reply = await me.post(`/api/interview/mocks/${mock.id}/answers`, {
        questionId: question.questionId,
        answer: ANSWER,
        source: 'speech',
        speakingSeconds: 20,
      });
      expect(reply.status).toBe(201);
      expect(reply.body).not.toHaveProperty('report');
    }
    const again = await me.post(`/api/interview/mocks/${mock.id}/answers`, {
      questionId: mock.questions[0]?.questionId,
      answer: ANSWER,
      source: 'typed',
    });
    expect(again.status).toBe(409);

    const done = await me.post(`/api/interview/mocks/${mock.id}/complete`);
    expect(done.status).toBe(200);
    const { summary, completedAt } = (done.body as MockResponse).mock;
    expect(completedAt).not.toBeNull();
    expect(summary).toMatchObject({ answered: 3, total: 3 });
    // 37 words in 20 seconds each.
    expect(summary?.averages.wordsPerMinute).toBe(111);
    expect(summary?.questions.every((q) => q.wordCount === 37)).toBe(true);
    expect(summary?.averages.fillersPer100Words).toBeNull();

    const list = (await me.get('/api/interview/mocks')).body as MockListResponse;
    expect(list.mocks.map((m) => [m.id, m.questionCount, m.answered])).toEqual([[mock.id, 3, 3]]);
    expect(
      ((await me.get(`/api/interview/mocks/${mock.id}`)).body as MockResponse).mock.summary,
    ).toEqual(summary);
  });

  it('validates the set and size, the answered question, and hides mocks from others', async () => {
    const me = await signUp(t.app, 'applicant');
    const someone = await signUp(t.app, 'applicant');
    const bad = await me.post('/api/interview/mocks', { format: 'oral', count: 0 });
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).error.issues?.map((i) => i.path)).toEqual([
      ['format'],
      ['count'],
    ]);
    expect((await me.post('/api/interview/mocks', { format: 'img', count: 11 })).status).toBe(400);

    const { mock } = (await me.post('/api/interview/mocks', { format: 'img', count: 1 }))
      .body as MockResponse;
    const outside = await me.post(`/api/interview/mocks/${mock.id}/answers`, {
      questionId: 'behavioural-teamwork',
      answer: ANSWER,
      source: 'typed',
    });
    expect(outside.status).toBe(400);
    expect((outside.body as ErrorBody).error.issues?.map((i) => i.path)).toEqual([['questionId']]);

    const path = `/api/interview/mocks/${mock.id}`;
    expect((await someone.get(path)).status).toBe(404);
    expect((await someone.post(`${path}/complete`)).status).toBe(404);
    expect(
      (
        await someone.post(`${path}/answers`, {
          questionId: mock.questions[0]?.questionId,
          answer: ANSWER,
          source: 'typed',
        })
      ).status,
    ).toBe(404);
    expect(((await someone.get('/api/interview/mocks')).body as MockListResponse).mocks).toEqual(
      [],
    );
  });
});
