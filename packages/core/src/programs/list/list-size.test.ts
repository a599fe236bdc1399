import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicantProfile } from '../../vocabulary/programs.ts';
import { suggestListSize } from './list-size.ts';

const who: ApplicantProfile = {
  applicantType: 'non-us-img',
  step2: 251,
  failedAttempts: 0,
  graduationYear: 2023,
  visa: 'none',
  step3: false,
  usceMonths: 3,
  researchItems: 3,
  specialties: ['internal-medicine'],
  states: [],
};

describe('suggestListSize', () => {
  it('matches a hand computation for a reference IM applicant', () => {
    // Step 2 251: calculator shift ½ × (7/196) × (251 − 245.5) = 0.0982; the IM curve first reaches
    // 0.75 at k = 7 (P0 0.765 → 0.782; k = 6 gives 0.739). Interview rate at a typical IM program: σ(−1.73) = 0.1506.
    // 7 / 0.1506 = 46.5 → 47 programs: 9 reach (20%), 14 safety (30%), 24 target.
    const r = suggestListSize(who, 'internal-medicine', { matchYear: 2026 });
    expect(r.ok && r.value).toMatchObject({
      ranksNeeded: 7,
      total: 47,
      reach: 9,
      safety: 14,
      target: 24,
      capped: false,
    });
  });

  it('suggests more programs for a weaker profile (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 270 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 2000, max: 2026 }),
        (step2, attempts, grad) => {
          const strong = { ...who, step2, failedAttempts: attempts, graduationYear: grad };
          const weak = { ...strong, step2: step2 - 10, failedAttempts: attempts + 1 };
          const a = suggestListSize(strong, 'internal-medicine', { matchYear: 2026 });
          const b = suggestListSize(weak, 'internal-medicine', { matchYear: 2026 });
          expect(a.ok && b.ok).toBe(true);
          if (a.ok && b.ok) expect(b.value.total).toBeGreaterThanOrEqual(a.value.total);
        },
      ),
    );
  });

  it('splits the total into the 20/50/30 mix and says what it assumed', () => {
    const r = suggestListSize({ ...who, step2: 225, failedAttempts: 2 }, 'general-surgery', {
      matchYear: 2026,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.reach + r.value.target + r.value.safety).toBe(r.value.total);
    expect(r.value.total).toBe(300);
    expect(r.value.capped).toBe(true);
    expect(r.value.targetReachable).toBe(false);
    expect(r.value.assumptions.join(' ')).toContain('assumption');
  });

  it('falls back to 10 interviews where no curve exists', () => {
    const r = suggestListSize(who, 'Transitional Year', { matchYear: 2026 });
    expect(r.ok && r.value.ranksNeeded).toBe(10);
  });

  it('fails for an unknown specialty', () => {
    const r = suggestListSize(who, 'Astrology', { matchYear: 2026 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('unknown-specialty');
  });
});
