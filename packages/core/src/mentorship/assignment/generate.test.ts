import { describe, expect, it } from 'vitest';
import { generateAssignmentProblem } from './generate.ts';
import { validateAssignmentProblem } from './validate.ts';

describe('generateAssignmentProblem', { timeout: 30_000 }, () => {
  const options = { mentees: 600, mentors: 120, seed: 3, pins: 15, forbids: 40, minimumScore: 20 };
  const problem = generateAssignmentProblem(options);

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateAssignmentProblem(options)).toEqual(problem);
    expect(generateAssignmentProblem({ ...options, seed: 4 }).scores).not.toEqual(problem.scores);
  });

  it('makes a valid problem of the requested size', () => {
    expect(validateAssignmentProblem(problem).ok).toBe(true);
    expect(problem.mentees).toHaveLength(600);
    expect(problem.mentors).toHaveLength(120);
    expect(problem.scores).toHaveLength(600 * 50);
    expect(problem.pins).toHaveLength(15);
    expect(problem.forbids).toHaveLength(40);
    const capacities = problem.mentors.map((m) => m.capacity);
    expect([Math.min(...capacities), Math.max(...capacities)]).toEqual([1, 5]);
    const scores = problem.scores.map((s) => s.score);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...scores)).toBeLessThanOrEqual(100);
    expect(scores.filter((s) => Math.abs(s * 10 - Math.round(s * 10)) > 1e-9)).toEqual([]);
  });

  it('skews popularity: the most wanted mentor is a candidate far more often than the median one', () => {
    const wide = generateAssignmentProblem({ mentees: 600, mentors: 600, seed: 3 });
    const count = new Map<string, number>();
    for (const { mentor } of wide.scores) count.set(mentor, (count.get(mentor) ?? 0) + 1);
    const sorted = [...count.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(3 * sorted[Math.floor(sorted.length / 2)]!);
  });
});
