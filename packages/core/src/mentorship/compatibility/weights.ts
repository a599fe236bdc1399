/**
 * Weights of the compatibility factors (decision 019). Whole numbers, so every contribution and
 * the score are whole points and add up exactly in any language; the defaults sum to 100, so a
 * default score reads as a percentage. Organisations set their own (issue 10).
 */
import { invariant } from '../../shared/invariant.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { COMPATIBILITY_FACTORS, type CompatibilityFactor } from '../../vocabulary/mentorship.ts';
import { createIssueList, describeValue, isRecord, type Path } from '../input-checks.ts';

export type CompatibilityWeights = Readonly<Record<CompatibilityFactor, number>>;

/**
 * Adapted from eStudent360's published student-mentoring weights (docs/sources.md#estudent360-smart-matching:
 * career goals 30, subject overlap 20, language 15, schedule/time zone 15, education-system
 * relevance 10, mentor load 10). Career goal → target specialty, subject → the kinds of help
 * wanted. MatchReady's choices: education-system relevance becomes IMG background at 15 (ECFMG's
 * advisor network suggests pairing by shared school and country, docs/sources.md#ecfmg-ian), and mentor load drops to a
 * 5-point tie-breaker that spreads mentees across mentors with free places.
 */
export const DEFAULT_COMPATIBILITY_WEIGHTS: CompatibilityWeights = Object.freeze({
  specialty: 30,
  'mentor-type': 20,
  language: 15,
  'time-zone': 15,
  'img-background': 15,
  'free-capacity': 5,
});

export const MAX_FACTOR_WEIGHT = 100;

const isWeight = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_FACTOR_WEIGHT;

/** Defaults overridden by `partial`; throws on a bad weight (programmer error: parse input first). */
export function resolveWeights(partial?: Partial<CompatibilityWeights>): CompatibilityWeights {
  if (partial === undefined) return DEFAULT_COMPATIBILITY_WEIGHTS;
  const weights = { ...DEFAULT_COMPATIBILITY_WEIGHTS, ...partial };
  let total = 0;
  for (const factor of COMPATIBILITY_FACTORS) {
    const weight = weights[factor];
    invariant(
      isWeight(weight),
      `weight of ${factor} must be a whole number 0–${MAX_FACTOR_WEIGHT}`,
    );
    total += weight;
  }
  invariant(total > 0, 'at least one compatibility weight must be positive');
  return weights;
}

/**
 * Validates weights from a file or a form: an object whose keys are factor codes and whose values
 * are whole numbers 0–100. A factor left out keeps its default; 0 switches a factor off.
 */
export function parseWeights(
  value: unknown,
  path: Path = ['weights'],
): Result<CompatibilityWeights> {
  const out = createIssueList();
  if (!isRecord(value)) {
    out.add('invalid-type', path, `Expected an object of weights, got ${describeValue(value)}.`);
    return fail(out.issues);
  }
  const weights: Record<string, number> = { ...DEFAULT_COMPATIBILITY_WEIGHTS };
  for (const [key, weight] of Object.entries(value)) {
    if (!(COMPATIBILITY_FACTORS as readonly string[]).includes(key)) {
      out.add(
        'invalid-value',
        [...path, key],
        `Unknown factor ${JSON.stringify(key)}; use ${COMPATIBILITY_FACTORS.join(', ')}.`,
      );
    } else if (!isWeight(weight)) {
      out.add(
        'invalid-value',
        [...path, key],
        `A weight is a whole number from 0 to ${MAX_FACTOR_WEIGHT}, got ${describeValue(weight)}.`,
      );
    } else {
      weights[key] = weight;
    }
  }
  if (out.issues.length === 0 && COMPATIBILITY_FACTORS.every((f) => weights[f] === 0)) {
    out.add('invalid-value', path, 'At least one weight must be above 0.');
  }
  return out.issues.length > 0 ? fail(out.issues) : ok(weights as CompatibilityWeights);
}

/**
 * Scales any non-negative weights (e.g. slider positions) to whole numbers summing to 100 by the
 * largest-remainder method; ties in the remainder go to the earlier factor. All zeros → defaults.
 */
export function normaliseWeights(
  raw: Readonly<Partial<Record<CompatibilityFactor, number>>>,
): CompatibilityWeights {
  const values = COMPATIBILITY_FACTORS.map((f) => {
    const v = raw[f] ?? 0;
    invariant(Number.isFinite(v) && v >= 0, `weight of ${f} must be a finite number >= 0`);
    return v;
  });
  const total = values.reduce((sum, v) => sum + v, 0);
  if (total === 0) return DEFAULT_COMPATIBILITY_WEIGHTS;
  const exact = values.map((v) => (v / total) * 100);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((sum, v) => sum + v, 0);
  const order = exact
    .map((v, i) => ({ i, remainder: v - Math.floor(v) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return Object.fromEntries(
    COMPATIBILITY_FACTORS.map((f, i) => [f, floors[i] ?? 0]),
  ) as unknown as CompatibilityWeights;
}
