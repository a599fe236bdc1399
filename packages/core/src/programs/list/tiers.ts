/**
 * Safety / target / reach for an ELIGIBLE program: MatchReady's explainable rule, made precise and
 * ordered (docs/program-tiers.md; no published tool discloses one). Ineligible programs never reach
 * this function.
 */
import type { ApplicantProfile, Program, Tier, TierReason } from '../../vocabulary/programs.ts';
import type { SpecialtyInfo } from '../specialties.ts';

export const TIER_RULE = {
  /** Below this interview probability a program is a reach. */
  reachBelow: 0.1,
  /** At or above this (plus the safety conditions) a program is a safety. */
  safetyFrom: 0.35,
} as const;

export interface TierAssignment {
  readonly tier: Tier;
  readonly reason: TierReason;
}

// Shared constants: a list of 3,000 programs allocates nothing here.
const REACH_P: TierAssignment = { tier: 'reach', reason: 'low-probability' };
const REACH_P10: TierAssignment = { tier: 'reach', reason: 'step2-below-p10' };
const SAFETY: TierAssignment = { tier: 'safety', reason: 'strong-fit' };
const TARGET_BAND: TierAssignment = { tier: 'target', reason: 'probability-in-target-band' };
const TARGET_UNMET: TierAssignment = { tier: 'target', reason: 'safety-condition-unmet' };

export const TIER_REASON_TEXT: Readonly<Record<TierReason, string>> = {
  'low-probability': 'Estimated interview chance below 10%.',
  'step2-below-p10':
    "Your Step 2 CK is below the program's 10th percentile of interviewed applicants.",
  'strong-fit':
    'Estimated interview chance ≥ 35%, Step 2 CK at or above the program median, visa known to fit and IMG share at least the specialty average.',
  'probability-in-target-band': 'Estimated interview chance between 10% and 35%.',
  'safety-condition-unmet':
    'Estimated interview chance ≥ 35%, but a safety condition is unmet or unknown (Step 2 vs median, visa, IMG share).',
};

/**
 * 1. reach  if p < 0.10, or Step 2 known and below a reported P10;
 * 2. safety if p ≥ 0.35 and Step 2 ≥ the program's median (the specialty's when not reported),
 *           the needed visa is KNOWN to be offered, and the IMG share is KNOWN and ≥ the specialty's;
 * 3. target otherwise.
 * Unknowns never make a program a reach; they only keep it from being called a safety.
 */
export function assignTier(
  probability: number,
  program: Program,
  profile: ApplicantProfile,
  specialty: SpecialtyInfo | null,
): TierAssignment {
  const step2 = profile.step2;
  if (probability < TIER_RULE.reachBelow) return REACH_P;
  if (step2 !== null && program.step2P10 !== null && step2 < program.step2P10) return REACH_P10;
  if (probability < TIER_RULE.safetyFrom) return TARGET_BAND;
  const median = program.typicalStep2 ?? specialty?.matchedStep2Median ?? null;
  const step2Ok = step2 !== null && median !== null && step2 >= median;
  const visaOk =
    profile.visa === 'none' ||
    (profile.visa === 'j1' ? program.j1 === true : program.h1b === true && profile.step3);
  const imgOk =
    program.imgShare !== null && specialty !== null && program.imgShare >= specialty.imgShare;
  return step2Ok && visaOk && imgOk ? SAFETY : TARGET_UNMET;
}
