import { describe, expect, it } from 'vitest';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import { createInterviewService } from './interview.service.ts';
import { applicant, STRONG_WHY_US, WEAK_WHY_US } from './interview-test-support.ts';

const setup = () => {
  const ports = createInMemoryPorts('2025-03-01T12:00:00.000Z');
  return { ports, interview: createInterviewService(ports) };
};
const [amina, other] = [applicant('amina'), applicant('other')];
const MINUTE = 60_000;

describe('progress', () => {
  it('counts attempts per theme, coverage, and each question’s trend oldest first', async () => {
    const { interview, ports } = setup();
    const a1 = await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: WEAK_WHY_US,
      source: 'typed',
    });
    ports.clock.advance(MINUTE);
    await interview.createAttempt(amina, {
      questionId: 'behavioural-teamwork',
      answer: STRONG_WHY_US,
      source: 'typed',
    });
    ports.clock.advance(MINUTE);
    const a3 = await interview.createAttempt(amina, {
      questionId: 'img-why-us',
      answer: STRONG_WHY_US,
      source: 'speech',
      speakingSeconds: 30,
    });
    await interview.createAttempt(other, {
      questionId: 'opening-tell-me-about-yourself',
      answer: 'Hi.',
      source: 'typed',
    });

    const progress = await interview.progress(amina);
    expect(progress.totalAttempts).toBe(3);
    expect(progress.coverage).toEqual({ practised: 2, total: 100 });
    const theme = (name: string) => progress.themes.find((t) => t.theme === name);
    expect(theme('img')).toMatchObject({
      attempts: 2,
      questionsPractised: 1,
      label: 'IMG-specific',
    });
    expect(theme('behavioural')).toMatchObject({ attempts: 1, questionsPractised: 1 });
    expect(theme('opening')).toMatchObject({ attempts: 0, questionsPractised: 0 });
    expect(progress.themes).toHaveLength(8);
    expect(progress.questions.map((q) => q.questionId)).toEqual([
      'img-why-us',
      'behavioural-teamwork',
    ]);
    expect(progress.questions[0]?.points).toEqual([
      expect.objectContaining({
        attemptId: a1.attempt.id,
        wordCount: 34,
        redFlags: 2,
        wordsPerMinute: null,
      }),
      expect.objectContaining({
        attemptId: a3.attempt.id,
        wordCount: 60,
        redFlags: 0,
        fillersPer100Words: null,
        wordsPerMinute: 120,
      }),
    ]);
  });
});
