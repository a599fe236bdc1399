/**
 * Pair scores from the factors and weights: contribution = round(weight × sub-score) to a whole
 * point (half up), score = the sum of the contributions, so they add up exactly (decision 019).
 * The scorer prepares each mentee once and reads each zone's offset once, so one mentee against
 * 10,000 mentors, or a 5,000 × 1,000 bulk run (issue 10), stays fast.
 */
import { invariant } from '../../shared/invariant.ts';
import {
  COMPATIBILITY_FACTORS,
  type CompatibilityFactor,
  type MenteeRankingInput,
  type MentorRankingInput,
} from '../../vocabulary/mentorship.ts';
import { createOffsetLookup } from '../time-zone.ts';
import {
  freeCapacitySubScore,
  imgBackgroundSubScore,
  languageSubScore,
  mentorTypeSubScore,
  type PreparedMentee,
  prepareMentee,
  specialtySubScore,
  timeZoneSubScore,
} from './factors.ts';
import { type CompatibilityWeights, resolveWeights } from './weights.ts';

export interface FactorContribution {
  readonly factor: CompatibilityFactor;
  /** Whole points; the contributions of a pair add up to its score. */
  readonly contribution: number;
}

export interface PairScore {
  readonly score: number;
  readonly factors: readonly FactorContribution[];
}

export interface CompatibilityScorer {
  readonly weights: CompatibilityWeights;
  /** The best possible score: the sum of the weights (100 with the defaults). */
  readonly maxScore: number;
  /** The score only (no allocation of the breakdown), for bulk matching. */
  score(mentee: MenteeRankingInput, mentor: MentorRankingInput): number;
  /** The score with every factor's contribution, in COMPATIBILITY_FACTORS order. */
  explain(mentee: MenteeRankingInput, mentor: MentorRankingInput): PairScore;
  /**
   * `explain` for one mentee against many mentors: the mentee is prepared and its offset read
   * once, not once per mentor (rankMentors reads 10,000 mentors).
   */
  explainerFor(mentee: MenteeRankingInput): (mentor: MentorRankingInput) => PairScore;
  /** UTC offset of a zone at the scorer's `now`, or null when the zone is unknown. */
  offsetOf(timeZone: string): number | null;
}

export interface ScorerOptions {
  readonly now: Date;
  readonly weights?: Partial<CompatibilityWeights>;
}

// Shared frozen {factor, contribution} objects: there are at most 6 × 101 distinct ones, and a
// 10,000-mentor ranking would otherwise allocate 60,000 of them.
const FACTOR_OBJECTS: FactorContribution[][] = COMPATIBILITY_FACTORS.map(() => []);

function factorContribution(index: number, contribution: number): FactorContribution {
  const row = FACTOR_OBJECTS[index] as FactorContribution[];
  let shared = row[contribution];
  if (shared === undefined) {
    shared = Object.freeze({
      factor: COMPATIBILITY_FACTORS[index] as CompatibilityFactor,
      contribution,
    });
    row[contribution] = shared;
  }
  return shared;
}

/** Whole points for weight × share; the epsilon keeps 2.5 from rounding down as 2.4999…. */
const points = (weight: number, share: number): number => Math.round(weight * share + 1e-9);

export function createCompatibilityScorer(options: ScorerOptions): CompatibilityScorer {
  const nowMs = options.now.getTime();
  invariant(Number.isFinite(nowMs), 'now must be a valid Date');
  const weights = resolveWeights(options.weights);
  const offsetOf = createOffsetLookup(nowMs);
  // Keyed by the caller's objects: records are readonly, so a prepared copy stays valid.
  const mentees = new WeakMap<MenteeRankingInput, PreparedMentee>();
  const menteeOf = (m: MenteeRankingInput): PreparedMentee => {
    let prepared = mentees.get(m);
    if (prepared === undefined) {
      prepared = prepareMentee(m);
      mentees.set(m, prepared);
    }
    return prepared;
  };
  const computePrepared = (
    a: PreparedMentee,
    menteeOffset: number | null,
    mentor: MentorRankingInput,
    into: number[],
  ) => {
    into[0] = points(weights.specialty, specialtySubScore(a, mentor));
    into[1] = points(weights['mentor-type'], mentorTypeSubScore(a, mentor));
    into[2] = points(weights.language, languageSubScore(a, mentor));
    into[3] = points(
      weights['time-zone'],
      timeZoneSubScore(menteeOffset, offsetOf(mentor.timeZone)),
    );
    into[4] = points(weights['img-background'], imgBackgroundSubScore(a, mentor));
    into[5] = points(weights['free-capacity'], freeCapacitySubScore(mentor));
    return into;
  };
  const compute = (mentee: MenteeRankingInput, mentor: MentorRankingInput, into: number[]) =>
    computePrepared(menteeOf(mentee), offsetOf(mentee.timeZone), mentor, into);
  // Pairs with the same six contributions share one frozen PairScore: 10,000 mentors have a few
  // thousand distinct breakdowns (1,793 in the benchmark), so a ranking allocates that many
  // instead of one per mentor. Key: the contributions in mixed radix (weight + 1 per factor),
  // a small integer with the default weights.
  const radix = COMPATIBILITY_FACTORS.map((f) => weights[f] + 1);
  const explained = new Map<number, PairScore>();
  const explainValues = (values: number[]): PairScore => {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = values;
    const [, rb = 1, rc = 1, rd = 1, re = 1, rf = 1] = radix;
    const key = ((((a * rb + b) * rc + c) * rd + d) * re + e) * rf + f;
    let pair = explained.get(key);
    if (pair === undefined) {
      pair = Object.freeze({
        score: a + b + c + d + e + f,
        factors: Object.freeze([
          factorContribution(0, a),
          factorContribution(1, b),
          factorContribution(2, c),
          factorContribution(3, d),
          factorContribution(4, e),
          factorContribution(5, f),
        ]),
      });
      explained.set(key, pair);
    }
    return pair;
  };
  const scratch = [0, 0, 0, 0, 0, 0];

  return {
    weights,
    maxScore: COMPATIBILITY_FACTORS.reduce((sum, f) => sum + weights[f], 0),
    score(mentee, mentor) {
      const values = compute(mentee, mentor, scratch);
      let score = 0;
      for (const value of values) score += value;
      return score;
    },
    explain: (mentee, mentor) => explainValues(compute(mentee, mentor, scratch)),
    explainerFor(mentee) {
      const prepared = menteeOf(mentee);
      const offset = offsetOf(mentee.timeZone);
      return (mentor) => explainValues(computePrepared(prepared, offset, mentor, scratch));
    },
    offsetOf,
  };
}
