/**
 * Small sampling helpers over a seeded Random (../shared/random.ts). Gamma: Marsaglia & Tsang,
 * "A simple method for generating gamma variables", ACM TOMS 26(3), 2000 (with the U^(1/a) boost
 * for a < 1). Weighted sampling without replacement: Efraimidis & Spirakis, IPL 97(5), 2006.
 */
import type { Random } from '../shared/random.ts';

export function gamma(random: Random, shape: number): number {
  if (shape < 1) {
    let u = random.next();
    while (u === 0) u = random.next();
    return gamma(random, shape + 1) * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = random.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Beta(mean·κ, (1 − mean)·κ): noise around a mean share with concentration κ. */
export function betaAround(random: Random, mean: number, concentration: number): number {
  const a = gamma(random, mean * concentration);
  const b = gamma(random, (1 - mean) * concentration);
  return a + b === 0 ? mean : a / (a + b);
}

/** Lognormal with the given arithmetic mean and log-scale σ. */
export function lognormalWithMean(random: Random, mean: number, sigma: number): number {
  return Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * random.normal());
}

/** Index drawn from cumulative weights (ascending, last = total). */
export function pickCumulative(random: Random, cumulative: ArrayLike<number>): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const u = random.next() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function cumulativeOf(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) {
    s += weights[i] ?? 0;
    out[i] = s;
  }
  return out;
}

/** Exactly `k` distinct indices, each chosen with probability rising with its weight (0 = never). */
export function weightedSampleWithoutReplacement(
  random: Random,
  weights: readonly number[],
  k: number,
): Set<number> {
  const keys: { i: number; key: number }[] = [];
  weights.forEach((w, i) => {
    // Draw for every index so the stream does not depend on which weights are zero.
    const u = random.next();
    if (w > 0) keys.push({ i, key: Math.log(u === 0 ? Number.MIN_VALUE : u) / w });
  });
  keys.sort((a, b) => b.key - a.key || a.i - b.i);
  return new Set(keys.slice(0, k).map((x) => x.i));
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder, ties by index). */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w * total) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, n) => s + n, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}
