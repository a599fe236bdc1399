import type {
  AccountExport,
  AttemptListResponse,
  AttemptResponse,
  DueResponse,
  ErrorBody,
  ProgressResponse,
  QuestionListResponse,
  QuestionResponse,
  RateAttemptResponse,
} from '@matchready/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgent, createTestApp, PASSWORD, signUp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.dispose());

const issues = (body: unknown) =>
  (body as ErrorBody).error.issues?.map((issue) => [issue.path, issue.message]);
const WEAK =
  'I want to train in the US because the salary is much higher and the programs are prestigious. ' +
  'The hospitals in Nigeria are corrupt and backward, so there is no future for me there.';

describe('interview question bank', () => {
  it('lists questions, by theme, and shows one with its sample answer', async () => {
    const me = await signUp(t.app, 'applicant');
    const all = (await me.get('/api/interview/questions')).body as QuestionListResponse;
    expect(all.questions).toHaveLength(100);
    const img = await me.get('/api/interview/questions?theme=img');
    expect(img.status).toBe(200);
    const { questions } = img.body as QuestionListResponse;
    expect(questions.every((q) => q.theme === 'img')).toBe(true);
    expect(questions.map((q) => q.id)).toContain('img-why-us');

    const one = await me.get('/api/interview/questions/img-why-us');
    expect(one.status).toBe(200);
    const { question, redFlagDocs } = one.body as QuestionResponse;
    expect(question.prompt).toBe('Why did you choose to pursue residency in the US?');
    expect(question.sampleAnswer).not.toBe('');
    expect(redFlagDocs.map((d) => d.code)).toContain('criticises-home-country');
  });

  it('answers 400 for a bad theme or id, 404 for an unknown id, 401 signed out', async () => {
    const me = await signUp(t.app, 'applicant');
    const theme = await me.get('/api/interview/questions?theme=cardiology');
    expect(theme.status).toBe(400);
    expect(issues(theme.body)?.[0]?.[0]).toEqual(['theme']);
    expect((await me.get('/api/interview/questions/Not_An_Id')).status).toBe(400);
    expect((await me.get('/api/interview/questions/why-mars')).status).toBe(404);
    expect((await createAgent(t.app).get('/api/interview/questions')).status).toBe(401);
  });
});

