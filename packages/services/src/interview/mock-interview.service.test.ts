import { QUESTION_BANK } from '@matchready/core/interview';
import { describe, expect, it } from 'vitest';
import type { ApplicantProfile } from '../account/account-domain.ts';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import { createInterviewService } from './interview.service.ts';
import { applicant, failure, STRONG_WHY_US, WEAK_WHY_US } from './interview-test-support.ts';
import { createMockInterviewService } from './mock-interview.service.ts';
import { planMock } from './mock-plan.ts';

const PROFILE: ApplicantProfile = {
  countryOfTraining: 'Nigeria',
  medicalSchool: null,
  graduationYear: 2023,
  applicantType: 'non-us-img',
  step1: 'passed',
  step1Attempts: 1,
  step2Score: 241,
  step2Attempts: 1,
  step3: 'not-taken',
  ecfmgStatus: 'certified',
  pathway: null,
  oetStatus: null,
  visaNeed: 'j1',
  usceMonths: 3,
  researchItems: 0,
  specialties: ['Internal Medicine'],
  preferredStates: [],
  isDemo: false,
  updatedAt: '2025-02-01T00:00:00.000Z',
};

const setup = () => {
  const ports = createInMemoryPorts('2025-03-01T12:00:00.000Z');
  return {
    ports,
    mocks: createMockInterviewService(ports),
    interview: createInterviewService(ports),
  };
};
const [amina, other] = [applicant('amina'), applicant('other')];
const answer = (questionId: string, text: string) => ({
  questionId,
  answer: text,
  source: 'typed' as const,
});

describe('planMock', () => {
  it('asks IMG core questions in bank order when nothing has been practised', () => {
    expect(planMock(QUESTION_BANK, new Map(), 'img', 3)).toEqual([
      { questionId: 'img-why-us', readSeconds: 20, answerSeconds: 120, hardStop: false },
      { questionId: 'img-why-abroad', readSeconds: 20, answerSeconds: 120, hardStop: false },
      {
        questionId: 'img-home-health-system',
        readSeconds: 20,
        answerSeconds: 120,
        hardStop: false,
      },
    ]);
  });

  it('puts questions already practised last', () => {
    const ids = planMock(QUESTION_BANK, new Map([['img-why-us', 2]]), 'img', 2).map(
      (item) => item.questionId,
    );
    expect(ids).toEqual(['img-why-abroad', 'img-home-health-system']);
  });

  it('AAMC style: 30 s to read, 3 min hard stop, situational and behavioural in turn', () => {
    const plan = planMock(QUESTION_BANK, new Map(), 'aamc', 4);
    expect(plan.map((item) => [item.readSeconds, item.answerSeconds, item.hardStop])).toEqual(
      Array.from({ length: 4 }, () => [30, 180, true]),
    );
    const themes = plan.map((item) => QUESTION_BANK.find((q) => q.id === item.questionId)?.theme);
    expect(themes).toEqual(['situational', 'behavioural', 'situational', 'behavioural']);
  });

  it('mixes themes in interview order and stops when a set runs out', () => {
    const mixed = planMock(QUESTION_BANK, new Map(), 'mixed', 3);
    expect(mixed.map((item) => item.questionId)).toEqual([
      'opening-tell-me-about-yourself',
      'why-this-program',
      'img-why-us',
    ]);
    const behavioural = QUESTION_BANK.filter((q) => q.theme === 'behavioural').length;
    expect(planMock(QUESTION_BANK, new Map(), 'behavioural', behavioural + 5)).toHaveLength(
      behavioural,
    );
  });
});

