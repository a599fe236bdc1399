// Progress against the user's own earlier attempts at the same question: each user is compared
// mainly with their own baseline (docs/sources.md#l2-fluency). O(attempts).

import type {
  AnswerReport,
  AttemptComparison,
  Comparison,
  Direction,
  MetricDelta,
} from '../../vocabulary/interview.ts';
import { round1 } from './text.ts';

/** The metrics compared, taken from the current analysis. */
export interface AttemptMetrics {
  readonly questionId: string;
  readonly wordCount: number;
  readonly fillersPer100Words: number | null;
  readonly talkingPointsCovered: number;
  readonly redFlags: number;
}

function metricsOf(report: AnswerReport): AttemptMetrics {
  return {
    questionId: report.questionId,
    wordCount: report.wordCount,
    fillersPer100Words: report.fillersPer100Words,
    talkingPointsCovered: report.talkingPointsCovered,
    redFlags: report.redFlags.length,
  };
}

function delta(
  previous: number | null,
  current: number | null,
  better: (previous: number, current: number) => Direction,
): MetricDelta {
  if (previous === null || current === null) {
    return { previous, current, delta: null, direction: 'same' };
  }
  return {
    previous,
    current,
    delta: round1(current - previous),
    direction: better(previous, current),
  };
}

const lowerIsBetter = (previous: number, current: number): Direction =>
  current < previous ? 'better' : current > previous ? 'worse' : 'same';
const higherIsBetter = (previous: number, current: number): Direction =>
  lowerIsBetter(current, previous);

/** Word count is better when it is closer to the target range (inside counts as distance 0). */
function closerTo(minWords: number, maxWords: number) {
  const distance = (words: number): number =>
    words < minWords ? minWords - words : words > maxWords ? words - maxWords : 0;
  return (previous: number, current: number): Direction =>
    lowerIsBetter(distance(previous), distance(current));
}

function compareWith(
  previous: AttemptMetrics,
  current: AttemptMetrics,
  targetWords: { readonly min: number; readonly max: number },
): AttemptComparison {
  return {
    wordCount: delta(
      previous.wordCount,
      current.wordCount,
      closerTo(targetWords.min, targetWords.max),
    ),
    fillersPer100Words: delta(
      previous.fillersPer100Words,
      current.fillersPer100Words,
      lowerIsBetter,
    ),
    talkingPointsCovered: delta(
      previous.talkingPointsCovered,
      current.talkingPointsCovered,
      higherIsBetter,
    ),
    redFlags: delta(previous.redFlags, current.redFlags, lowerIsBetter),
  };
}

/**
 * The best earlier attempt: fewest red flags, then most talking points covered, then fewest
 * fillers per 100 words (not measured counts as worst), then the most recent.
 */
function best(attempts: readonly AttemptMetrics[]): AttemptMetrics | undefined {
  let winner: AttemptMetrics | undefined;
  for (const attempt of attempts) {
    if (winner === undefined) {
      winner = attempt;
      continue;
    }
    const fillers = (a: AttemptMetrics) => a.fillersPer100Words ?? Number.POSITIVE_INFINITY;
    const order =
      attempt.redFlags - winner.redFlags ||
      winner.talkingPointsCovered - attempt.talkingPointsCovered ||
      Math.sign(fillers(attempt) - fillers(winner));
    if (order <= 0) winner = attempt;
  }
  return winner;
}

/** Null when there is no earlier attempt at this question. `previous` is oldest first. */
export function compareAttempts(
  current: AttemptMetrics,
  previous: readonly AnswerReport[] | undefined,
  targetWords: { readonly min: number; readonly max: number },
): Comparison | null {
  const same = (previous ?? [])
    .filter((report) => report.questionId === current.questionId)
    .map(metricsOf);
  const last = same[same.length - 1];
  const top = best(same);
  if (last === undefined || top === undefined) return null;
  return {
    attempts: same.length,
    last: compareWith(last, current, targetWords),
    best: compareWith(top, current, targetWords),
  };
}
