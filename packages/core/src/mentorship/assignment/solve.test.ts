// Hand-worked examples: every expected value below was computed by hand from the problem.
import { describe, expect, it } from 'vitest';
import type {
  AssignmentMode,
  AssignmentProblem,
  AssignmentResult,
} from '../../vocabulary/assignment.ts';
import { certifyAssignment } from './certify.ts';
import { generateAssignmentProblem } from './generate.ts';
import { solveAssignment } from './solve.ts';

const mentors = (...list: [string, number][]) => list.map(([id, capacity]) => ({ id, capacity }));
const scores = (...list: [string, string, number][]) =>
  list.map(([mentee, mentor, score]) => ({ mentee, mentor, score }));

const solved = (problem: AssignmentProblem, mode: AssignmentMode = 'total'): AssignmentResult => {
  const result = solveAssignment(problem, { mode });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe('solveAssignment, mode total', () => {
  // Greedy takes a–x (10) first, then only b–y (1) is left: 11. The optimum gives a its second
  // choice: a–y 9 + b–x 8 = 17.
  const greedyFails: AssignmentProblem = {
    mentees: ['a', 'b'],
    mentors: mentors(['x', 1], ['y', 1]),
    scores: scores(['a', 'x', 10], ['a', 'y', 9], ['b', 'x', 8], ['b', 'y', 1]),
  };

  it('beats greedy where greedy fails', () => {
    const result = solved(greedyFails);
    expect(result.assignments).toEqual({ a: 'y', b: 'x' });
    expect(result.total).toBe(17);
    expect(result.matched).toBe(2);
    expect(result.minScore).toBe(8);
    expect(result.optimal).toBe(true);
    expect(result.unmatched).toEqual([]);
  });

  it('states how optimality is known: weights 3·score + 1, dual bound 28 + 25 = 53', () => {
    const { certificate } = solved(greedyFails);
    expect(certificate.mode).toBe('total');
    if (certificate.mode !== 'total') return;
    expect(certificate.total).toMatchObject({
      method: 'lp-duality',
      scale: 1,
      multiplier: 3,
      bonus: 1,
      atLeast: null,
      objective: 53,
      bound: 53,
    });
  });

  it('adds decimal scores exactly', () => {
    const result = solved({
      mentees: ['a', 'b'],
      mentors: mentors(['x', 2]),
      scores: scores(['a', 'x', 0.1], ['b', 'x', 0.2]),
    });
    expect(result.total).toBe(0.3);
    expect(result.minScore).toBe(0.1);
    if (result.certificate.mode === 'total') expect(result.certificate.total.scale).toBe(10);
  });

  it('matches a zero-score pair when there is room (most matched among equal totals)', () => {
    const result = solved({
      mentees: ['a', 'b'],
      mentors: mentors(['x', 2]),
      scores: scores(['a', 'x', 5], ['b', 'x', 0]),
    });
    expect(result.assignments).toEqual({ a: 'x', b: 'x' });
  });

  it('leaves a mentee unmatched when its only pairs would lower the total', () => {
    const result = solved({
      mentees: ['a', 'b'],
      mentors: mentors(['x', 1], ['y', 1]),
      scores: scores(['a', 'x', 10], ['b', 'y', -1]),
    });
    expect(result.assignments).toEqual({ a: 'x', b: null });
    expect(result.unmatched).toEqual([{ mentee: 'b', reason: 'lowers-total' }]);
  });

  it('gives every unmatched mentee the first reason that applies', () => {
    const result = solved({
      mentees: ['full', 'forbidden', 'low', 'none', 'pinned', 'zero'],
      mentors: mentors(['x', 1], ['y', 0]),
      scores: scores(
        ['pinned', 'x', 4],
        ['full', 'x', 9],
        ['forbidden', 'x', 9],
        ['low', 'x', 2],
        ['low', 'y', 9],
        ['zero', 'y', 9],
      ),
      forbids: [
        { mentee: 'forbidden', mentor: 'x' },
        { mentee: 'low', mentor: 'y' },
      ],
      pins: [{ mentee: 'pinned', mentor: 'x' }],
      minimumScore: 3,
    });
    expect(result.assignments).toEqual({
      full: null,
      forbidden: null,
      low: null,
      none: null,
      pinned: 'x',
      zero: null,
    });
    expect(result.unmatched).toEqual([
      { mentee: 'forbidden', reason: 'all-forbidden' },
      { mentee: 'full', reason: 'candidates-full' },
      { mentee: 'low', reason: 'below-minimum-score' },
      { mentee: 'none', reason: 'no-candidates' },
      { mentee: 'zero', reason: 'candidates-full' },
    ]);
    expect(result.pairs).toEqual([{ mentee: 'pinned', mentor: 'x', score: 4, pinned: true }]);
  });

  it('keeps a pin even when the pin lowers the total, and fills the rest around it', () => {
    const result = solved({
      mentees: ['a', 'b'],
      mentors: mentors(['x', 1], ['y', 1]),
      scores: scores(['a', 'x', 10], ['a', 'y', 1], ['b', 'x', 1], ['b', 'y', 10]),
      pins: [{ mentee: 'a', mentor: 'y' }],
    });
    expect(result.assignments).toEqual({ a: 'y', b: 'x' });
    expect(result.total).toBe(2);
  });

  it('returns the validation issues for an invalid problem instead of solving', () => {
    const result = solveAssignment({
      mentees: ['a', 'b'],
      mentors: mentors(['x', 1]),
      scores: scores(['a', 'x', 1], ['b', 'x', 1]),
      pins: [
        { mentee: 'a', mentor: 'x' },
        { mentee: 'b', mentor: 'x' },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(['pins-exceed-capacity']);
  });

  it('keeps ids such as __proto__ as ordinary keys', () => {
    const problem: AssignmentProblem = {
      mentees: ['__proto__', 'constructor'],
      mentors: mentors(['__proto__', 1], ['toString', 5]),
      scores: scores(
        ['__proto__', '__proto__', 3],
        ['constructor', '__proto__', 5],
        ['constructor', 'toString', 0],
      ),
    };
    const result = solved(problem, 'fair');
    expect(Object.getPrototypeOf(result.assignments)).toBe(Object.prototype);
    expect(Object.entries(result.assignments)).toEqual([
      ['__proto__', '__proto__'],
      ['constructor', 'toString'],
    ]);
    expect(JSON.parse(JSON.stringify(result)).assignments).toEqual(
      JSON.parse('{"__proto__":"__proto__","constructor":"toString"}'),
    );
    expect(certifyAssignment(problem, result).ok).toBe(true);
  });

  it('solves an empty problem', () => {
    const result = solved({ mentees: [], mentors: mentors(['x', 1]), scores: [] });
    expect(result).toMatchObject({ assignments: {}, total: 0, matched: 0, minScore: null });
  });
});

describe('the example of docs/mentorship-assign-format.md', () => {
  // The prices are one valid dual among many; the doc checks this one by hand (bound 66502).
  it('gives the documented output', () => {
    const result = solved({
      mentees: ['amara', 'bilal', 'chen'],
      mentors: mentors(['dr-okafor', 1], ['dr-lee', 1], ['dr-novak', 0]),
      scores: scores(
        ['amara', 'dr-okafor', 87.5],
        ['amara', 'dr-lee', 61],
        ['bilal', 'dr-okafor', 92],
        ['chen', 'dr-lee', 74.25],
      ),
    });
    expect(result).toEqual({
      mode: 'total',
      assignments: { amara: null, bilal: 'dr-okafor', chen: 'dr-lee' },
      pairs: [
        { mentee: 'bilal', mentor: 'dr-okafor', score: 92, pinned: false },
        { mentee: 'chen', mentor: 'dr-lee', score: 74.25, pinned: false },
      ],
      total: 166.25,
      matched: 2,
      minScore: 74.25,
      optimal: true,
      certificate: {
        mode: 'total',
        total: {
          method: 'lp-duality',
          scale: 100,
          multiplier: 4,
          bonus: 1,
          atLeast: null,
          mentorPrices: { 'dr-lee': 24401, 'dr-okafor': 35001 },
          objective: 66502,
          bound: 66502,
        },
      },
      unmatched: [{ mentee: 'amara', reason: 'candidates-full' }],
    });
  });
});

describe('a generated programme (1,000 mentees × 200 mentors, 30 candidates each)', () => {
  const problem = generateAssignmentProblem({
    mentees: 1_000,
    mentors: 200,
    candidates: 30,
    seed: 7,
    pins: 20,
    forbids: 200,
    minimumScore: 10,
  });

  it.each(['total', 'fair'] as const)(
    'solves in mode %s with a certificate that checks',
    (mode) => {
      const result = solved(problem, mode);
      const capacity = problem.mentors.reduce((sum, m) => sum + m.capacity, 0);
      expect(result.matched).toBeGreaterThan(0);
      expect(result.matched).toBeLessThanOrEqual(Math.min(capacity, problem.mentees.length));
      expect(result.minScore).toBeGreaterThanOrEqual(10);
      expect(certifyAssignment(problem, result)).toEqual({
        ok: true,
        value: { mode, matched: result.matched, total: result.total, minScore: result.minScore },
      });
      expect(solved(problem, mode)).toEqual(result);
    },
  );
});
