/**
 * Test oracles for the assignment solver: a seeded random small-problem generator and an
 * exhaustive search over every feasible assignment, written from the problem records alone.
 */
import { createRandom } from '../../shared/random.ts';
import type {
  AssignmentMode,
  AssignmentProblem,
  PairRef,
  ScoredPair,
} from '../../vocabulary/assignment.ts';

export interface SmallOptions {
  readonly mentees: number;
  readonly mentors: number;
  readonly seed: number;
  /** Share of possible pairs that are scored. */
  readonly density?: number;
  readonly pins?: boolean;
  readonly forbids?: boolean;
  readonly minimumScore?: boolean;
  /** Allow negative scores (default true). */
  readonly negative?: boolean;
}

/** A small random problem with tenths scores; pins are always valid. */
export function randomSmallProblem(options: SmallOptions): AssignmentProblem {
  const random = createRandom(options.seed);
  const mentees = Array.from({ length: options.mentees }, (_, i) => `e${i}`);
  const mentorIds = Array.from({ length: options.mentors }, (_, j) => `m${j}`);
  const mentors = mentorIds.map((id) => ({ id, capacity: random.int(3) }));
  const low = options.negative === false ? 0 : -20;
  const scores: ScoredPair[] = [];
  for (const mentee of mentees) {
    for (const mentor of mentorIds) {
      if (random.next() < (options.density ?? 0.6)) {
        // Few distinct values, so ties (and tie-breaking) are common.
        const score = (low + random.int(6) * Math.floor((100 - low) / 5) + random.int(2)) / 10;
        scores.push({ mentee, mentor, score });
      }
    }
  }
  const minimumScore =
    options.minimumScore && random.next() < 0.7 ? random.int(60) / 10 : undefined;
  const forbids: PairRef[] = [];
  if (options.forbids) {
    for (const s of scores)
      if (random.next() < 0.15) forbids.push({ mentee: s.mentee, mentor: s.mentor });
  }
  const pins: PairRef[] = [];
  if (options.pins) {
    const room = new Map(mentors.map((m) => [m.id, m.capacity]));
    const forbidden = new Set(forbids.map((f) => `${f.mentee} ${f.mentor}`));
    const pinned = new Set<string>();
    for (const s of scores) {
      const ok =
        random.next() < 0.2 &&
        !pinned.has(s.mentee) &&
        (room.get(s.mentor) ?? 0) > 0 &&
        !forbidden.has(`${s.mentee} ${s.mentor}`) &&
        (minimumScore === undefined || s.score >= minimumScore);
      if (!ok) continue;
      pinned.add(s.mentee);
      room.set(s.mentor, (room.get(s.mentor) ?? 0) - 1);
      pins.push({ mentee: s.mentee, mentor: s.mentor });
    }
  }
  return {
    mentees,
    mentors,
    scores,
    forbids,
    pins,
    ...(minimumScore === undefined ? {} : { minimumScore }),
  };
}

export interface Objective {
  readonly matched: number;
  /** In tenths (the generator's unit), exact. */
  readonly totalTenths: number;
  readonly minTenths: number | null;
}

const tenths = (score: number) => Math.round(score * 10);

/** True when a is strictly better than b in the mode's lexicographic order. */
export function better(mode: AssignmentMode, a: Objective, b: Objective): boolean {
  const low = (o: Objective) => o.minTenths ?? Number.POSITIVE_INFINITY;
  if (mode === 'total') {
    return a.totalTenths !== b.totalTenths ? a.totalTenths > b.totalTenths : a.matched > b.matched;
  }
  if (a.matched !== b.matched) return a.matched > b.matched;
  if (low(a) !== low(b)) return low(a) > low(b);
  return a.totalTenths > b.totalTenths;
}

/** The best objective over every feasible assignment, by exhaustive search. */
export function bruteForceBest(problem: AssignmentProblem, mode: AssignmentMode): Objective {
  const pins = new Map((problem.pins ?? []).map((p) => [p.mentee, p.mentor]));
  const forbidden = new Set((problem.forbids ?? []).map((f) => `${f.mentee}\n${f.mentor}`));
  const minimum = problem.minimumScore ?? Number.NEGATIVE_INFINITY;
  const room = new Map(problem.mentors.map((m) => [m.id, m.capacity]));
  let matched = 0;
  let total = 0;
  let low = Number.POSITIVE_INFINITY;
  for (const [mentee, mentor] of pins) {
    const score = problem.scores.find((s) => s.mentee === mentee && s.mentor === mentor)!.score;
    room.set(mentor, (room.get(mentor) ?? 0) - 1);
    matched++;
    total += tenths(score);
    low = Math.min(low, tenths(score));
  }
  const options = problem.mentees
    .filter((mentee) => !pins.has(mentee))
    .map((mentee) =>
      problem.scores.filter(
        (s) =>
          s.mentee === mentee && s.score >= minimum && !forbidden.has(`${s.mentee}\n${s.mentor}`),
      ),
    );
  let best: Objective | null = null;
  const visit = (k: number, m: number, t: number, l: number) => {
    if (k === options.length) {
      const here = { matched: m, totalTenths: t, minTenths: m === 0 ? null : l };
      if (best === null || better(mode, here, best)) best = here;
      return;
    }
    visit(k + 1, m, t, l);
    for (const s of options[k]!) {
      const left = room.get(s.mentor) ?? 0;
      if (left <= 0) continue;
      room.set(s.mentor, left - 1);
      visit(k + 1, m + 1, t + tenths(s.score), Math.min(l, tenths(s.score)));
      room.set(s.mentor, left);
    }
  };
  visit(0, matched, total, low);
  return best!;
}
