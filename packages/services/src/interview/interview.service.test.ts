import { describe, expect, it } from 'vitest';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import { createInterviewService, NEW_QUESTIONS_PER_DAY } from './interview.service.ts';
import { applicant, failure, STRONG_WHY_US, WEAK_WHY_US } from './interview-test-support.ts';

const setup = () => {
  const ports = createInMemoryPorts('2025-03-01T12:00:00.000Z');
  return { ports, interview: createInterviewService(ports) };
};
const [amina, other] = [applicant('amina'), applicant('other')];
const MINUTE = 60_000;

describe('interview questions', () => {
  it('lists the bank, one theme at a time, with the count per theme', () => {
    const { interview } = setup();
    const all = interview.listQuestions();
    expect(all.questions).toHaveLength(100);
    expect(all.themes.reduce((sum, t) => sum + t.count, 0)).toBe(100);
    const img = interview.listQuestions('img');
    expect(img.questions.every((q) => q.theme === 'img')).toBe(true);
    expect(img.questions.map((q) => q.id)).toContain('img-why-us');
    expect(img.questions).toHaveLength(img.themes.find((t) => t.theme === 'img')?.count ?? -1);
    expect(img.questions[0]).not.toHaveProperty('sampleAnswer');
  });

  it('gives one question with its guidance, and not-found for an unknown id', async () => {
    const { interview } = setup();
    const { question, redFlagDocs, tips } = interview.getQuestion('img-why-us');
    expect(tips.map((t) => t.id)).toContain('pause-first');
    expect(question.prompt).toBe('Why did you choose to pursue residency in the US?');
    expect(question.sampleAnswer.length).toBeGreaterThan(100);
    expect(redFlagDocs.map((d) => d.code)).toContain('money-or-prestige');
    expect(redFlagDocs.find((d) => d.code === 'money-or-prestige')?.title).toBe(
      'Money, lifestyle or prestige as the motive',
    );
    expect(() => interview.getQuestion('no-such-question')).toThrow(/was not found/);
  });
});

describe('interview attempts', () => {
  it('analyses a weak answer: red flags with the quoted sentence, priorities first', async () => {
    const { interview, ports } = setup();
    const { attempt, report, redFlagDocs } = await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: WEAK_WHY_US,
      source: 'typed',
    });
    expect(report.wordCount).toBe(34);
    expect(report.redFlags.map((f) => f.code).sort()).toEqual([
      'criticises-home-country',
      'money-or-prestige',
    ]);
    expect(report.redFlags.find((f) => f.code === 'money-or-prestige')?.evidence).toBe(
      'I want to train in the US because the salary is much higher and the programs are prestigious.',
    );
    expect(report.priorities[0]?.code).toMatch(/criticises-home-country|money-or-prestige/);
    expect(report.suggestedRating).toBe('again');
    expect(report.comparison).toBeNull();
    expect(redFlagDocs.map((d) => d.code).sort()).toEqual([
      'criticises-home-country',
      'money-or-prestige',
    ]);
    expect(attempt).toMatchObject({
      questionId: 'img-why-us',
      answer: WEAK_WHY_US,
      speakingSeconds: null,
      fillersMeasured: true,
      source: 'typed',
      rating: null,
      mockId: null,
      createdAt: '2025-03-01T12:00:00.000Z',
    });
    expect(ports.interviewStores.attemptRows.get(attempt.id)?.userId).toBe('amina');
  });

  it('treats speech as not measuring filled pauses unless told otherwise, and uses the seconds', async () => {
    const { interview } = setup();
    const spoken = await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: `Um, ${STRONG_WHY_US}`,
      source: 'speech',
      speakingSeconds: 30,
    });
    expect(spoken.attempt.fillersMeasured).toBe(false);
    expect(spoken.report.fillersPer100Words).toBeNull();
    expect(spoken.report.secondsSource).toBe('measured');
    // 61 words in 30 seconds.
    expect(spoken.report.wordsPerMinute).toBe(122);
    const typed = await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: `Um, ${STRONG_WHY_US}`,
      source: 'speech',
      fillersMeasured: true,
    });
    expect(typed.report.fillersPer100Words).toBeGreaterThan(0);
  });

  it('compares a new attempt with my earlier ones at the same question only', async () => {
    const { interview, ports } = setup();
    await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: WEAK_WHY_US,
      source: 'typed',
    });
    await interview.createAttempt(other, {
      questionId: 'img-why-us',
      answer: WEAK_WHY_US,
      source: 'typed',
    });
    await interview.createAttempt(amina, {
      questionId: 'behavioural-teamwork',
      answer: WEAK_WHY_US,
      source: 'typed',
    });
    ports.clock.advance(MINUTE);
    const second = await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: STRONG_WHY_US,
      source: 'typed',
    });
    expect(second.report.comparison?.attempts).toBe(1);
    expect(second.report.comparison?.last.redFlags).toMatchObject({ previous: 2, current: 0 });
    expect(second.report.comparison?.last.wordCount).toMatchObject({ previous: 34, current: 60 });
  });

  it('refuses an unknown question on its field and saves nothing', async () => {
    const { interview, ports } = setup();
    expect(
      await failure(
        interview.createAttempt(amina, { questionId: 'why-mars', answer: 'x', source: 'typed' }),
      ),
    ).toEqual({
      code: 'invalid-input',
      issues: [[['questionId'], 'No question "why-mars" in the bank']],
    });
    expect(ports.interviewStores.attemptRows.size).toBe(0);
  });

  it('lists and shows my attempts only, newest first; others get not-found', async () => {
    const { interview, ports } = setup();
    const first = await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: WEAK_WHY_US,
      source: 'typed',
    });
    ports.clock.advance(MINUTE);
    const second = await interview.createAttempt(amina, {
      questionId: 'behavioural-teamwork',
      answer: STRONG_WHY_US,
      source: 'typed',
    });
    const list = await interview.listAttempts(amina);
    expect(list.map((a) => a.id)).toEqual([second.attempt.id, first.attempt.id]);
    expect(list[1]).toMatchObject({
      questionId: 'img-why-us',
      wordCount: 34,
      talkingPointsTotal: 4,
      redFlags: expect.arrayContaining(['money-or-prestige', 'criticises-home-country']),
      rating: null,
    });
    expect((await interview.listAttempts(amina, 'img-why-us')).map((a) => a.id)).toEqual([
      first.attempt.id,
    ]);
    expect(await interview.listAttempts(other)).toEqual([]);
    expect((await interview.getAttempt(amina, first.attempt.id)).attempt.answer).toBe(WEAK_WHY_US);
    expect((await failure(interview.getAttempt(other, first.attempt.id))).code).toBe('not-found');
    expect((await failure(interview.rate(other, first.attempt.id, 'good'))).code).toBe('not-found');
  });
});

