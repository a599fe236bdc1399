// The certifier must reject every way a result can be wrong, not only accept the solver's output.
import { describe, expect, it } from 'vitest';
import type {
  AssignmentMode,
  AssignmentProblem,
  AssignmentResult,
  DualCertificate,
} from '../../vocabulary/assignment.ts';
import { certifyAssignment } from './certify.ts';
import { solveAssignment } from './solve.ts';

const problem: AssignmentProblem = {
  mentees: ['a', 'b', 'c'],
  mentors: [
    { id: 'x', capacity: 1 },
    { id: 'y', capacity: 1 },
    { id: 'z', capacity: 1 },
  ],
  scores: [
    { mentee: 'a', mentor: 'x', score: 10 },
    { mentee: 'a', mentor: 'y', score: 9 },
    { mentee: 'b', mentor: 'x', score: 8 },
    { mentee: 'b', mentor: 'z', score: 2 },
    { mentee: 'c', mentor: 'z', score: 6 },
    { mentee: 'c', mentor: 'y', score: 5 },
  ],
  forbids: [{ mentee: 'c', mentor: 'x' }],
  pins: [{ mentee: 'c', mentor: 'z' }],
};

const solved = (mode: AssignmentMode): AssignmentResult => {
  const result = solveAssignment(problem, { mode, verify: false });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

const codes = (result: AssignmentResult) => {
  const check = certifyAssignment(problem, result);
  return check.ok ? [] : check.issues.map((i) => i.code);
};

describe('certifyAssignment', () => {
  it.each(['total', 'fair'] as const)('accepts the solver’s result in mode %s', (mode) => {
    const result = solved(mode);
    // a–y 9 + b–x 8 + pinned c–z 6.
    expect(result.assignments).toEqual({ a: 'y', b: 'x', c: 'z' });
    expect(certifyAssignment(problem, result)).toEqual({
      ok: true,
      value: { mode, matched: 3, total: 23, minScore: 6 },
    });
  });

  it('rejects a worse assignment with a consistent summary (duality gap)', () => {
    const result = solved('total');
    // a–x 10 alone: b has nowhere else to go (z is pinned), total 16 < 23.
    const worse: AssignmentResult = {
      ...result,
      assignments: { a: 'x', b: null, c: 'z' },
      pairs: [
        { mentee: 'a', mentor: 'x', score: 10, pinned: false },
        { mentee: 'c', mentor: 'z', score: 6, pinned: true },
      ],
      matched: 2,
      total: 16,
      minScore: 6,
      unmatched: [{ mentee: 'b', reason: 'candidates-full' }],
    };
    expect(codes(worse)).toEqual(['duality-gap']);
  });

  it('rejects infeasible assignments', () => {
    const result = solved('total');
    expect(codes({ ...result, assignments: { a: 'x', b: 'x', c: 'z' } })).toEqual([
      'capacity-exceeded',
    ]);
    expect(codes({ ...result, assignments: { a: 'x', b: null, c: null } })).toEqual([
      'pin-missing',
    ]);
    // b–y is not scored; c–x is forbidden.
    expect(codes({ ...result, assignments: { a: 'x', b: 'y', c: 'z' } })).toEqual([
      'pair-not-allowed',
    ]);
    expect(codes({ ...result, assignments: { a: 'y', b: null, c: 'x' } })).toEqual([
      'pin-missing',
      'pair-not-allowed',
    ]);
    expect(codes({ ...result, assignments: { a: 'q', b: 'x', c: 'z' } })).toEqual([
      'unknown-mentor',
    ]);
    expect(codes({ ...result, assignments: { a: 'y', c: 'z', d: null } })).toEqual([
      'not-a-mentee',
      'missing-mentee',
    ]);
  });

  it('rejects a wrong summary or unmatched list', () => {
    const result = solved('total');
    expect(codes({ ...result, total: 24 })).toEqual(['summary-mismatch']);
    expect(codes({ ...result, minScore: 8 })).toEqual(['summary-mismatch']);
    expect(codes({ ...result, unmatched: [{ mentee: 'b', reason: 'no-candidates' }] })).toEqual([
      'unmatched-mismatch',
    ]);
  });

  it('rejects forged dual certificates', () => {
    const result = solved('total');
    if (result.certificate.mode !== 'total') throw new Error('expected total');
    const dual = result.certificate.total;
    const forged = (total: DualCertificate): AssignmentResult => ({
      ...result,
      certificate: { mode: 'total', total },
    });
    // Zero prices bound the weight by Σ max weight per mentee: a gap.
    expect(codes(forged({ ...dual, mentorPrices: {} }))).toEqual(['duality-gap']);
    expect(codes(forged({ ...dual, mentorPrices: { x: -1 } }))).toEqual(['certificate-invalid']);
    expect(codes(forged({ ...dual, mentorPrices: { q: 1 } }))).toEqual(['certificate-invalid']);
    // Without the count tie-break the weights do not express mode total.
    expect(codes(forged({ ...dual, multiplier: 1 }))).toEqual(['certificate-invalid']);
    expect(codes(forged({ ...dual, bound: dual.bound + 1 }))).toEqual(['certificate-invalid']);
    // A scale that leaves scores fractional cannot carry exact weights.
    const halves = {
      ...problem,
      scores: problem.scores.map((s) => ({ ...s, score: s.score + 0.5 })),
    };
    expect(certifyAssignment(halves, result).ok).toBe(false);
    expect(codes({ ...result, mode: 'fair' })).toContain('certificate-invalid');
  });

  it('rejects forged covers in mode fair', () => {
    const result = solved('fair');
    if (result.certificate.mode !== 'fair') throw new Error('expected fair');
    const fair = result.certificate;
    const forged = (change: Partial<typeof fair>): AssignmentResult => ({
      ...result,
      certificate: { ...fair, ...change },
    });
    expect(
      codes(forged({ matched: { ...fair.matched, mentees: [], mentors: [], size: 0 } })),
    ).toEqual(['cover-invalid']);
    expect(codes(forged({ matched: { ...fair.matched, size: fair.matched.size + 1 } }))).toEqual([
      'certificate-invalid',
    ]);
    // Covering everything (all mentees and mentors) is valid but proves nothing.
    const everything = {
      method: 'vertex-cover' as const,
      mentees: ['a', 'b'],
      mentors: ['x', 'y', 'z'],
      size: 4,
    };
    expect(codes(forged({ matched: everything }))).toEqual(['cover-too-large']);
    expect(codes(forged({ bottleneck: { method: 'none-matched' } }))).toEqual([
      'certificate-invalid',
    ]);
    expect(codes(forged({ bottleneck: { method: 'pinned', mentee: 'a', mentor: 'y' } }))).toEqual([
      'certificate-invalid',
    ]);
    expect(codes(forged({ total: { ...fair.total, atLeast: null } }))).toEqual([
      'certificate-invalid',
    ]);
  });

  it('refuses to certify against an invalid problem', () => {
    const result = solved('total');
    const check = certifyAssignment({ ...problem, mentees: ['a', 'a'] }, result);
    expect(check.ok ? [] : check.issues.map((i) => i.code)).toEqual(['invalid-problem']);
  });
});
