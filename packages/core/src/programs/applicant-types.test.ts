import { describe, expect, it } from 'vitest';
import { US_CITIZEN_IMG_ADJUSTMENT } from './applicant-types.ts';
import { estimateMatchProbability } from './calculator/estimate.ts';
import { INTERVIEW_MODEL } from './list/scoring.ts';

const logit = (p: number) => Math.log(p / (1 - p));

describe('one US-citizen IMG adjustment (decision 037)', () => {
  it('is the log odds ratio of the 2025 match rates, 67.8% vs 58.0%', () => {
    // ln(0.678/0.322) − ln(0.58/0.42) = 0.74460 − 0.32277 = 0.42182
    expect(US_CITIZEN_IMG_ADJUSTMENT.logOdds).toBeCloseTo(0.42182, 5);
    expect(US_CITIZEN_IMG_ADJUSTMENT.source).toBe('nrmp-results-and-data-2025');
  });

  it('is the shift both the list builder and the calculator apply', () => {
    expect(INTERVIEW_MODEL.usImgShift).toBe(US_CITIZEN_IMG_ADJUSTMENT.logOdds);
    const at = (applicantType: 'us-img' | 'non-us-img') => {
      const r = estimateMatchProbability({
        specialty: 'internal-medicine',
        ranks: 2,
        applicantType,
        step2: null,
      });
      if (!r.ok) throw new Error('estimate failed');
      return r.value.probability;
    };
    expect(logit(at('us-img')) - logit(at('non-us-img'))).toBeCloseTo(
      US_CITIZEN_IMG_ADJUSTMENT.logOdds,
      10,
    );
  });
});