describe('rating and scheduling', () => {
  it('schedules with FSRS from a self-rating, once per attempt', async () => {
    const { interview, ports } = setup();
    const { attempt } = await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: WEAK_WHY_US,
      source: 'typed',
    });
    // FSRS defaults: a new card's learning steps are 1 minute (Again) and 10 minutes (Good).
    const card = await interview.rate(amina, attempt.id, 'good');
    expect(card).toMatchObject({
      questionId: 'img-why-us',
      dueAt: '2025-03-01T12:10:00.000Z',
      createdAt: '2025-03-01T12:00:00.000Z',
      state: { phase: 'learning', reps: 1, lapses: 0 },
    });
    expect(ports.interviewStores.attemptRows.get(attempt.id)).toMatchObject({
      rating: 'good',
      ratedAt: '2025-03-01T12:00:00.000Z',
    });
    expect(await failure(interview.rate(amina, attempt.id, 'easy'))).toEqual({
      code: 'conflict',
      issues: undefined,
    });

    ports.clock.advance(30 * MINUTE);
    const again = await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: STRONG_WHY_US,
      source: 'typed',
    });
    const next = await interview.rate(amina, again.attempt.id, 'again');
    expect(next).toMatchObject({
      dueAt: '2025-03-01T12:31:00.000Z',
      createdAt: '2025-03-01T12:00:00.000Z',
      updatedAt: '2025-03-01T12:30:00.000Z',
      state: { reps: 2 },
    });
  });

  it('lists what is due now, what comes next, and new questions IMG core first', async () => {
    const { interview, ports } = setup();
    const fresh = await interview.due(amina);
    expect(fresh.due).toEqual([]);
    expect(fresh.upcoming).toEqual([]);
    expect(fresh.newQuestions).toHaveLength(NEW_QUESTIONS_PER_DAY);
    expect(fresh.newQuestions[0]?.id).toBe('img-why-us');
    expect(fresh.newQuestions.every((q) => q.priority === 1)).toBe(true);

    const { attempt } = await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: WEAK_WHY_US,
      source: 'typed',
    });
    await interview.rate(amina, attempt.id, 'again');
    const after = await interview.due(amina);
    expect(after.due).toEqual([]);
    expect(after.upcoming).toEqual([
      {
        questionId: 'img-why-us',
        prompt: 'Why did you choose to pursue residency in the US?',
        theme: 'img',
        dueAt: '2025-03-01T12:01:00.000Z',
        phase: 'learning',
      },
    ]);
    expect(after.newQuestions.map((q) => q.id)).not.toContain('img-why-us');
    expect(after.newQuestions).toHaveLength(NEW_QUESTIONS_PER_DAY - 1);

    ports.clock.advance(2 * MINUTE);
    const later = await interview.due(amina);
    expect(later.due.map((d) => d.questionId)).toEqual(['img-why-us']);
    expect(later.upcoming).toEqual([]);
    expect(await interview.due(other)).toMatchObject({ due: [], upcoming: [] });
  });

  it('stops suggesting new questions once today’s cap of new cards is reached', async () => {
    const { interview, ports } = setup();
    for (const q of (await interview.due(amina)).newQuestions) {
      const { attempt } = await interview.createAttempt(amina, {
        questionId: q.id,
        answer: STRONG_WHY_US,
        source: 'typed',
      });
      await interview.rate(amina, attempt.id, 'good');
    }
    expect((await interview.due(amina)).newQuestions).toEqual([]);
    ports.clock.advance(24 * 60 * MINUTE + 1);
    expect((await interview.due(amina)).newQuestions).toHaveLength(NEW_QUESTIONS_PER_DAY);
  });
});
