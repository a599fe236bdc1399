import { describe, expect, it } from 'vitest';
import { questionFitsProfile } from './audience.ts';
import { findQuestion } from './index.ts';

const q = (id: string) => {
  const found = findQuestion(id);
  if (found === undefined) throw new Error(id);
  return found;
};
const passedFirstTime = {
  applicantType: 'non-us-img',
  failedAttempts: 0,
  visa: 'j1',
  graduationYear: 2024,
} as const;

describe('questionFitsProfile', () => {
  it('does not ask "you failed Step 1" of someone who passed first time', () => {
    expect(questionFitsProfile(q('img-exam-attempt'), passedFirstTime, 2026)).toBe(false);
    expect(
      questionFitsProfile(q('img-exam-attempt'), { ...passedFirstTime, failedAttempts: 1 }, 2026),
    ).toBe(true);
  });

  it('asks about time since graduation only three or more years after it', () => {
    expect(questionFitsProfile(q('img-time-since-graduation'), passedFirstTime, 2026)).toBe(false);
    expect(questionFitsProfile(q('img-time-since-graduation'), passedFirstTime, 2027)).toBe(true);
  });

  it('keeps audiences apart: "why a school abroad" is for US IMGs', () => {
    expect(questionFitsProfile(q('img-why-abroad'), passedFirstTime, 2026)).toBe(false);
    expect(
      questionFitsProfile(
        q('img-why-abroad'),
        { ...passedFirstTime, applicantType: 'us-img' },
        2026,
      ),
    ).toBe(true);
    expect(questionFitsProfile(q('img-visa-status'), passedFirstTime, 2026)).toBe(true);
  });

  it('presumes nothing about unanswered facts', () => {
    const unknown = { applicantType: null, failedAttempts: null, visa: null, graduationYear: null };
    expect(questionFitsProfile(q('img-exam-attempt'), unknown, 2026)).toBe(false);
    expect(questionFitsProfile(q('img-why-abroad'), unknown, 2026)).toBe(true);
  });

  it('without a profile, presumes nothing: conditional questions are left out', () => {
    expect(questionFitsProfile(q('img-exam-attempt'), null, 2026)).toBe(false);
    expect(questionFitsProfile(q('img-why-us'), null, 2026)).toBe(true);
  });
});
