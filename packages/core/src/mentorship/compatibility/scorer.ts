/**
 * Pair scores from the factors and weights: contribution = round(weight × sub-score) to a whole
 * point (half up), score = the sum of the contributions, so they add up exactly (decision 019).
 * The scorer caches prepared records and time-zone offsets, so one mentee against 10,000 mentors,
 * or a 5,000 × 1,000 bulk run (issue 10), normalises each text and zone once.
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
  type PreparedMentor,
  prepareMentee,
  prepareMentor,
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
  /** UTC offset of a zone at the scorer's `now`, or null when the zone is unknown. */
  offsetOf(timeZone: string): number | null;
}

export interface ScorerOptions {
  readonly now: Date;
  readonly weights?: Partial<CompatibilityWeights>;
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
  const mentors = new WeakMap<MentorRankingInput, PreparedMentor>();
  const menteeOf = (m: MenteeRankingInput): PreparedMentee => {
    let prepared = mentees.get(m);
    if (prepared === undefined) {
      prepared = prepareMentee(m);
      mentees.set(m, prepared);
    }
    return prepared;
  };
  const mentorOf = (m: MentorRankingInput): PreparedMentor => {
    let prepared = mentors.get(m);
    if (prepared === undefined) {
      prepared = prepareMentor(m);
      mentors.set(m, prepared);
    }
    return prepared;
  };

  const contributions = (mentee: MenteeRankingInput, mentor: MentorRankingInput): number[] => {
    const a = menteeOf(mentee);
    const b = mentorOf(mentor);
    return [
      points(weights.specialty, specialtySubScore(a, b)),
      points(weights['mentor-type'], mentorTypeSubScore(a, b)),
      points(weights.language, languageSubScore(a, b)),
      points(
        weights['time-zone'],
        timeZoneSubScore(offsetOf(mentee.timeZone), offsetOf(mentor.timeZone)),
      ),
      points(weights['img-background'], imgBackgroundSubScore(a, b)),
      points(weights['free-capacity'], freeCapacitySubScore(mentor)),
    ];
  };

  return {
    weights,
    maxScore: COMPATIBILITY_FACTORS.reduce((sum, f) => sum + weights[f], 0),
    score: (mentee, mentor) => contributions(mentee, mentor).reduce((sum, c) => sum + c, 0),
    explain(mentee, mentor) {
      const values = contributions(mentee, mentor);
      return {
        score: values.reduce((sum, c) => sum + c, 0),
        factors: COMPATIBILITY_FACTORS.map((factor, i) => ({
          factor,
          contribution: values[i] ?? 0,
        })),
      };
    },
    offsetOf,
  };
}
