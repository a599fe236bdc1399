import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculatorSpecialties, estimateMatchProbability } from './estimate.ts';

const estimate = (input: Partial<Parameters<typeof estimateMatchProbability>[0]>) => {
  const r = estimateMatchProbability({
    specialty: 'internal-medicine',
    applicantType: 'non-us-img',
    ranks: 5,
    step2: null,
    ...input,
  });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.value;
};

describe('estimateMatchProbability: hand-derived values', () => {
  it('returns the modelled curve value when there is nothing to adjust (IM, 5 ranks → 0.66)', () => {
    expect(estimate({}).probability).toBeCloseTo(0.66, 10);
  });
  it('interpolates linearly between tabulated ranks (IM 7 ranks: halfway between 0.72 and 0.81)', () => {
    expect(estimate({ ranks: 7 }).probability).toBeCloseTo(0.765, 10);
  });
  it('adds half the Step 2 log-likelihood ratio (IM, 259: ½ × 7/14² × (259 − 245.5) = 0.2411 → 0.7118)', () => {
    const e = estimate({ step2: 259 });
    expect(e.step2Adjustment.logLikelihoodRatio).toBeCloseTo(0.48214, 5);
    expect(e.step2Adjustment.logOddsShift).toBeCloseTo(0.24107, 5);
    expect(e.probability).toBeCloseTo(0.71185, 4);
  });
  it('adds the US-citizen IMG log odds ratio logit(0.678) − logit(0.58) = 0.42182 (IM, 3 ranks: 0.49 → 0.59431), an assumption', () => {
    const e = estimate({ ranks: 3, applicantType: 'us-img' });
    // logit(0.49) = −0.04001; −0.04001 + 0.42182 = 0.38182; σ(0.38182) = 0.59431.
    expect(e.probability).toBeCloseTo(0.59431, 4);
    expect(e.caveats.some((c) => c.startsWith('ASSUMPTION'))).toBe(true);
  });
  it('enforces a non-decreasing curve (EM dips from 0.86 at 12 to 0.83 at 20; 20 ranks → 0.86)', () => {
    expect(estimate({ specialty: 'Emergency Medicine', ranks: 20 }).probability).toBeCloseTo(
      0.86,
      10,
    );
  });
  it('caps the display at 0.95 (Pediatrics, 12 ranks, modelled 1.00)', () => {
    expect(estimate({ specialty: 'peds', ranks: 12 }).probability).toBe(0.95);
  });
  it('does not adjust for Step 2 where it carries no signal (FM, 5 ranks, 260 → 0.78)', () => {
    const e = estimate({ specialty: 'family-medicine', step2: 260 });
    expect(e.probability).toBeCloseTo(0.78, 10);
    expect(e.step2Adjustment.applied).toBe(false);
  });
  it('gives 0 for no ranks and does not extrapolate beyond 20', () => {
    expect(estimate({ ranks: 0 }).probability).toBe(0);
    const far = estimate({ ranks: 40 });
    expect(far.probability).toBeCloseTo(0.95, 10); // IM at 20 = 0.97, capped
    expect(far.caveats.some((c) => c.includes('beyond 20'))).toBe(true);
  });
  it('labels every result as an estimate, lists what it ignores and cites its sources', () => {
    const e = estimate({});
    expect(e.label).toBe('Estimate from aggregate NRMP data');
    const text = e.caveats.join(' ');
    for (const word of [
      'visa',
      'year of graduation',
      'US clinical experience',
      'letters',
      'interview performance',
    ]) {
      expect(text).toContain(word);
    }
    expect(e.sources.some((s) => s.factId === 'co2026.spec.internal_medicine')).toBe(true);
    expect(e.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
    expect(e.observedRate).toBeCloseTo(0.485, 10);
    expect(e.curve).toHaveLength(20);
  });
});

describe('estimateMatchProbability: failures', () => {
  it('fails for an unknown specialty with an issue naming the alternatives', () => {
    const r = estimateMatchProbability({
      specialty: 'Dermatology',
      applicantType: 'non-us-img',
      ranks: 5,
      step2: 250,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ code: 'unknown-specialty', path: ['specialty'] });
      expect(r.issues[0]?.message).toContain('internal-medicine');
    }
  });
  it('fails for negative or fractional ranks and impossible scores', () => {
    const r = estimateMatchProbability({
      specialty: 'IM',
      applicantType: 'non-us-img',
      ranks: -1.5,
      step2: 400,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['invalid-ranks', 'invalid-step2']);
  });
});

describe('estimateMatchProbability: properties', () => {
  const specialty = fc.constantFrom(...calculatorSpecialties());
  const type = fc.constantFrom('us-img' as const, 'non-us-img' as const);
  const step2 = fc.option(fc.integer({ min: 150, max: 300 }));

  it('is non-decreasing in ranks and stays within [0, 0.95]', () => {
    fc.assert(
      fc.property(specialty, type, step2, fc.integer({ min: 0, max: 30 }), (s, t, x, k) => {
        const a = estimate({ specialty: s, applicantType: t, step2: x, ranks: k });
        const b = estimate({ specialty: s, applicantType: t, step2: x, ranks: k + 1 });
        expect(b.probability).toBeGreaterThanOrEqual(a.probability);
        expect(a.probability).toBeGreaterThanOrEqual(0);
        expect(a.probability).toBeLessThanOrEqual(0.95);
        for (let i = 1; i < a.curve.length; i++) {
          expect(a.curve[i]?.probability).toBeGreaterThanOrEqual(a.curve[i - 1]?.probability ?? 0);
        }
      }),
    );
  });

  it('never lowers the probability for a higher Step 2 CK', () => {
    fc.assert(
      fc.property(
        specialty,
        type,
        fc.integer({ min: 150, max: 250 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 25 }),
        (s, t, x, d, k) => {
          const low = estimate({ specialty: s, applicantType: t, step2: x, ranks: k });
          const high = estimate({ specialty: s, applicantType: t, step2: x + d, ranks: k });
          expect(high.probability).toBeGreaterThanOrEqual(low.probability);
        },
      ),
    );
  });
});
