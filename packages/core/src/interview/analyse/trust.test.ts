// Issue 13's cases for an analyser applicants can trust: negation and its scope, the subject of a
// harsh word, paraphrases in the applicant's own words, keyword strings, and visa answers.
import { describe, expect, it } from 'vitest';
import type { InterviewQuestion } from '../../vocabulary/interview.ts';
import { findQuestion } from '../bank/index.ts';
import { analyseAnswer } from './report.ts';

function question(id: string): InterviewQuestion {
  const found = findQuestion(id);
  if (found === undefined) throw new Error(`bank question ${id} is missing`);
  return found;
}

const report = (id: string, answer: string) => analyseAnswer({ question: question(id), answer });
const codes = (id: string, answer: string) => report(id, answer).redFlags.map((f) => f.code);
const covered = (id: string, answer: string) =>
  report(id, answer)
    .talkingPoints.filter((p) => p.covered)
    .map((p) => p.id);

describe('criticism of the home system', () => {
  const harsh =
    'In my country doctors are not respected and the hospitals are a disgrace. I want to train in the US because of the structured feedback.';

  it('is flagged, quoting the sentence', () => {
    const hit = report('img-why-us', harsh).redFlags.find(
      (f) => f.code === 'criticises-home-country',
    );
    expect(hit?.evidence).toBe(
      'In my country doctors are not respected and the hospitals are a disgrace.',
    );
  });

  it('is not counted as respect for the home system ("not respected" is negated)', () => {
    expect(covered('img-why-us', harsh)).not.toContain('respect-home');
  });

  it('a denied virtue alone ("doctors are not respected") is criticism', () => {
    expect(codes('img-why-us', 'Back home, doctors are not respected by anyone.')).toContain(
      'criticises-home-country',
    );
  });

  it('a negated pejorative is not criticism', () => {
    const answer =
      'I am not saying the system in my country is corrupt; it is underfunded and stretched, and its nurses taught me a great deal.';
    expect(codes('img-why-us', answer)).not.toContain('criticises-home-country');
  });

  it('a harsh word about a disease is not criticism of the country', () => {
    const answer =
      'Tuberculosis is a terrible disease in my country, and as an intern I treated dozens of cases every month.';
    expect(codes('img-home-health-system', answer)).not.toContain('criticises-home-country');
  });
});

describe('over-praise of the US', () => {
  it('flags "the best healthcare system in the world" and "everything there is perfect"', () => {
    const answer =
      'The US has the best healthcare system in the world. I did an observership in Ohio and everything there is perfect.';
    const hits = report('img-why-us', answer).redFlags.filter((f) => f.code === 'overpraises-us');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence).toBe('The US has the best healthcare system in the world.');
    expect(hits[0]?.occurrences).toBe(2);
  });

  it('does not flag a denial ("I do not think the US system is perfect")', () => {
    const answer =
      'I do not think the US system is perfect, and during my externship I saw patients skip insulin because of cost.';
    expect(codes('img-why-us', answer)).not.toContain('overpraises-us');
  });
});

describe('paraphrase coverage', () => {
  const ownWords =
    'I want close supervision and regular feedback from attendings, which I only had now and then at home. The hospitals at home taught me to examine carefully and to decide with very little. Ten years from now I hope to lead an infectious diseases service that trains junior doctors in both countries.';
  const keywords =
    'Structured curriculum supervision feedback observership respect proud career goal.';

  it('a strong answer in the applicant’s own words covers at least 3 of 4 points', () => {
    expect(covered('img-why-us', ownWords).length).toBeGreaterThanOrEqual(3);
    expect(covered('img-why-us', ownWords)).toEqual(
      expect.arrayContaining(['training-features', 'respect-home', 'goals']),
    );
  });

  it('a string of keywords covers nothing and never beats the real answer', () => {
    expect(covered('img-why-us', keywords)).toEqual([]);
    const padded = `${keywords} I want supervision, feedback, observership, respect and a career.`;
    expect(covered('img-why-us', padded).length).toBeLessThan(
      covered('img-why-us', ownWords).length,
    );
  });

  it('"taught me" counts as respect only in a sentence about home', () => {
    const answer = 'My externship in Boston taught me how to present a patient in two minutes.';
    expect(covered('img-why-us', answer)).not.toContain('respect-home');
  });
});

describe('negation elsewhere', () => {
  it('"not about the money" is not a money motive', () => {
    const answer =
      'For me this is not about the money; I want the structured feedback I saw during my observership in Detroit.';
    expect(codes('img-why-us', answer)).not.toContain('money-or-prestige');
  });

  it('"not my fault" is still an excuse (the phrase carries its own negation)', () => {
    expect(
      codes('img-exam-attempt', 'I failed Step 1 in 2022, but it was not my fault.'),
    ).toContain('excuse-for-scores');
  });
});

describe('visa answers', () => {
  it('an answer that leaves the visa out is not "demanding visa talk"; the status point is missing', () => {
    const answer = 'I am ECFMG certified and I passed Step 3 in May, so my paperwork is in order.';
    const r = report('img-visa-status', answer);
    expect(r.redFlags.map((f) => f.code)).not.toContain('demanding-visa-talk');
    expect(r.talkingPoints.find((p) => p.id === 'status')?.covered).toBe(false);
  });

  it('a demand is still flagged', () => {
    expect(codes('img-visa-status', 'You must sponsor my H-1B or I will not come.')).toContain(
      'demanding-visa-talk',
    );
  });
});
