import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssignmentProblem } from '../../vocabulary/assignment.ts';
import { MAX_ISSUES } from './issues.ts';
import { validateAssignmentProblem } from './validate.ts';

const seeded = process.env.CI ? { seed: 20_261_202 } : {};

const base: AssignmentProblem = {
  mentees: ['a', 'b'],
  mentors: [
    { id: 'x', capacity: 1 },
    { id: 'y', capacity: 2 },
  ],
  scores: [
    { mentee: 'a', mentor: 'x', score: 10 },
    { mentee: 'a', mentor: 'y', score: 2.5 },
    { mentee: 'b', mentor: 'x', score: 7 },
  ],
};

const issuesOf = (input: unknown) => {
  const result = validateAssignmentProblem(input);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
};

describe('validateAssignmentProblem', () => {
  it('accepts a valid problem and returns it unchanged', () => {
    expect(validateAssignmentProblem(base)).toEqual({ ok: true, value: base });
  });

  it('reports the shape of junk with paths', () => {
    expect(issuesOf(null)).toEqual([{ code: 'invalid-type', path: [] }]);
    expect(issuesOf({ mentees: 'a', mentors: [{ id: '' }], scores: [7], pins: {} })).toEqual([
      { code: 'invalid-type', path: ['mentees'] },
      { code: 'invalid-type', path: ['pins'] },
      { code: 'empty-id', path: ['mentors', 0, 'id'] },
      { code: 'invalid-type', path: ['mentors', 0, 'capacity'] },
      { code: 'invalid-type', path: ['scores', 0] },
    ]);
    expect(issuesOf({ ...base, minimumScore: '3' })).toEqual([
      { code: 'invalid-type', path: ['minimumScore'] },
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validateAssignmentProblem(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500, ...seeded },
    );
    fc.assert(
      fc.property(
        fc.record({
          mentees: fc.array(fc.oneof(fc.string(), fc.integer())),
          mentors: fc.array(fc.record({ id: fc.string(), capacity: fc.double() })),
          scores: fc.array(
            fc.record({ mentee: fc.string(), mentor: fc.string(), score: fc.double() }),
          ),
          pins: fc.array(fc.record({ mentee: fc.string(), mentor: fc.string() })),
        }),
        (input) => {
          const result = validateAssignmentProblem(input);
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300, ...seeded },
    );
  });

  it('reports duplicate ids and bad capacities', () => {
    expect(
      issuesOf({
        ...base,
        mentees: ['a', 'b', 'a'],
        mentors: [
          { id: 'x', capacity: -1 },
          { id: 'y', capacity: 1.5 },
          { id: 'x', capacity: Number.NaN },
        ],
      }),
    ).toEqual([
      { code: 'duplicate-mentee', path: ['mentees', 2] },
      { code: 'invalid-capacity', path: ['mentors', 0, 'capacity'] },
      { code: 'invalid-capacity', path: ['mentors', 1, 'capacity'] },
      { code: 'duplicate-mentor', path: ['mentors', 2, 'id'] },
      { code: 'invalid-capacity', path: ['mentors', 2, 'capacity'] },
    ]);
  });

  it('reports unknown ids, bad scores and duplicate pairs in every list', () => {
    expect(
      issuesOf({
        ...base,
        scores: [
          ...base.scores,
          { mentee: 'z', mentor: 'x', score: 1 },
          { mentee: 'a', mentor: 'w', score: Number.NaN },
          { mentee: 'b', mentor: 'y', score: 1e10 },
          { mentee: 'b', mentor: 'y', score: 0.1234567 },
          { mentee: 'a', mentor: 'x', score: 3 },
        ],
        forbids: [
          { mentee: 'b', mentor: 'q' },
          { mentee: 'b', mentor: 'x' },
          { mentee: 'b', mentor: 'x' },
        ],
        minimumScore: Number.POSITIVE_INFINITY,
      }),
    ).toEqual([
      { code: 'invalid-minimum-score', path: ['minimumScore'] },
      { code: 'unknown-mentee', path: ['scores', 3, 'mentee'] },
      { code: 'unknown-mentor', path: ['scores', 4, 'mentor'] },
      { code: 'invalid-score', path: ['scores', 4, 'score'] },
      { code: 'invalid-score', path: ['scores', 5, 'score'] },
      { code: 'score-too-precise', path: ['scores', 6, 'score'] },
      { code: 'duplicate-pair', path: ['scores', 6] },
      { code: 'duplicate-pair', path: ['scores', 7] },
      { code: 'unknown-mentor', path: ['forbids', 0, 'mentor'] },
      { code: 'duplicate-pair', path: ['forbids', 2] },
    ]);
  });

  it('reports every broken pin rule', () => {
    expect(
      issuesOf({
        ...base,
        mentees: ['a', 'b', 'c', 'd'],
        scores: [
          ...base.scores,
          { mentee: 'c', mentor: 'x', score: 1 },
          { mentee: 'd', mentor: 'y', score: 9 },
        ],
        forbids: [{ mentee: 'a', mentor: 'x' }],
        minimumScore: 2,
        pins: [
          { mentee: 'a', mentor: 'x' }, // forbidden
          { mentee: 'b', mentor: 'y' }, // not scored
          { mentee: 'c', mentor: 'x' }, // below minimum; second pin on x (capacity 1)
          { mentee: 'd', mentor: 'y' },
          { mentee: 'd', mentor: 'x' }, // pinned twice
          { mentee: 'd', mentor: 'y' }, // the same pin again
          { mentee: 'e', mentor: 'y' }, // unknown mentee
        ],
      }),
    ).toEqual([
      { code: 'pin-forbidden', path: ['pins', 0] },
      { code: 'pin-not-scored', path: ['pins', 1] },
      { code: 'pin-below-minimum', path: ['pins', 2] },
      { code: 'pins-exceed-capacity', path: ['pins', 2] },
      { code: 'mentee-pinned-twice', path: ['pins', 4] },
      { code: 'duplicate-pair', path: ['pins', 5] },
      { code: 'unknown-mentee', path: ['pins', 6, 'mentee'] },
    ]);
  });

  it('names the mentor and the ids in its messages', () => {
    const result = validateAssignmentProblem({
      ...base,
      pins: [
        { mentee: 'a', mentor: 'x' },
        { mentee: 'b', mentor: 'x' },
      ],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'Mentor "x" has more pins than its capacity 1.',
    ]);
  });

  it('lists the first 100 issues and counts the rest', () => {
    const scores = Array.from({ length: 250 }, (_, k) => ({
      mentee: `u${k}`,
      mentor: 'x',
      score: 1,
    }));
    const result = validateAssignmentProblem({ ...base, scores });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(result.issues[0]).toMatchObject({
      code: 'unknown-mentee',
      path: ['scores', 0, 'mentee'],
    });
    expect(result.issues.at(-1)).toEqual({
      code: 'too-many-issues',
      path: [],
      message: '150 more issues not listed (first 100 shown).',
    });
  });

  it('refuses scores too precise for exact arithmetic at this size', () => {
    const mentees = Array.from({ length: 2_000 }, (_, i) => `e${i}`);
    const problem: AssignmentProblem = {
      mentees,
      mentors: [{ id: 'x', capacity: 5 }],
      scores: mentees.map((mentee) => ({ mentee, mentor: 'x', score: 100.000001 })),
    };
    expect(issuesOf(problem)).toEqual([{ code: 'scores-out-of-range', path: ['scores'] }]);
    const rounded = { ...problem, scores: problem.scores.map((s) => ({ ...s, score: 100.01 })) };
    expect(issuesOf(rounded)).toEqual([]);
  });
});
