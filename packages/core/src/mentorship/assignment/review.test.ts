import { describe, expect, it } from 'vitest';
import type { AssignmentProblem, AssignmentResult } from '../../vocabulary/assignment.ts';
import { certifyAssignment } from './certify.ts';
import { diffAssignments, resolveAssignment, swapChanges, withReviewChanges } from './review.ts';
import { solveAssignment } from './solve.ts';

// Optimum: a–y 9 + b–x 8 = 17 (a–x 10 would leave b with only z at 1: 11).
const problem: AssignmentProblem = {
  mentees: ['a', 'b'],
  mentors: [
    { id: 'x', capacity: 1 },
    { id: 'y', capacity: 1 },
    { id: 'z', capacity: 1 },
  ],
  scores: [
    { mentee: 'a', mentor: 'x', score: 10 },
    { mentee: 'a', mentor: 'y', score: 9 },
    { mentee: 'b', mentor: 'x', score: 8 },
    { mentee: 'b', mentor: 'z', score: 1 },
  ],
};

const value = (result: ReturnType<typeof solveAssignment>): AssignmentResult => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe('review helpers', () => {
  const draft = value(solveAssignment(problem));

  it('swaps a pair: the old pair is forbidden, the new one pinned, the rest re-solved', () => {
    expect(draft.assignments).toEqual({ a: 'y', b: 'x' });
    const changes = swapChanges(draft.assignments, 'a', 'x');
    expect(changes).toEqual({
      pins: [{ mentee: 'a', mentor: 'x' }],
      forbids: [{ mentee: 'a', mentor: 'y' }],
    });
    const changed = withReviewChanges(problem, changes);
    const next = value(resolveAssignment(problem, changes));
    expect(next.assignments).toEqual({ a: 'x', b: 'z' });
    expect(next.total).toBe(11);
    if (changed.ok) expect(certifyAssignment(changed.value, next).ok).toBe(true);
    expect(diffAssignments(draft.assignments, next.assignments)).toEqual({
      added: [],
      removed: [],
      changed: [
        { mentee: 'a', from: 'y', to: 'x' },
        { mentee: 'b', from: 'x', to: 'z' },
      ],
    });
  });

  it('never moves a published pair, even when moving it would raise the total', () => {
    const published = [{ mentee: 'a', mentor: 'x' }];
    const next = value(resolveAssignment(problem, { published }));
    expect(next.assignments).toEqual({ a: 'x', b: 'z' });
    expect(next.pairs.find((p) => p.mentee === 'a')?.pinned).toBe(true);
  });

  it('refuses a change that would move a published pair', () => {
    const published = [{ mentee: 'a', mentor: 'x' }];
    const moved = withReviewChanges(problem, { published, pins: [{ mentee: 'a', mentor: 'y' }] });
    const forbidden = withReviewChanges(problem, {
      published,
      forbids: [{ mentee: 'a', mentor: 'x' }],
    });
    expect(moved.ok ? [] : moved.issues.map((i) => [i.code, i.path])).toEqual([
      ['published-pair-moved', ['published', 0]],
    ]);
    expect(forbidden.ok ? [] : forbidden.issues.map((i) => [i.code, i.path])).toEqual([
      ['published-pair-moved', ['forbids', 0]],
    ]);
  });

  it('a newer pin replaces an earlier unpublished pin of the same mentee; forbids are merged once', () => {
    const changed = withReviewChanges(
      { ...problem, pins: [{ mentee: 'a', mentor: 'x' }], forbids: [{ mentee: 'b', mentor: 'z' }] },
      { pins: [{ mentee: 'a', mentor: 'y' }], forbids: [{ mentee: 'b', mentor: 'z' }] },
    );
    expect(changed.ok && changed.value.pins).toEqual([{ mentee: 'a', mentor: 'y' }]);
    expect(changed.ok && changed.value.forbids).toEqual([{ mentee: 'b', mentor: 'z' }]);
  });

  it('returns validation issues of the changed problem', () => {
    const result = resolveAssignment(problem, { pins: [{ mentee: 'b', mentor: 'y' }] });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['pin-not-scored']);
  });

  it('diffs added, removed and changed mentees, sorted, and ignores unchanged ones', () => {
    expect(
      diffAssignments(
        { a: 'x', b: null, c: 'y', d: 'z', e: 'q' },
        { a: 'x', b: 'y', c: null, d: 'x', f: 'z' },
      ),
    ).toEqual({
      added: [
        { mentee: 'b', mentor: 'y' },
        { mentee: 'f', mentor: 'z' },
      ],
      removed: [
        { mentee: 'c', mentor: 'y' },
        { mentee: 'e', mentor: 'q' },
      ],
      changed: [{ mentee: 'd', from: 'z', to: 'x' }],
    });
    expect(diffAssignments({ a: 'x' }, { a: 'x' })).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });
});
