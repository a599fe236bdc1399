/**
 * An organisation program's draft as one job (issue 10): score each mentee's candidate mentors
 * with the compatibility scorer, then solve with the pins, forbids and published pairs. Plain
 * data in and out, so the server can run it in a worker thread. O(mentees × mentors) scoring and
 * O(m log m) per mentee to keep its best candidates, then the solver (solve.ts).
 */
import type { Result } from '../../shared/result.ts';
import type {
  AssignmentMode,
  AssignmentResult,
  PairRef,
  ScoredPair,
} from '../../vocabulary/assignment.ts';
import type { MenteeRankingInput, MentorRankingInput } from '../../vocabulary/mentorship.ts';
import { createCompatibilityScorer } from '../compatibility/scorer.ts';
import type { CompatibilityWeights } from '../compatibility/weights.ts';
import { resolveAssignment } from './review.ts';

/**
 * Each mentee's best-scoring mentors given to the solver (pins and published pairs always). The
 * benchmark of decision 021 (5,000 × 1,000 with ~50 candidates each) runs in about a second;
 * scoring every pair of such a cohort would hand it 5 million. Optimal is therefore "optimal
 * among each mentee's 50 best candidates" (docs/decisions/028).
 */
export const CANDIDATES_PER_MENTEE = 50;

/** A draft's whole input as plain data, so it can be posted to a worker thread. */
export interface ProgramSolveJob {
  readonly mentees: readonly MenteeRankingInput[];
  readonly mentors: readonly MentorRankingInput[];
  readonly weights: CompatibilityWeights;
  /** ISO-8601: time-zone offsets are read at this moment. */
  readonly now: string;
  readonly mode: AssignmentMode;
  readonly minimumScore: number | null;
  readonly pins: readonly PairRef[];
  readonly forbids: readonly PairRef[];
  /** Published pairs: pinned, and never moved by a change (the core refuses it). */
  readonly published: readonly PairRef[];
  readonly candidatesPerMentee?: number;
}

const key = (mentee: string, mentor: string) => JSON.stringify([mentee, mentor]);
const byScoreThenId = (a: ScoredPair, b: ScoredPair) =>
  b.score - a.score || (a.mentor < b.mentor ? -1 : a.mentor > b.mentor ? 1 : 0);

/** The scored candidate pairs: forbidden pairs never, pinned ones always, then the best K. */
export function candidatePairs(job: ProgramSolveJob): ScoredPair[] {
  const scorer = createCompatibilityScorer({ now: new Date(job.now), weights: job.weights });
  const limit = job.candidatesPerMentee ?? CANDIDATES_PER_MENTEE;
  const forbidden = new Set(job.forbids.map((f) => key(f.mentee, f.mentor)));
  const pinned = new Set([...job.pins, ...job.published].map((p) => key(p.mentee, p.mentor)));
  const mentors = job.mentors.filter((m) => m.capacity > 0);
  const pairs: ScoredPair[] = [];
  for (const mentee of job.mentees) {
    const scored: ScoredPair[] = [];
    for (const mentor of mentors) {
      if (forbidden.has(key(mentee.id, mentor.id))) continue;
      scored.push({ mentee: mentee.id, mentor: mentor.id, score: scorer.score(mentee, mentor) });
    }
    scored.sort(byScoreThenId);
    scored.forEach((pair, rank) => {
      if (rank < limit || pinned.has(key(pair.mentee, pair.mentor))) pairs.push(pair);
    });
  }
  return pairs;
}

/** Scores the candidates and solves with the rules; invalid rules come back as issues. */
export function solveProgramJob(job: ProgramSolveJob): Result<AssignmentResult> {
  const problem = {
    mentees: job.mentees.map((m) => m.id),
    mentors: job.mentors.map((m) => ({ id: m.id, capacity: m.capacity })),
    scores: candidatePairs(job),
    forbids: job.forbids,
    pins: job.pins,
    ...(job.minimumScore === null ? {} : { minimumScore: job.minimumScore }),
  };
  return resolveAssignment(problem, { published: job.published }, { mode: job.mode });
}
