/**
 * US states, their Census Bureau region (the four statistical regions) and the state prior the
 * synthetic generator draws from.
 */
import type { Region } from '../vocabulary/programs.ts';

/** USPS code → Census region (docs/sources.md#census-regions). DC is counted as a state here, as NRMP does. */
export const STATE_REGION: Readonly<Record<string, Region>> = {
  CT: 'northeast',
  ME: 'northeast',
  MA: 'northeast',
  NH: 'northeast',
  RI: 'northeast',
  VT: 'northeast',
  NJ: 'northeast',
  NY: 'northeast',
  PA: 'northeast',
  IL: 'midwest',
  IN: 'midwest',
  MI: 'midwest',
  OH: 'midwest',
  WI: 'midwest',
  IA: 'midwest',
  KS: 'midwest',
  MN: 'midwest',
  MO: 'midwest',
  NE: 'midwest',
  ND: 'midwest',
  SD: 'midwest',
  DE: 'south',
  DC: 'south',
  FL: 'south',
  GA: 'south',
  MD: 'south',
  NC: 'south',
  SC: 'south',
  VA: 'south',
  WV: 'south',
  AL: 'south',
  KY: 'south',
  MS: 'south',
  TN: 'south',
  AR: 'south',
  LA: 'south',
  OK: 'south',
  TX: 'south',
  AZ: 'west',
  CO: 'west',
  ID: 'west',
  MT: 'west',
  NV: 'west',
  NM: 'west',
  UT: 'west',
  WY: 'west',
  AK: 'west',
  CA: 'west',
  HI: 'west',
  OR: 'west',
  WA: 'west',
};

export function regionOf(state: string | null): Region | null {
  if (state === null) return null;
  return STATE_REGION[state.toUpperCase()] ?? null;
}

/**
 * Residency programs by state. The ten largest come from a public 2018–19 list (NY 122, CA 114,
 * PA 72, FL/MI/OH 65, TX 58, IL 54, MA 45, NJ 39 of 1,231 programs;
 * docs/sources.md#programs-by-state-2018-19). ASSUMPTION: the remaining 532 are spread over the
 * other states in proportion to their 2020 census population (millions, rounded;
 * docs/sources.md#census-2020-population), because no per-state list for them is public.
 */
const LISTED_STATES: Readonly<Record<string, number>> = {
  NY: 122,
  CA: 114,
  PA: 72,
  FL: 65,
  MI: 65,
  OH: 65,
  TX: 58,
  IL: 54,
  MA: 45,
  NJ: 39,
};
const LISTED_TOTAL = 1231;
const OTHER_STATE_POPULATION: Readonly<Record<string, number>> = {
  AL: 5.0,
  AK: 0.73,
  AZ: 7.2,
  AR: 3.0,
  CO: 5.8,
  CT: 3.6,
  DE: 1.0,
  DC: 0.69,
  GA: 10.7,
  HI: 1.46,
  ID: 1.84,
  IN: 6.8,
  IA: 3.2,
  KS: 2.9,
  KY: 4.5,
  LA: 4.66,
  ME: 1.36,
  MD: 6.2,
  MN: 5.7,
  MS: 2.96,
  MO: 6.15,
  MT: 1.08,
  NE: 1.96,
  NV: 3.1,
  NH: 1.38,
  NM: 2.1,
  NC: 10.4,
  ND: 0.78,
  OK: 3.96,
  OR: 4.2,
  RI: 1.1,
  SC: 5.1,
  SD: 0.89,
  TN: 6.9,
  UT: 3.3,
  VT: 0.64,
  VA: 8.6,
  WA: 7.7,
  WV: 1.8,
  WI: 5.9,
  WY: 0.58,
};

/** [state, weight] pairs in a fixed order (determinism); weights sum to 1. */
export const STATE_PRIOR: readonly (readonly [string, number])[] = (() => {
  const listed = Object.entries(LISTED_STATES);
  const listedSum = listed.reduce((s, [, n]) => s + n, 0);
  const rest = LISTED_TOTAL - listedSum;
  const others = Object.entries(OTHER_STATE_POPULATION);
  const popSum = others.reduce((s, [, p]) => s + p, 0);
  const pairs: [string, number][] = [
    ...listed.map(([st, n]): [string, number] => [st, n / LISTED_TOTAL]),
    ...others.map(([st, p]): [string, number] => [st, (rest * p) / popSum / LISTED_TOTAL]),
  ];
  return pairs;
})();

/**
 * IMG-share multiplier by state (ASSUMPTION; its direction follows the IMGs matched by state in
 * 2024, highest in NY 1,092, PA 455, MI 414, TX 384, FL 381, NJ 309:
 * docs/sources.md#matcharesident-imgs-by-state-2024). The generator rescales
 * shares to the specialty targets afterwards, so only the contrast matters.
 */
export const STATE_IMG_MULTIPLIER: Readonly<Record<string, number>> = {
  NY: 1.5,
  NJ: 1.4,
  MI: 1.3,
  PA: 1.3,
  FL: 1.3,
  TX: 1.1,
};
