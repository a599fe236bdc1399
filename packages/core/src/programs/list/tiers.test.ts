import { describe, expect, it } from 'vitest';
import type { ApplicantProfile, Program } from '../../vocabulary/programs.ts';
import { unknownProgram } from '../program.ts';
import { specialtyInfo } from '../specialties.ts';
import { assignTier } from './tiers.ts';

const who: ApplicantProfile = {
  applicantType: 'non-us-img',
  step2: 250,
  failedAttempts: 0,
  graduationYear: 2024,
  visa: 'j1',
  step3: false,
  usceMonths: 6,
  specialties: ['internal-medicine'],
  states: [],
};
const im = specialtyInfo('internal-medicine');
const strong: Program = {
  ...unknownProgram('P', 'P', 'internal-medicine'),
  typicalStep2: 248,
  step2P10: 234,
  step2P90: 261,
  j1: true,
  imgShare: 0.6,
};

describe('assignTier (docs/program-tiers.md §3)', () => {
  it('calls p < 0.10 a reach whatever else holds', () => {
    expect(assignTier(0.0999, strong, who, im)).toEqual({
      tier: 'reach',
      reason: 'low-probability',
    });
  });
  it('calls Step 2 below the program P10 a reach even with a high probability', () => {
    expect(assignTier(0.9, { ...strong, step2P10: 251 }, who, im)).toEqual({
      tier: 'reach',
      reason: 'step2-below-p10',
    });
  });
  it('calls 0.10 ≤ p < 0.35 a target', () => {
    expect(assignTier(0.1, strong, who, im).tier).toBe('target');
    expect(assignTier(0.3499, strong, who, im).tier).toBe('target');
  });
  it('calls p ≥ 0.35 with every safety condition a safety', () => {
    expect(assignTier(0.35, strong, who, im)).toEqual({ tier: 'safety', reason: 'strong-fit' });
  });
  it('keeps p ≥ 0.35 a target when one safety condition is unmet or unknown', () => {
    const unmet = (p: Program, a: ApplicantProfile = who) => assignTier(0.5, p, a, im);
    expect(unmet({ ...strong, typicalStep2: 251 }).reason).toBe('safety-condition-unmet');
    expect(unmet({ ...strong, j1: null }).reason).toBe('safety-condition-unmet');
    expect(unmet({ ...strong, imgShare: 0.4 }).reason).toBe('safety-condition-unmet');
    expect(unmet({ ...strong, imgShare: null }).reason).toBe('safety-condition-unmet');
    expect(unmet(strong, { ...who, step2: null }).reason).toBe('safety-condition-unmet');
    expect(unmet({ ...strong, h1b: true }, { ...who, visa: 'h1b', step3: false }).reason).toBe(
      'safety-condition-unmet',
    );
  });
  it('never makes an unknown P10 or median a reason for reach', () => {
    const bare = { ...strong, step2P10: null, typicalStep2: null };
    expect(assignTier(0.2, bare, { ...who, step2: 200 }, im).tier).toBe('target');
  });
});
