/**
 * Ranks mentors for one mentee (issue 9, `matchready mentors rank`): hard eligibility first, then
 * the weighted score. Eligible mentors come first by score, then the ineligible ones (by score too)
 * with their reasons; equal scores are ordered by id (code-unit order), so output is deterministic.
 * O(n log n) for n mentors; zone offsets are computed once per distinct zone.
 */
import type { Issue } from '../../shared/result.ts';
import type { MenteeRankingInput, MentorRankingInput } from '../../vocabulary/mentorship.ts';
import { type IneligibilityReason, mentorIneligibility } from './eligibility.ts';
import {
  type CompatibilityScorer,
  createCompatibilityScorer,
  type FactorContribution,
} from './scorer.ts';
import type { CompatibilityWeights } from './weights.ts';

export interface RankOptions {
  /** The instant at which time-zone offsets are read (DST-aware). */
  readonly now: Date;
  /** Overrides of DEFAULT_COMPATIBILITY_WEIGHTS (whole numbers 0–100). */
  readonly weights?: Partial<CompatibilityWeights>;
  /** Mentors the mentee has blocked. */
  readonly blockedMentorIds?: Iterable<string>;
}

export interface RankedMentor {
  readonly id: string;
  /** False when any reason applies: such a mentor is never recommended. */
  readonly eligible: boolean;
  readonly reasons: readonly IneligibilityReason[];
  readonly score: number;
  readonly factors: readonly FactorContribution[];
}

export interface MentorRanking {
  readonly mentors: readonly RankedMentor[];
  readonly weights: CompatibilityWeights;
  readonly maxScore: number;
  /**
   * Problems that did not stop the ranking: an unknown time zone makes that pair's time-zone
   * contribution 0 and is reported here (path `mentee.timeZone` or `mentors[i].timeZone`).
   */
  readonly issues: readonly Issue[];
}

function zoneIssues(
  mentee: MenteeRankingInput,
  mentors: readonly MentorRankingInput[],
  scorer: CompatibilityScorer,
): Issue[] {
  const issues: Issue[] = [];
  const unknown = (zone: string, path: Issue['path']) =>
    issues.push({
      code: 'unknown-time-zone',
      path,
      message: `${JSON.stringify(zone)} is not a known IANA time zone; the time-zone factor counts 0 for it.`,
    });
  if (scorer.offsetOf(mentee.timeZone) === null) unknown(mentee.timeZone, ['mentee', 'timeZone']);
  mentors.forEach((mentor, i) => {
    if (scorer.offsetOf(mentor.timeZone) === null)
      unknown(mentor.timeZone, ['mentors', i, 'timeZone']);
  });
  return issues;
}

function isSortedById(mentors: readonly MentorRankingInput[]): boolean {
  for (let i = 1; i < mentors.length; i++) {
    if ((mentors[i - 1] as MentorRankingInput).id > (mentors[i] as MentorRankingInput).id)
      return false;
  }
  return true;
}

/**
 * Eligible first, then highest score, equal scores by id: a counting sort on one integer key per
 * mentor (eligible scores shifted above every ineligible one), into a typed array of indices. The
 * counting sort keeps input order, so input already ordered by id (as a repository returns it)
 * needs no comparison at all; otherwise only runs of equal keys are sorted by id.
 */
function rankOrder(
  keys: Int32Array,
  mentors: readonly MentorRankingInput[],
  maxKey: number,
): Int32Array {
  const n = keys.length;
  const starts = new Int32Array(maxKey + 2);
  for (let i = 0; i < n; i++) {
    const slot = maxKey - (keys[i] as number) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let k = 1; k <= maxKey + 1; k++)
    starts[k] = (starts[k] as number) + (starts[k - 1] as number);
  const order = new Int32Array(n);
  const next = starts.slice();
  for (let i = 0; i < n; i++) {
    const slot = maxKey - (keys[i] as number);
    const at = next[slot] as number;
    order[at] = i;
    next[slot] = at + 1;
  }
  if (!isSortedById(mentors)) {
    const ids = mentors.map((m) => m.id);
    const byId = (a: number, b: number) => {
      const x = ids[a] as string;
      const y = ids[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    };
    for (let k = 0; k <= maxKey; k++) {
      const from = starts[k] as number;
      const to = starts[k + 1] as number;
      if (to - from > 1) order.subarray(from, to).sort(byId);
    }
  }
  return order;
}

export function rankMentors(
  mentee: MenteeRankingInput,
  mentors: readonly MentorRankingInput[],
  options: RankOptions,
): MentorRanking {
  const scorer = createCompatibilityScorer({ now: options.now, weights: options.weights });
  const blocked = new Set(options.blockedMentorIds ?? []);
  const n = mentors.length;
  const ranked: RankedMentor[] = new Array(n);
  // Eligible mentors' keys are shifted above every ineligible one's, so one sort does both.
  const shift = scorer.maxScore + 1;
  const keys = new Int32Array(n);
  const explain = scorer.explainerFor(mentee);
  for (let i = 0; i < n; i++) {
    const mentor = mentors[i] as MentorRankingInput;
    const reasons = mentorIneligibility(mentee, mentor, blocked);
    const { score, factors } = explain(mentor);
    const eligible = reasons.length === 0;
    ranked[i] = { id: mentor.id, eligible, reasons, score, factors };
    keys[i] = eligible ? score + shift : score;
  }
  const order = rankOrder(keys, mentors, 2 * shift - 1);
  const sorted: RankedMentor[] = new Array(n);
  for (let k = 0; k < n; k++) sorted[k] = ranked[order[k] as number] as RankedMentor;
  return {
    mentors: sorted,
    weights: scorer.weights,
    maxScore: scorer.maxScore,
    issues: zoneIssues(mentee, mentors, scorer),
  };
}
