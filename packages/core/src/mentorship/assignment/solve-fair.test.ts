// Mode fair, hand-worked: every expected value below was computed by hand from the problem.
import { describe, expect, it } from 'vitest';
import type { AssignmentProblem, AssignmentResult } from '../../vocabulary/assignment.ts';
import { solveAssignment } from './solve.ts';

const mentors = (...list: [string, number][]) => list.map(([id, capacity]) => ({ id, capacity }));
const scores = (...list: [string, string, number][]) =>
  list.map(([mentee, mentor, score]) => ({ mentee, mentor, score }));

const solved = (problem: AssignmentProblem, mode: 'total' | 'fair'): AssignmentResult => {
  const result = solveAssignment(problem, { mode });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe('solveAssignment, mode fair', () => {
  // Total: a–x 10 + c–y 1 = 11 (lowest 1). Fair: a–y 5 + c–x 5 = 10 (lowest 5).
  const problem: AssignmentProblem = {
    mentees: ['a', 'c'],
    mentors: mentors(['x', 1], ['y', 1]),
    scores: scores(['a', 'x', 10], ['a', 'y', 5], ['c', 'x', 5], ['c', 'y', 1]),
  };

  it('differs from total: a better lowest score for a lower total', () => {
    expect(solved(problem, 'total')).toMatchObject({
      assignments: { a: 'x', c: 'y' },
      total: 11,
      minScore: 1,
    });
    expect(solved(problem, 'fair')).toMatchObject({
      assignments: { a: 'y', c: 'x' },
      total: 10,
      minScore: 5,
      mode: 'fair',
    });
  });

  it('proves each stage: a cover of 2 for the count, a cover of 1 above 5, the total among pairs ≥ 5', () => {
    const { certificate } = solved(problem, 'fair');
    if (certificate.mode !== 'fair') throw new Error('expected a fair certificate');
    expect(certificate.matched).toMatchObject({ method: 'vertex-cover', size: 2 });
    // Pairs scoring above 5: only a–x, so one mentee or mentor covers them.
    expect(certificate.bottleneck).toMatchObject({
      method: 'vertex-cover-above',
      above: 5,
      size: 1,
    });
    expect(certificate.total).toMatchObject({ method: 'lp-duality', atLeast: 5, multiplier: 1 });
  });

  it('matches more mentees than total when a pair scores below zero', () => {
    const negative: AssignmentProblem = {
      mentees: ['a', 'b'],
      mentors: mentors(['x', 1], ['y', 1]),
      scores: scores(['a', 'x', 10], ['b', 'y', -1]),
    };
    expect(solved(negative, 'total').matched).toBe(1);
    expect(solved(negative, 'fair')).toMatchObject({ matched: 2, total: 9, minScore: -1 });
  });

  it('after the count and the lowest score, maximises the total', () => {
    // Count 2 and lowest 4 are forced (b only has x at 4); a then takes y (8) rather than z (6).
    const result = solved(
      {
        mentees: ['a', 'b'],
        mentors: mentors(['x', 1], ['y', 1], ['z', 1]),
        scores: scores(['a', 'y', 8], ['a', 'z', 6], ['b', 'x', 4]),
      },
      'fair',
    );
    expect(result).toMatchObject({ assignments: { a: 'y', b: 'x' }, total: 12, minScore: 4 });
  });

  it('uses a pin as the proof of the lowest score when the pin is the lowest pair', () => {
    const result = solved(
      {
        mentees: ['a', 'b'],
        mentors: mentors(['x', 1], ['y', 1]),
        scores: scores(['a', 'x', 2], ['b', 'y', 9], ['b', 'x', 7]),
        pins: [{ mentee: 'a', mentor: 'x' }],
      },
      'fair',
    );
    expect(result).toMatchObject({ assignments: { a: 'x', b: 'y' }, minScore: 2 });
    if (result.certificate.mode === 'fair') {
      expect(result.certificate.bottleneck).toEqual({ method: 'pinned', mentee: 'a', mentor: 'x' });
    }
  });

  it('certifies a problem where nobody can be matched', () => {
    const result = solved(
      { mentees: ['a'], mentors: mentors(['x', 0]), scores: scores(['a', 'x', 1]) },
      'fair',
    );
    expect(result.matched).toBe(0);
    if (result.certificate.mode === 'fair') {
      expect(result.certificate.bottleneck).toEqual({ method: 'none-matched' });
    }
  });
});