describe('mock interviews', () => {
  it('runs a mock: questions with timers, answers without feedback, one summary at the end', async () => {
    const { mocks, ports } = setup();
    const mock = await mocks.create(amina, { format: 'img', count: 3 });
    expect(mock).toMatchObject({
      format: 'img',
      label: 'IMG set',
      startedAt: '2025-03-01T12:00:00.000Z',
      completedAt: null,
      summary: null,
    });
    expect(mock.questions.map((q) => [q.questionId, q.attemptId])).toEqual([
      ['img-why-us', null],
      ['img-why-abroad', null],
      ['img-home-health-system', null],
    ]);
    expect(mock.questions[0]?.prompt).toBe('Why did you choose to pursue residency in the US?');

    const answered = await mocks.answer(amina, mock.id, answer('img-why-us', WEAK_WHY_US));
    expect(answered).not.toHaveProperty('report');
    const attemptId = answered.questions[0]?.attemptId;
    expect(attemptId).toEqual(expect.any(String));
    expect(ports.interviewStores.attemptRows.get(attemptId ?? '')?.mockId).toBe(mock.id);
    await mocks.answer(amina, mock.id, answer('img-why-abroad', STRONG_WHY_US));

    ports.clock.advance(10 * 60_000);
    const done = await mocks.complete(amina, mock.id);
    expect(done.completedAt).toBe('2025-03-01T12:10:00.000Z');
    const summary = done.summary;
    expect(summary).toMatchObject({ answered: 2, total: 3 });
    expect(
      summary?.questions.map((q) => [q.questionId, q.wordCount, q.talkingPointsTotal > 0]),
    ).toEqual([
      ['img-why-us', 34, true],
      ['img-why-abroad', 60, true],
      ['img-home-health-system', 0, true],
    ]);
    expect(summary?.questions[2]).toMatchObject({
      attemptId: null,
      timeBand: null,
      priority: null,
    });
    expect(summary?.redFlags.find((f) => f.code === 'money-or-prestige')).toEqual({
      code: 'money-or-prestige',
      title: 'Money, lifestyle or prestige as the motive',
      advice: expect.stringContaining('Lead with what you want to learn'),
      questionIds: ['img-why-us'],
    });
    expect(summary?.priorities[0]?.questionId).toBe('img-why-us');
    expect(summary?.priorities.length).toBeLessThanOrEqual(2);
    // Typed answers have no measured pace.
    expect(summary?.averages.wordsPerMinute).toBeNull();
    expect(
      (summary?.timeBands.short ?? 0) +
        (summary?.timeBands.ok ?? 0) +
        (summary?.timeBands.long ?? 0),
    ).toBe(2);

    // Completing again is harmless and changes nothing.
    ports.clock.advance(60_000);
    expect(await mocks.complete(amina, mock.id)).toEqual(done);
  });

  it('refuses a second answer, a question outside the mock and answers after completion', async () => {
    const { mocks, ports } = setup();
    const mock = await mocks.create(amina, { format: 'behavioural', count: 1 });
    const questionId = mock.questions[0]?.questionId ?? '';
    expect(
      await failure(mocks.answer(amina, mock.id, answer('img-why-us', STRONG_WHY_US))),
    ).toEqual({
      code: 'invalid-input',
      issues: [[['questionId'], `"img-why-us" is not one of this mock's questions`]],
    });
    await mocks.answer(amina, mock.id, answer(questionId, STRONG_WHY_US));
    expect((await failure(mocks.answer(amina, mock.id, answer(questionId, 'Again.')))).code).toBe(
      'conflict',
    );
    await mocks.complete(amina, mock.id);
    expect((await failure(mocks.answer(amina, mock.id, answer(questionId, 'Late.')))).code).toBe(
      'conflict',
    );
    expect(ports.interviewStores.attemptRows.size).toBe(1);
  });

  it('keeps mocks private: others get not-found and see none in their list', async () => {
    const { mocks } = setup();
    const mock = await mocks.create(amina, { format: 'mixed', count: 2 });
    expect((await failure(mocks.get(other, mock.id))).code).toBe('not-found');
    const q = mock.questions[0]?.questionId ?? '';
    expect((await failure(mocks.answer(other, mock.id, answer(q, STRONG_WHY_US)))).code).toBe(
      'not-found',
    );
    expect((await failure(mocks.complete(other, mock.id))).code).toBe('not-found');
    expect(await mocks.list(other)).toEqual([]);
    expect(await mocks.list(amina)).toEqual([
      {
        id: mock.id,
        format: 'mixed',
        label: 'Mixed interview',
        startedAt: '2025-03-01T12:00:00.000Z',
        completedAt: null,
        questionCount: 2,
        answered: 0,
      },
    ]);
  });

  it('mock answers count as practice: the next mock starts with other questions', async () => {
    const { mocks, interview } = setup();
    const first = await mocks.create(amina, { format: 'img', count: 1 });
    await mocks.answer(amina, first.id, answer('img-why-us', STRONG_WHY_US));
    const second = await mocks.create(amina, { format: 'img', count: 1 });
    expect(second.questions.map((q) => q.questionId)).toEqual(['img-why-abroad']);
    const attempts = await interview.listAttempts(amina, 'img-why-us');
    expect(attempts.map((a) => a.mockId)).toEqual([first.id]);
  });

  it('chooses questions that fit the profile (issue 13)', async () => {
    const { ports, mocks } = setup();
    const planned = async () =>
      (await mocks.create(amina, { format: 'img', count: 30 })).questions.map((q) => q.questionId);
    // No profile yet: nothing is presumed, so no "you failed Step 1".
    expect(await planned()).not.toContain('img-exam-attempt');
    await ports.profiles.save(amina.id, PROFILE);
    const passedFirstTime = await planned();
    expect(passedFirstTime).not.toContain('img-exam-attempt');
    expect(passedFirstTime).not.toContain('img-why-abroad'); // a US-IMG question
    expect(passedFirstTime).not.toContain('img-time-since-graduation'); // graduated in 2023
    expect(passedFirstTime).toContain('img-visa-status');
    await ports.profiles.save(amina.id, { ...PROFILE, step1: 'passed', step1Attempts: 2 });
    expect(await planned()).toContain('img-exam-attempt');
  });
});
