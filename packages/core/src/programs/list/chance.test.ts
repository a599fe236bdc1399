// Decision 038: one definition of the tiers and the displayed chance. Properties over random
// profiles on the synthetic sample (fixed seed under CI=true).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicantProfile } from '../../vocabulary/programs.ts';
import { generateSyntheticPrograms } from '../synthetic/generate.ts';
import { buildProgramList } from './build-list.ts';
import { displayedChance, explainTier, TIER_RULE } from './tiers.ts';

const seeded = process.env.CI ? { seed: 20_261_203 } : {};
// A few hundred programs of three specialties keep each run fast on a shared machine.
const programs = generateSyntheticPrograms({ seed: 11 })
  .programs.filter((p) =>
    ['internal-medicine', 'family-medicine', 'pathology'].includes(p.specialty),
  )
  .filter((_, i) => i % 3 === 0);
const arbitraryProfile: fc.Arbitrary<ApplicantProfile> = fc.record({
  applicantType: fc.constantFrom('non-us-img' as const, 'us-img' as const),
  step2: fc.option(fc.integer({ min: 205, max: 280 }), { nil: null }),
  failedAttempts: fc.integer({ min: 0, max: 2 }),
  graduationYear: fc.integer({ min: 2008, max: 2026 }),
  visa: fc.constantFrom('none' as const, 'j1' as const, 'h1b' as const),
  step3: fc.boolean(),
  usceMonths: fc.integer({ min: 0, max: 24 }),
  specialties: fc.constant(['internal-medicine', 'family-medicine', 'pathology']),
  states: fc.subarray(['NY', 'TX', 'CA', 'OH']),
});

describe('the displayed chance agrees with the tier (decision 038)', () => {
  it('never shows a safety below a target or a reach, or a target below a reach, for one profile (property)', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const built = buildProgramList(profile, programs, { matchYear: 2027 });
        if (!built.ok) throw new Error(JSON.stringify(built.issues));
        const chances = { safety: [] as number[], target: [] as number[], reach: [] as number[] };
        for (const e of built.value.programs) {
          if (e.tier === null) {
            expect(e.chance).toBeNull();
            continue;
          }
          chances[e.tier].push(e.chance as number);
        }
        const min = (xs: number[]) => Math.min(...xs, Number.POSITIVE_INFINITY);
        const max = (xs: number[]) => Math.max(...xs, Number.NEGATIVE_INFINITY);
        expect(min(chances.safety)).toBeGreaterThan(max(chances.target));
        expect(min(chances.safety)).toBeGreaterThan(max(chances.reach));
        expect(min(chances.target)).toBeGreaterThan(max(chances.reach));
        // The header's rate is the mean of the rows it sits above.
        const all = [...chances.safety, ...chances.target, ...chances.reach];
        const mean = all.length === 0 ? null : all.reduce((s, x) => s + x, 0) / all.length;
        if (mean === null) expect(built.value.summary.meanChance).toBeNull();
        else expect(built.value.summary.meanChance).toBeCloseTo(mean, 12);
      }),
      { numRuns: 20, ...seeded },
    );
  }, 30_000);

  it('keeps the model probability inside the tier band and says so in whole percents', () => {
    expect(displayedChance(0.68, 'reach')).toBe(0.09);
    expect(displayedChance(0.04, 'reach')).toBe(0.04);
    expect(displayedChance(0.9, 'target')).toBe(0.34);
    expect(displayedChance(0.2, 'target')).toBe(0.2);
    expect(displayedChance(0.5, 'safety')).toBe(0.5);
    // Rounded to whole percents the bands never touch: 9% < 10% … 34% < 35%.
    expect(Math.round(TIER_RULE.reachAtMost * 100)).toBeLessThan(TIER_RULE.reachBelow * 100);
    expect(Math.round(TIER_RULE.targetAtMost * 100)).toBeLessThan(TIER_RULE.safetyFrom * 100);
  });
});

describe('explainTier: one sentence per row, with its numbers', () => {
  it('says different things where the reason or the numbers differ', () => {
    const profile: ApplicantProfile = {
      applicantType: 'non-us-img',
      step2: 240,
      failedAttempts: 0,
      graduationYear: 2022,
      visa: 'j1',
      step3: false,
      usceMonths: 3,
      specialties: ['internal-medicine'],
      states: [],
    };
    const built = buildProgramList(profile, programs, { matchYear: 2027 });
    if (!built.ok) throw new Error('list failed');
    const byId = new Map(programs.map((p) => [p.id, p]));
    const sentences = built.value.programs.flatMap((e) =>
      e.tier === null || e.tierReason === null || e.score === null
        ? []
        : [
            explainTier(
              { tier: e.tier, reason: e.tierReason },
              e.score,
              byId.get(e.id) as (typeof programs)[number],
              profile,
              null,
            ),
          ],
    );
    expect(sentences.length).toBeGreaterThan(50);
    expect(new Set(sentences).size).toBeGreaterThan(sentences.length / 10);
    const unmet = sentences.find((s) => s.startsWith('The model estimates'));
    expect(unmet).toMatch(/so it is a target \(shown as \d+%\)\.$/);
  });
});
