/**
 * The review step: re-solve with an admin's changes (extra pins and forbids, a swap), keeping every
 * published pair exactly where it is, and show what changed between two drafts.
 */
import { fail, type Issue, ok, type Result } from '../../shared/result.ts';
import type {
  AssignmentDiff,
  AssignmentProblem,
  AssignmentResult,
  PairRef,
} from '../../vocabulary/assignment.ts';
import { type SolveAssignmentOptions, solveAssignment } from './solve.ts';

export interface ReviewChanges {
  /** Pairs already published: they become pins, and no change may move them. */
  readonly published?: readonly PairRef[];
  /** Extra pins; a pin for a mentee replaces that mentee's earlier (unpublished) pin. */
  readonly pins?: readonly PairRef[];
  readonly forbids?: readonly PairRef[];
}

type Assignments = Readonly<Record<string, string | null>>;

const q = (id: string) => JSON.stringify(id);
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const mentorIn = (assignments: Assignments, mentee: string): string | null =>
  Object.hasOwn(assignments, mentee) ? (assignments[mentee] ?? null) : null;

/** The problem with the changes applied; fails when a change would move a published pair. */
export function withReviewChanges(
  problem: AssignmentProblem,
  changes: ReviewChanges,
): Result<AssignmentProblem> {
  const issues: Issue[] = [];
  const pins = new Map<string, string>();
  for (const pin of [...(problem.pins ?? []), ...(changes.pins ?? [])]) {
    pins.set(pin.mentee, pin.mentor);
  }
  const published = new Map<string, string>();
  (changes.published ?? []).forEach((pair, k) => {
    const other = pins.get(pair.mentee);
    if (other !== undefined && other !== pair.mentor) {
      issues.push({
        code: 'published-pair-moved',
        path: ['published', k],
        message: `Mentee ${q(pair.mentee)} is published with ${q(pair.mentor)}; a pin to ${q(other)} would move them.`,
      });
    }
    published.set(pair.mentee, pair.mentor);
    pins.set(pair.mentee, pair.mentor);
  });
  const forbids = [...(problem.forbids ?? [])];
  const seen = new Set(forbids.map((f) => JSON.stringify([f.mentee, f.mentor])));
  (changes.forbids ?? []).forEach((pair, k) => {
    if (published.get(pair.mentee) === pair.mentor) {
      issues.push({
        code: 'published-pair-moved',
        path: ['forbids', k],
        message: `The pair ${q(pair.mentee)}–${q(pair.mentor)} is published; it cannot be forbidden.`,
      });
    }
    const key = JSON.stringify([pair.mentee, pair.mentor]);
    if (!seen.has(key)) forbids.push(pair);
    seen.add(key);
  });
  if (issues.length > 0) return fail(issues);
  return ok({
    ...problem,
    pins: [...pins].map(([mentee, mentor]) => ({ mentee, mentor })),
    forbids,
  });
}

/** A swap: forbid the mentee's current pair (if any) and pin the new one. */
export function swapChanges(
  assignments: Assignments,
  mentee: string,
  mentor: string,
): ReviewChanges {
  const current = mentorIn(assignments, mentee);
  return {
    pins: [{ mentee, mentor }],
    forbids: current !== null && current !== mentor ? [{ mentee, mentor: current }] : [],
  };
}

/** Applies the changes and solves again (validation issues of the changed problem come back). */
export function resolveAssignment(
  problem: AssignmentProblem,
  changes: ReviewChanges,
  options: SolveAssignmentOptions = {},
): Result<AssignmentResult> {
  const changed = withReviewChanges(problem, changes);
  return changed.ok ? solveAssignment(changed.value, options) : changed;
}

/** Per mentee: added (unmatched → matched), removed (matched → unmatched), changed mentor. */
export function diffAssignments(before: Assignments, after: Assignments): AssignmentDiff {
  const mentees = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(byCodeUnits);
  const added: PairRef[] = [];
  const removed: PairRef[] = [];
  const changed: { mentee: string; from: string; to: string }[] = [];
  for (const mentee of mentees) {
    const from = mentorIn(before, mentee);
    const to = mentorIn(after, mentee);
    if (from === to) continue;
    if (from === null && to !== null) added.push({ mentee, mentor: to });
    else if (to === null && from !== null) removed.push({ mentee, mentor: from });
    else if (from !== null && to !== null) changed.push({ mentee, from, to });
  }
  return { added, removed, changed };
}
