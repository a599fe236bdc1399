import { describe, expect, it } from 'vitest';
import type { MenteeRankingInput } from '../../vocabulary/mentorship.ts';
import { createCompatibilityScorer } from '../compatibility/scorer.ts';
import { ADA, mentor, WINTER } from '../compatibility/test-fixtures.ts';
import { DEFAULT_COMPATIBILITY_WEIGHTS } from '../compatibility/weights.ts';
import { candidatePairs, type ProgramSolveJob, solveProgramJob } from './program-job.ts';

const mentee = (id: string, overrides: Partial<MenteeRankingInput> = {}): MenteeRankingInput => ({
  ...ADA,
  id,
  ...overrides,
});
// A program mentor starts with nobody.
const m = (id: string, capacity: number, overrides = {}) =>
  mentor(id, { capacity, activeMentees: 0, ...overrides });

const job = (overrides: Partial<ProgramSolveJob> = {}): ProgramSolveJob => ({
  mentees: [mentee('e1'), mentee('e2', { languages: ['French'] }), mentee('e3')],
  mentors: [
    m('best', 1),
    m('good', 2, { languages: ['French'], timeZone: 'Europe/London' }),
    m('far', 1, { specialties: ['Pediatrics'], imgCountry: null }),
    m('none', 0),
  ],
  weights: DEFAULT_COMPATIBILITY_WEIGHTS,
  now: WINTER.toISOString(),
  mode: 'total',
  minimumScore: null,
  pins: [],
  forbids: [],
  published: [],
  ...overrides,
});

const scorer = createCompatibilityScorer({ now: WINTER });
const score = (menteeId: string, mentorId: string) => {
  const j = job();
  const a = j.mentees.find((x) => x.id === menteeId);
  const b = j.mentors.find((x) => x.id === mentorId);
  if (!a || !b) throw new Error('fixture');
  return scorer.score(a, b);
};

describe('candidatePairs', () => {
  it('scores every allowed pair with the compatibility scorer, skipping forbidden pairs and full mentors', () => {
    const pairs = candidatePairs(job({ forbids: [{ mentee: 'e1', mentor: 'far' }] }));
    expect(
      pairs
        .filter((p) => p.mentee === 'e1')
        .map((p) => p.mentor)
        .sort(),
    ).toEqual(['best', 'good']);
    expect(pairs.some((p) => p.mentor === 'none')).toBe(false);
    for (const p of pairs) expect(p.score).toBe(score(p.mentee, p.mentor));
  });

  it("keeps each mentee's best k, and a pinned pair even outside them", () => {
    const one = candidatePairs(job({ candidatesPerMentee: 1 }));
    // e1's best is "best" (same languages, IMG mentor); e2 speaks French, so "good" wins.
    expect(one.filter((p) => p.mentee === 'e1').map((p) => p.mentor)).toEqual(['best']);
    expect(one.filter((p) => p.mentee === 'e2').map((p) => p.mentor)).toEqual(['good']);
    const pinned = candidatePairs(
      job({ candidatesPerMentee: 1, pins: [{ mentee: 'e1', mentor: 'far' }] }),
    );
    expect(
      pinned
        .filter((p) => p.mentee === 'e1')
        .map((p) => p.mentor)
        .sort(),
    ).toEqual(['best', 'far']);
  });
});

describe('solveProgramJob', () => {
  it('solves within capacities and proves the result optimal', () => {
    const result = solveProgramJob(job());
    if (!result.ok) throw new Error('expected a result');
    const { value } = result;
    expect(value.optimal).toBe(true);
    expect(value.certificate.total.bound).toBe(value.certificate.total.objective);
    // 3 mentees, 4 places with room: everyone is matched; "best" takes one.
    expect(value.matched).toBe(3);
    expect(Object.values(value.assignments).filter((x) => x === 'best')).toHaveLength(1);
    expect(value.assignments.e2).toBe('good');
  });

  it('keeps a published pair and refuses a pin that would move it', () => {
    const kept = solveProgramJob(job({ published: [{ mentee: 'e1', mentor: 'far' }] }));
    expect(kept.ok && kept.value.assignments.e1).toBe('far');
    const moved = solveProgramJob(
      job({
        published: [{ mentee: 'e1', mentor: 'far' }],
        pins: [{ mentee: 'e1', mentor: 'best' }],
      }),
    );
    expect(moved.ok).toBe(false);
    expect(moved.ok ? [] : moved.issues.map((i) => i.code)).toEqual(['published-pair-moved']);
  });

  it('leaves a mentee unmatched below the minimum score, with the reason', () => {
    const far = mentee('e9', {
      specialties: ['Dermatology'],
      mentorTypes: ['research'],
      languages: ['Japanese'],
      timeZone: 'Asia/Tokyo',
      country: 'Japan',
    });
    const base = job({ mentees: [mentee('e1'), far] });
    const pairs = candidatePairs(base);
    const best = (id: string) =>
      Math.max(...pairs.filter((p) => p.mentee === id).map((p) => p.score));
    // The fixture: e1's best pair scores above everything e9 can get.
    expect(best('e1')).toBeGreaterThan(best('e9'));
    const result = solveProgramJob({ ...base, minimumScore: best('e9') + 1, mode: 'fair' });
    if (!result.ok) throw new Error('expected a result');
    expect(result.value.assignments.e9).toBeNull();
    expect(result.value.unmatched).toEqual([{ mentee: 'e9', reason: 'below-minimum-score' }]);
    expect(result.value.assignments.e1).toBe('best');
  });

  it('reports pins beyond a capacity as issues, not a crash', () => {
    const result = solveProgramJob(
      job({
        pins: [
          { mentee: 'e1', mentor: 'best' },
          { mentee: 'e3', mentor: 'best' },
        ],
      }),
    );
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain('pins-exceed-capacity');
  });
});
