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

const byId = (a: RankedMentor, b: RankedMentor): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function isSortedById(mentors: readonly MentorRankingInput[]): boolean {
  for (let i = 1; i < mentors.length; i++) {
    if ((mentors[i - 1] as MentorRankingInput).id > (mentors[i] as MentorRankingInput).id)
      return false;
  }
  return true;
}

/**
 * Highest score first, equal scores by id. Scores are whole points, so a bucket per score; the
 * buckets keep input order, so input already ordered by id (as a repository returns it) needs no
 * comparison sort at all.
 */
function sortByScoreThenId(
  list: readonly RankedMentor[],
  maxScore: number,
  inputById: boolean,
): RankedMentor[] {
  const buckets: RankedMentor[][] = Array.from({ length: maxScore + 1 }, () => []);
  for (const ranked of list) buckets[ranked.score]?.push(ranked);
  const out: RankedMentor[] = [];
  for (let score = maxScore; score >= 0; score--) {
    const bucket = buckets[score] as RankedMentor[];
    if (bucket.length > 1 && !inputById) bucket.sort(byId);
    for (const ranked of bucket) out.push(ranked);
  }
  return out;
}

export function rankMentors(
  mentee: MenteeRankingInput,
  mentors: readonly MentorRankingInput[],
  options: RankOptions,
): MentorRanking {
  const scorer = createCompatibilityScorer({ now: options.now, weights: options.weights });
  const blocked = new Set(options.blockedMentorIds ?? []);
  const eligible: RankedMentor[] = [];
  const ineligible: RankedMentor[] = [];
  for (const mentor of mentors) {
    const reasons = mentorIneligibility(mentee, mentor, blocked);
    const { score, factors } = scorer.explain(mentee, mentor);
    const ranked = { id: mentor.id, eligible: reasons.length === 0, reasons, score, factors };
    (ranked.eligible ? eligible : ineligible).push(ranked);
  }
  const inputById = isSortedById(mentors);
  return {
    mentors: sortByScoreThenId(eligible, scorer.maxScore, inputById).concat(
      sortByScoreThenId(ineligible, scorer.maxScore, inputById),
    ),
    weights: scorer.weights,
    maxScore: scorer.maxScore,
    issues: zoneIssues(mentee, mentors, scorer),
  };
}
