import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicantProfile, Program } from '../../vocabulary/programs.ts';
import { FACTOR_CODES } from '../../vocabulary/programs.ts';
import { unknownProgram } from '../program.ts';
import { prepareScoring, scoreProgram, typicalProgramLogit } from './scoring.ts';

const base: ApplicantProfile = {
  applicantType: 'non-us-img',
  step2: 261,
  failedAttempts: 0,
  graduationYear: 2023,
  visa: 'none',
  step3: false,
  usceMonths: 3,
  researchItems: 3,
  specialties: ['internal-medicine'],
  states: ['NY'],
};
const im = unknownProgram('P1', 'IM Program', 'internal-medicine');
const contribution = (factors: readonly { code: string; contribution: number }[], code: string) =>
  factors.find((f) => f.code === code)?.contribution;

describe('scoreProgram', () => {
  it('matches a hand computation for a reference applicant (IM baseline, +10 Step 2, same state)', () => {
    // −1.73 (IM baseline) + 0.5 × (261 − 251)/10 + 0.7 (same state) = −0.53; σ(−0.53) = 0.37052
    const program: Program = {
      ...im,
      typicalStep2: 251,
      imgShare: 0.447,
      state: 'NY',
      signals: true,
    };
    const s = scoreProgram(program, prepareScoring(base, 2026));
    expect(s.logit).toBeCloseTo(-0.53, 10);
    expect(s.probability).toBeCloseTo(0.37052, 5);
    expect(contribution(s.factors, 'img-share')).toBeCloseTo(0, 10);
  });

  it('matches a hand computation with every factor active', () => {
    // us-img +0.42182 (logit(0.678) − logit(0.58)); Step 2 231 vs 251 → −1.0; IMG share logit(0.8) − logit(0.447) = 1.38629 + 0.21280;
    // USCE 12 → 0.08 × 9 = 0.72; research 10 → 0.03 × 7 = 0.21; NJ vs preferred NY → region 0.35;
    // signal +0.7; one failure −1.0; graduated 2016 → 10 years → −0.15 × 7 = −1.05.  Total −0.77909.
    const who: ApplicantProfile = {
      ...base,
      applicantType: 'us-img',
      step2: 231,
      usceMonths: 12,
      researchItems: 10,
      failedAttempts: 1,
      graduationYear: 2016,
      signaledProgramIds: ['P1'],
    };
    const program: Program = { ...im, typicalStep2: 251, imgShare: 0.8, state: 'NJ' };
    const s = scoreProgram(program, prepareScoring(who, 2026));
    expect(s.logit).toBeCloseTo(-0.77909, 4);
    expect(contribution(s.factors, 'step2')).toBeCloseTo(-1.0, 10);
    expect(contribution(s.factors, 'yog')).toBeCloseTo(-1.05, 10);
    expect(contribution(s.factors, 'location')).toBeCloseTo(0.35, 10);
    expect(s.factors.find((f) => f.code === 'location')?.value).toBe('same-region');
  });

  it('uses the specialty median when the program does not report one, and says so', () => {
    const s = scoreProgram(im, prepareScoring(base, 2026));
    const step2 = s.factors.find((f) => f.code === 'step2');
    expect(step2?.value).toBe(10); // 261 − 251 (IM non-US IMG matched median)
    expect(step2?.label).toContain('not reported');
  });

  it('caps the Step 2 term at ±40 points', () => {
    const s = scoreProgram(
      { ...im, typicalStep2: 200 },
      prepareScoring({ ...base, step2: 300 }, 2026),
    );
    expect(contribution(s.factors, 'step2')).toBeCloseTo(2.0, 10);
  });

  it('gives no signal credit to a program that does not take signals', () => {
    const who = { ...base, signaledProgramIds: ['P1'] };
    const s = scoreProgram({ ...im, signals: false }, prepareScoring(who, 2026));
    expect(contribution(s.factors, 'signal')).toBe(0);
  });

  it('lists the same factors in the same order every time, contributions summing to the logit (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          step2: fc.option(fc.integer({ min: 190, max: 300 })),
          failedAttempts: fc.integer({ min: 0, max: 4 }),
          graduationYear: fc.integer({ min: 1990, max: 2026 }),
          usceMonths: fc.integer({ min: 0, max: 40 }),
          researchItems: fc.integer({ min: 0, max: 50 }),
          applicantType: fc.constantFrom('us-img' as const, 'non-us-img' as const),
        }),
        fc.record({
          typicalStep2: fc.option(fc.integer({ min: 200, max: 280 })),
          imgShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
          state: fc.option(fc.constantFrom('NY', 'CA', 'TX', 'ZZ')),
          specialty: fc.constantFrom('internal-medicine', 'pediatrics', 'not-a-specialty'),
        }),
        (who, attrs) => {
          const s = scoreProgram({ ...im, ...attrs }, prepareScoring({ ...base, ...who }, 2026));
          expect(s.factors.map((f) => f.code)).toEqual([...FACTOR_CODES]);
          const sum = s.factors.reduce((acc, f) => acc + f.contribution, 0);
          expect(sum).toBeCloseTo(s.logit, 9);
          expect(s.probability).toBeGreaterThan(0);
          expect(s.probability).toBeLessThan(1);
        },
      ),
    );
  });

  it('never scores a higher Step 2 lower (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 190, max: 299 }), fc.integer({ min: 1, max: 30 }), (x, d) => {
        const ctxLow = prepareScoring({ ...base, step2: x }, 2026);
        const ctxHigh = prepareScoring({ ...base, step2: x + d }, 2026);
        expect(scoreProgram(im, ctxHigh).logit).toBeGreaterThanOrEqual(
          scoreProgram(im, ctxLow).logit,
        );
      }),
    );
  });
});

describe('typicalProgramLogit', () => {
  it('equals the score of an all-unknown program of the specialty', () => {
    const ctx = prepareScoring(base, 2026);
    const s = scoreProgram({ ...im, state: null }, ctx);
    expect(typicalProgramLogit(ctx, 'internal-medicine')).toBeCloseTo(s.logit, 10);
  });
});