describe('interview attempts', () => {
  it('analyses an answer on the server and keeps it private to its author', async () => {
    const me = await signUp(t.app, 'applicant');
    const someone = await signUp(t.app, 'mentor');
    const created = await me.post('/api/interview/attempts', {
      questionId: 'img-why-us',
      answer: WEAK,
      source: 'typed',
    });
    expect(created.status).toBe(201);
    const { attempt, report, redFlagDocs } = created.body as AttemptResponse;
    expect(attempt).toMatchObject({ questionId: 'img-why-us', answer: WEAK, rating: null });
    expect(report.wordCount).toBe(34);
    expect(report.redFlags.map((f) => f.code).sort()).toEqual([
      'criticises-home-country',
      'money-or-prestige',
    ]);
    expect(redFlagDocs.find((d) => d.code === 'criticises-home-country')?.advice).toMatch(
      /^Describe constraints factually/,
    );

    const path = `/api/interview/attempts/${attempt.id}`;
    expect(((await me.get(path)).body as AttemptResponse).attempt).toEqual(attempt);
    expect((await someone.get(path)).status).toBe(404);
    expect((await someone.post(`${path}/rating`, { rating: 'good' })).status).toBe(404);
    const mine = (await me.get('/api/interview/attempts?questionId=img-why-us'))
      .body as AttemptListResponse;
    expect(mine.attempts.map((a) => a.id)).toEqual([attempt.id]);
    expect(
      (
        (await me.get('/api/interview/attempts?questionId=behavioural-teamwork'))
          .body as AttemptListResponse
      ).attempts,
    ).toEqual([]);
    expect(
      ((await someone.get('/api/interview/attempts')).body as AttemptListResponse).attempts,
    ).toEqual([]);
  });

  it('answers 400 with every issue at its path, saving nothing', async () => {
    const me = await signUp(t.app, 'applicant');
    const bad = await me.post('/api/interview/attempts', {
      questionId: 'img-why-us',
      answer: '   ',
      source: 'voice',
      speakingSeconds: -3,
    });
    expect(bad.status).toBe(400);
    expect(issues(bad.body)?.map(([path]) => path)).toEqual([
      ['answer'],
      ['speakingSeconds'],
      ['source'],
    ]);
    const unknown = await me.post('/api/interview/attempts', {
      questionId: 'why-mars',
      answer: 'Because.',
      source: 'typed',
    });
    expect(unknown.status).toBe(400);
    expect(issues(unknown.body)).toEqual([[['questionId'], 'No question "why-mars" in the bank']]);
    const tooLong = await me.post('/api/interview/attempts', {
      questionId: 'img-why-us',
      answer: 'word '.repeat(2001),
      source: 'typed',
    });
    expect(issues(tooLong.body)).toEqual([[['answer'], 'Answers are at most 10000 characters']]);
    expect(
      ((await me.get('/api/interview/attempts')).body as AttemptListResponse).attempts,
    ).toEqual([]);
  });

  it('schedules a rated attempt once, shows it due later, and tracks progress', async () => {
    const me = await signUp(t.app, 'applicant');
    const { attempt } = (
      await me.post('/api/interview/attempts', {
        questionId: 'img-why-us',
        answer: WEAK,
        source: 'speech',
        speakingSeconds: 17,
      })
    ).body as AttemptResponse;
    const rating = `/api/interview/attempts/${attempt.id}/rating`;
    expect((await me.post(rating, { rating: 'fine' })).status).toBe(400);
    const rated = await me.post(rating, { rating: 'again' });
    expect(rated.status).toBe(200);
    const { card } = rated.body as RateAttemptResponse;
    expect(card.questionId).toBe('img-why-us');
    expect(card.state.phase).toBe('learning');
    // FSRS: "again" on a new card comes back after its first learning step (1 minute).
    expect(Date.parse(card.dueAt) - Date.parse(card.updatedAt)).toBe(60_000);
    expect((await me.post(rating, { rating: 'good' })).status).toBe(409);

    const due = (await me.get('/api/interview/due')).body as DueResponse;
    expect(due.upcoming.map((d) => [d.questionId, d.dueAt])).toEqual([['img-why-us', card.dueAt]]);
    expect(due.newQuestions.map((q) => q.id)).not.toContain('img-why-us');

    const progress = (await me.get('/api/interview/progress')).body as ProgressResponse;
    expect(progress.coverage).toEqual({ practised: 1, total: 100 });
    expect(progress.themes.find((th) => th.theme === 'img')?.attempts).toBe(1);
    expect(progress.questions[0]?.points).toEqual([
      expect.objectContaining({ attemptId: attempt.id, wordCount: 34, wordsPerMinute: 120 }),
    ]);
  });

  it('exports interview data with the account and deletes it with the account', async () => {
    const me = await signUp(t.app, 'applicant');
    const { attempt } = (
      await me.post('/api/interview/attempts', {
        questionId: 'img-why-us',
        answer: WEAK,
        source: 'typed',
      })
    ).body as AttemptResponse;
    await me.post(`/api/interview/attempts/${attempt.id}/rating`, { rating: 'hard' });
    await me.post('/api/interview/mocks', { format: 'behavioural', count: 2 });
    const exported = (await me.get('/api/account/export')).body as AccountExport;
    expect(exported.interviewAttempts.map((a) => a.id)).toEqual([attempt.id]);
    expect(exported.practiceCards.map((c) => c.questionId)).toEqual(['img-why-us']);
    expect(exported.mockInterviews.map((m) => [m.format, m.questions.length])).toEqual([
      ['behavioural', 2],
    ]);

    expect((await me.delete('/api/account', { password: PASSWORD })).status).toBe(204);
    const { db } = t.database;
    for (const table of ['interview_attempts', 'interview_cards', 'interview_mocks'] as const) {
      const rows = await db
        .selectFrom(table)
        .select('user_id')
        .where('user_id', '=', me.userId)
        .execute();
      expect(rows, table).toEqual([]);
    }
  });
});
