/**
 * The one adjustment for US-citizen IMGs (decision 037), used by the match calculator and the
 * list builder's interview model alike. The NRMP reports outcomes by citizenship: US-citizen IMGs
 * matched at 67.8% and non-US-citizen IMGs at 58.0% in 2025
 * (docs/sources.md#nrmp-results-and-data-2025). Both models work on the log-odds scale, so the
 * adjustment is the log odds ratio of those rates: logit(0.678) − logit(0.580) ≈ 0.42. It is an
 * ASSUMPTION that the whole gap applies at every rank-list length and program.
 */
import { REFERENCE_RATES } from './calculator/data.ts';

const logit = (p: number) => Math.log(p / (1 - p));

export const US_CITIZEN_IMG_ADJUSTMENT = {
  source: 'nrmp-results-and-data-2025',
  /** Added to the log-odds of a non-US-citizen IMG with the same profile. */
  logOdds: logit(REFERENCE_RATES.usImgPct / 100) - logit(REFERENCE_RATES.nonUsImgPct / 100),
} as const;
