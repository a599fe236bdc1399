/**
 * The certifier's own reading of a problem, built from the plain records with string-keyed maps
 * and nothing from the solver's compiled form, so that a solver bug cannot hide in shared code.
 */
import type { AssignmentProblem, ScoredPair } from '../../vocabulary/assignment.ts';

export interface Facts {
  readonly mentees: ReadonlySet<string>;
  readonly capacity: ReadonlyMap<string, number>;
  /** Capacity minus pins. */
  readonly freeCapacity: ReadonlyMap<string, number>;
  readonly pins: ReadonlyMap<string, string>;
  /** Scored pairs per mentee (mentor → score). */
  readonly scores: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly isForbidden: (mentee: string, mentor: string) => boolean;
  readonly minimum: number;
  /** Pairs that may be assigned: scored, not forbidden, not below the minimum. */
  readonly isAllowed: (mentee: string, mentor: string) => boolean;
  /** Allowed pairs of mentees that are not pinned: the pairs the optimisation chooses from. */
  readonly freePairs: readonly ScoredPair[];
}

export function readFacts(problem: AssignmentProblem): Facts {
  const mentees = new Set(problem.mentees);
  const capacity = new Map(problem.mentors.map((m) => [m.id, m.capacity]));
  const pins = new Map((problem.pins ?? []).map((p) => [p.mentee, p.mentor]));
  const freeCapacity = new Map(capacity);
  for (const mentor of pins.values()) freeCapacity.set(mentor, (freeCapacity.get(mentor) ?? 0) - 1);
  const scores = new Map<string, Map<string, number>>();
  for (const { mentee, mentor, score } of problem.scores) {
    const row = scores.get(mentee) ?? new Map<string, number>();
    if (row.size === 0) scores.set(mentee, row);
    row.set(mentor, score);
  }
  const forbidden = new Map<string, Set<string>>();
  for (const { mentee, mentor } of problem.forbids ?? []) {
    const row = forbidden.get(mentee) ?? new Set<string>();
    if (row.size === 0) forbidden.set(mentee, row);
    row.add(mentor);
  }
  const minimum = problem.minimumScore ?? Number.NEGATIVE_INFINITY;
  const isForbidden = (mentee: string, mentor: string) =>
    forbidden.get(mentee)?.has(mentor) ?? false;
  const isAllowed = (mentee: string, mentor: string) => {
    const score = scores.get(mentee)?.get(mentor);
    return score !== undefined && score >= minimum && !isForbidden(mentee, mentor);
  };
  const freePairs = problem.scores.filter(
    (s) => !pins.has(s.mentee) && isAllowed(s.mentee, s.mentor),
  );
  return {
    mentees,
    capacity,
    freeCapacity,
    pins,
    scores,
    isForbidden,
    minimum,
    isAllowed,
    freePairs,
  };
}
