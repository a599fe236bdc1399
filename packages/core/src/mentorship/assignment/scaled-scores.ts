/**
 * Exact integer arithmetic for decimal scores: every score is multiplied by one power of ten
 * (the smallest that makes all of them integers), so sums and comparisons are exact.
 */

import { ASSIGNMENT_LIMITS } from '../../vocabulary/assignment.ts';

/** Most decimal places a score may have. */
export const MAX_DECIMALS = ASSIGNMENT_LIMITS.maxScoreDecimals;
/** Largest absolute score: with 6 decimals the scaled value stays below 10^15 < 2^53. */
export const MAX_ABS_SCORE = ASSIGNMENT_LIMITS.maxAbsScore;

/**
 * Decimal places of a finite number as JavaScript prints it (the shortest decimal that reads back
 * as the same number: what a CSV or JSON file said), e.g. 0.07 → 2, 1.5e-7 → 8, 12 → 0.
 */
export function decimalPlaces(value: number): number {
  // Fast path: k places suffice when value reads back from its k-place rounding (exact while
  // |value| × 10^k < 2^53); the printed form decides only for larger or longer numbers.
  for (let k = 0, p = 1; k <= MAX_DECIMALS && Math.abs(value) * p < 2 ** 52; k++, p *= 10) {
    if (Math.round(value * p) / p === value) return k;
  }
  const text = String(Math.abs(value));
  const [mantissa = '', exponent] = text.split('e');
  const point = mantissa.indexOf('.');
  const fraction = point < 0 ? 0 : mantissa.length - point - 1;
  return Math.max(0, fraction - (exponent === undefined ? 0 : Number(exponent)));
}

/** Smallest power of ten that makes every value an integer (values need ≤ MAX_DECIMALS places). */
export function scaleFor(values: Iterable<number>): number {
  let places = 0;
  for (const value of values) places = Math.max(places, decimalPlaces(value));
  return 10 ** places;
}

/**
 * value × scale as an exact integer. Exact because |value × scale| ≤ 10^15: the rounding error of
 * the product is far below 0.5. Returns NaN when value has more places than the scale allows.
 */
export function toScaled(value: number, scale: number): number {
  const scaled = Math.round(value * scale);
  return decimalPlaces(value) <= Math.log10(scale) + 1e-9 ? scaled : Number.NaN;
}

/** Back from an integer to the decimal number it stands for (correctly rounded division). */
export const fromScaled = (scaled: number, scale: number): number => scaled / scale + 0;
