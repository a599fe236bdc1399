// Answer paths (issue 14): each path of the bank is chosen by its own sample answer and by a
// different answer in its own words, covers its points, and an honest gap is not an excuse.
import { describe, expect, it } from 'vitest';
import type { InterviewQuestion } from '../../vocabulary/interview.ts';
import { findQuestion, QUESTION_BANK } from '../bank/index.ts';
import { analyseAnswer } from './report.ts';

function question(id: string): InterviewQuestion {
  const found = findQuestion(id);
  if (found === undefined) throw new Error(`bank question ${id} is missing`);
  return found;
}

const WITH_PATHS = QUESTION_BANK.flatMap((q) =>
  (q.paths ?? []).map((path) => [`${q.id}/${path.id}`, q, path] as const),
);

describe('every answer path of the bank', () => {
  it('exists on the visa and gap questions', () => {
    expect(question('img-visa-status').paths?.map((p) => p.id)).toEqual([
      'no-visa-needed',
      'green-card-pending',
      'j1-only',
      'h1b-preferred',
    ]);
    expect(question('img-low-score-or-gap').paths?.map((p) => p.id)).toEqual([
      'illness',
      'caregiving',
      'family',
      'visa-delay',
    ]);
  });

  it.each(WITH_PATHS)(
    '%s: its sample takes it, covers every point and raises nothing',
    (_id, q, path) => {
      const report = analyseAnswer({ question: q, answer: path.sampleAnswer });
      expect(report.path?.id).toBe(path.id);
      expect(report.talkingPoints.filter((p) => !p.covered).map((p) => p.id)).toEqual([]);
      expect(report.redFlags.map((f) => f.code)).toEqual([]);
    },
  );

  it('a caller may name the path; an unknown name falls back to the answer’s cues', () => {
    const q = question('img-visa-status');
    const answer = 'I am a US citizen, so no sponsorship is needed.';
    expect(analyseAnswer({ question: q, answer, pathId: 'j1-only' }).path?.id).toBe('j1-only');
    expect(analyseAnswer({ question: q, answer, pathId: 'nope' }).path?.id).toBe('no-visa-needed');
  });
});

describe('visa paths, answers in other words', () => {
  const visa = (answer: string) => analyseAnswer({ question: question('img-visa-status'), answer });

  it('no visa needed: two sentences are a complete answer (no "missing three of four points")', () => {
    const report = visa(
      'I am a permanent resident, so I do not need sponsorship. My ECFMG certification came through in May.',
    );
    expect(report.path?.id).toBe('no-visa-needed');
    expect(report.checklist.missingCoreTalkingPoints).toBe(0);
    expect(report.redFlags).toEqual([]);
  });

  it('"I am not a citizen" does not take the no-visa path', () => {
    expect(visa('I am not a US citizen and I will need a J-1.').path?.id).not.toBe(
      'no-visa-needed',
    );
  });

  it('green card pending: the stage and a fallback', () => {
    const report = visa(
      'My green card application is pending and the interview is set for March. If it is not approved by July, my backup is the J-1, and I am ECFMG certified.',
    );
    expect(report.path?.id).toBe('green-card-pending');
    expect(report.checklist.missingCoreTalkingPoints).toBe(0);
  });

  it('J-1 only: the rules are a point, the H-1B reason optional', () => {
    const report = visa(
      'I need a J-1 sponsored by ECFMG, and I am certified. I know about the two-year home residency rule and waivers.',
    );
    expect(report.path?.id).toBe('j1-only');
    expect(report.checklist.missingCoreTalkingPoints).toBe(0);
    expect(report.talkingPoints.find((p) => p.id === 'no-h1b-reason')?.optional).toBe(true);
  });

  it('H-1B preferred: saying why a J-1 does not fit is honest, not demanding', () => {
    const report = visa(
      'I cannot take a J-1, because my wife and children live here on her H-1B. I passed Step 3 in January and I understand that not every program sponsors the H-1B.',
    );
    expect(report.path?.id).toBe('h1b-preferred');
    expect(report.redFlags.map((f) => f.code)).not.toContain('demanding-visa-talk');
    expect(report.checklist.missingCoreTalkingPoints).toBe(0);
  });
});

describe('gap paths: honest gaps are explained, not owned as failures', () => {
  const gap = (answer: string) =>
    analyseAnswer({ question: question('img-low-score-or-gap'), answer });

  it('illness: no excuse and no evasion flag, and "own the cause" is not asked for', () => {
    const report = gap(
      'In 2022 I was diagnosed with tuberculosis and spent five months in treatment. I have fully recovered. Afterwards I studied with a question bank and did a research project on TB contacts.',
    );
    expect(report.path?.id).toBe('illness');
    expect(report.redFlags).toEqual([]);
    expect(report.talkingPoints.map((p) => p.id)).not.toContain('own');
    expect(report.checklist.missingCoreTalkingPoints).toBe(0);
  });

  it('caregiving: who, what is in place now, keeping current', () => {
    const report = gap(
      'I spent 2023 caring for my mother after her hip fracture. She is stable now and my brother has moved in with her. I kept up with an online course in internal medicine.',
    );
    expect(report.path?.id).toBe('caregiving');
    expect(report.redFlags).toEqual([]);
    expect(report.checklist.missingCoreTalkingPoints).toBe(0);
  });

  it('family: a birth with childcare arranged', () => {
    const report = gap(
      'My son was born in 2024 and I took eight months of leave. Daycare is arranged and my parents help. I studied with a question bank in the evenings.',
    );
    expect(report.path?.id).toBe('family');
    expect(report.redFlags).toEqual([]);
    expect(report.checklist.missingCoreTalkingPoints).toBe(0);
  });

  it('visa delay: stated factually, resolved', () => {
    const report = gap(
      'My visa was delayed for ten months by administrative processing. I used the time to volunteer in a clinic. The visa was approved in April.',
    );
    expect(report.path?.id).toBe('visa-delay');
    expect(report.redFlags).toEqual([]);
    expect(report.checklist.missingCoreTalkingPoints).toBe(0);
  });

  it('a low score still asks for ownership; other strengths are optional', () => {
    const report = gap('My Step 2 score of 215 is lower than I wanted. I am ready now.');
    expect(report.path).toBeNull();
    const uncovered = report.talkingPoints.filter((p) => !p.covered).map((p) => p.id);
    expect(uncovered).toEqual(['own', 'changed', 'other-strengths']);
    expect(report.talkingPoints.find((p) => p.id === 'other-strengths')?.optional).toBe(true);
    expect(report.checklist.missingCoreTalkingPoints).toBe(2);
  });
});

describe('new points of issue 14', () => {
  it('why-this-program: "why you are the right candidate" is a core point', () => {
    const q = question('why-this-program');
    const point = q.talkingPoints.find((p) => p.id === 'right-candidate');
    expect(point?.optional).not.toBe(true);
    const report = analyseAnswer({
      question: q,
      answer:
        'Your refugee clinic fits me, and what I bring is fluent Arabic and five years in a camp clinic.',
    });
    expect(report.talkingPoints.find((p) => p.id === 'right-candidate')?.covered).toBe(true);
  });

  it('img-home-health-system: "one thing unique, with a fact"', () => {
    const report = analyseAnswer({
      question: question('img-home-health-system'),
      answer:
        'One thing unique to Rwanda is community-based insurance, which covers more than eighty percent of people.',
    });
    expect(report.talkingPoints.find((p) => p.id === 'unique-fact')?.covered).toBe(true);
  });
});
