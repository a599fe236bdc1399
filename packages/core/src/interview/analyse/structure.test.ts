import { describe, expect, it } from 'vitest';
import type { InterviewQuestion } from '../../vocabulary/interview.ts';
import { analyseAnswer } from './report.ts';
import { CONFLICT, WHY_US } from './test-fixtures.ts';

describe('talking points', () => {
  it('marks covered points with the covering sentence and the synonym that matched', () => {
    const answer =
      'I trained in Lagos. During my observership in Chicago I saw daily feedback on rounds. My goal is a fellowship in nephrology.';
    const report = analyseAnswer({ question: WHY_US, answer });
    expect(report.talkingPoints).toEqual([
      {
        id: 'training',
        label: 'What US training offers you',
        covered: true,
        evidence: 'During my observership in Chicago I saw daily feedback on rounds.',
        matched: 'feedback',
        optional: false,
      },
      {
        id: 'usce',
        label: 'Concrete US clinical experience',
        covered: true,
        evidence: 'During my observership in Chicago I saw daily feedback on rounds.',
        matched: 'observership',
        optional: false,
      },
      {
        id: 'goals',
        label: 'Long-term goals',
        covered: true,
        evidence: 'My goal is a fellowship in nephrology.',
        matched: 'my goal',
        optional: false,
      },
    ]);
    expect(report.talkingPointsCovered).toBe(3);
  });

  it('matches whole tokens only: "usce" is not found inside "susceptible"', () => {
    const report = analyseAnswer({
      question: WHY_US,
      answer: 'Children are susceptible to infection.',
    });
    expect(report.talkingPoints.find((p) => p.id === 'usce')?.covered).toBe(false);
    const usce = analyseAnswer({ question: WHY_US, answer: 'My USCE was in Ohio.' });
    expect(usce.talkingPoints.find((p) => p.id === 'usce')?.evidence).toBe('My USCE was in Ohio.');
  });

  it('matches inflections and multi-word phrases across punctuation variants', () => {
    const report = analyseAnswer({
      question: WHY_US,
      answer: 'I completed two rotations. My U.S. clinical experience was in Texas.',
    });
    const usce = report.talkingPoints.find((p) => p.id === 'usce');
    expect(usce?.matched).toBe('rotation');
    const onlyPhrase: InterviewQuestion = {
      ...WHY_US,
      talkingPoints: [
        { id: 'us', label: 'US experience', guidance: '', synonyms: ['us clinical experience'] },
      ],
    };
    const phrase = analyseAnswer({
      question: onlyPhrase,
      answer: 'I trained in Lagos. My U.S. clinical experience was in Texas.',
    });
    expect(phrase.talkingPoints[0]?.evidence).toBe('My U.S. clinical experience was in Texas.');
  });
});

const STAR_ANSWER =
  'During my internship in 2022, a senior nurse and I disagreed about when to give insulin to a patient who was not eating. My task was to keep the patient safe while respecting her experience. I asked her to explain her concern and I listened to her perspective. I checked the glucose myself, reviewed the chart, and called the endocrinology resident to confirm the plan. I proposed that we hold the dose and recheck in one hour, and she agreed. As a result, the patient avoided hypoglycaemia. I learned that asking first resolves most disagreements.';

describe('STAR', () => {
  it('finds each part with evidence and reports the I/we balance', () => {
    const star = analyseAnswer({ question: CONFLICT, answer: STAR_ANSWER }).star;
    expect(star?.situation).toEqual({
      present: true,
      evidence:
        'During my internship in 2022, a senior nurse and I disagreed about when to give insulin to a patient who was not eating.',
    });
    expect(star?.task.evidence).toBe(
      'My task was to keep the patient safe while respecting her experience.',
    );
    expect(star?.action.evidence).toBe(
      'I asked her to explain her concern and I listened to her perspective.',
    );
    expect(star?.result.evidence).toBe('As a result, the patient avoided hypoglycaemia.');
    expect(star?.learning.evidence).toBe(
      'I learned that asking first resolves most disagreements.',
    );
    expect(star?.checks.map((c) => c.code)).not.toContain('no-clear-result');
    expect(star?.weCount).toBe(1);
    expect(star?.iCount).toBeGreaterThan(5);
    const { setup, action, resultAndLearning } = star?.proportions ?? {
      setup: 0,
      action: 0,
      resultAndLearning: 0,
    };
    expect(setup + action + resultAndLearning).toBeCloseTo(1, 2);
    expect(JSON.stringify(star)).not.toMatch(/percent|score/i);
  });

  it('flags no clear result and no specific situation', () => {
    const answer =
      'I think teamwork matters. I asked the nurse what worried her and I listened. I checked the chart and I called the resident.';
    const star = analyseAnswer({ question: CONFLICT, answer }).star;
    const codes = star?.checks.map((c) => c.code);
    expect(codes).toContain('no-clear-result');
    expect(codes).toContain('no-specific-situation');
    expect(star?.result.present).toBe(false);
    expect(star?.situation.present).toBe(false);
  });

  it('flags "mostly we" with the first we-sentence as evidence', () => {
    const answer =
      'During my rotation in 2022 we had a disagreement. We talked to the nurse and we reviewed the chart. We called the family. In the end the patient was safe.';
    const star = analyseAnswer({ question: CONFLICT, answer }).star;
    const mostlyWe = star?.checks.find((c) => c.code === 'mostly-we');
    // "had a disagreement" sets the scene; the first described action is the evidence.
    expect(mostlyWe?.evidence).toBe('We talked to the nurse and we reviewed the chart.');
    expect(star?.iWeRatio).toBeLessThan(0.5);
  });

  it('is only produced for STAR questions', () => {
    expect(analyseAnswer({ question: WHY_US, answer: STAR_ANSWER }).star).toBeNull();
  });
});

describe('specificity and repeated words', () => {
  it('counts numbers, names and concrete examples per 100 words', () => {
    const answer =
      'For example, in Lagos I saw 30 patients a night. During 2022 I worked at Cook County Hospital in Chicago.';
    const { specificity } = analyseAnswer({ question: WHY_US, answer });
    expect(specificity.numbers).toBe(2); // 30, 2022
    expect(specificity.concreteExamples).toBe(1); // "for example"
    expect(specificity.namedEntities).toBeGreaterThanOrEqual(3); // Lagos, County Hospital, Chicago
    expect(specificity.specifics).toEqual(
      expect.arrayContaining(['For example', 'Lagos', '30', '2022', 'Chicago']),
    );
    // 20 words → 2 numbers is 10 per 100 words.
    expect(specificity.numbersPer100Words).toBe(10);
  });

  it('reports non-stopword lemmas used at least three times', () => {
    const answer =
      'I love patients. Patients teach me. Every patient matters, and I am passionate, passionate, passionate.';
    const report = analyseAnswer({ question: WHY_US, answer });
    expect(report.repeatedWords).toEqual([
      { phrase: 'passionate', count: 3 },
      { phrase: 'patient', count: 3 },
    ]);
  });
});
