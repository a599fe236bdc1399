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
  /** The displayed chance of a reach is at most this, of a target at most targetAtMost. */
  reachAtMost: 0.09,
  targetAtMost: 0.34,
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

/**
 * The chance shown beside a program (decision 038): the model's interview probability kept inside
 * its tier's band, reach ≤ 9% < 10% ≤ target ≤ 34% < 35% ≤ safety, so the displayed chance and
 * the tier always agree (a safety never shows less than a target or a reach for the same profile).
 * Where a rule moved a program below the band of its probability (Step 2 CK below the program's
 * 10th percentile; a safety condition unmet or unknown), the band's edge is shown and the tier
 * reason says why; the model's own probability stays in `score` and its factors.
 */
export function displayedChance(probability: number, tier: Tier): number {
  if (tier === 'reach') return Math.min(probability, TIER_RULE.reachAtMost);
  if (tier === 'target')
    return Math.min(Math.max(probability, TIER_RULE.reachBelow), TIER_RULE.targetAtMost);
  return Math.max(probability, TIER_RULE.safetyFrom);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * One sentence per row saying why THIS program has its tier, with its numbers (the shared
 * TIER_REASON_TEXT says what a reason means in general). Pure; O(1).
 */
export function explainTier(
  { tier, reason }: TierAssignment,
  probability: number,
  program: Program,
  profile: ApplicantProfile,
  specialty: SpecialtyInfo | null,
): string {
  const chance = displayedChance(probability, tier);
  const median = program.typicalStep2 ?? specialty?.matchedStep2Median ?? null;
  switch (reason) {
    case 'low-probability':
      return `Estimated interview chance ${pct(chance)}: under 10%.`;
    case 'step2-below-p10':
      return `Your Step 2 CK (${profile.step2}) is below ${program.step2P10}, this program's 10th percentile of interviewed applicants, so it stays a reach whatever the model says (${pct(probability)}).`;
    case 'probability-in-target-band':
      return `Estimated interview chance ${pct(chance)}: between 10% and 35%.`;
    case 'strong-fit':
      return `Estimated interview chance ${pct(chance)}, your Step 2 CK at or above the program's median (${median}), your visa known to be accepted and ${pct(program.imgShare ?? 0)} IMG residents.`;
    case 'safety-condition-unmet': {
      const unmet: string[] = [];
      if (profile.step2 === null) unmet.push('your Step 2 CK is not known yet');
      else if (median !== null && profile.step2 < median)
        unmet.push(`your Step 2 CK (${profile.step2}) is below its median (${median})`);
      if (profile.visa === 'j1' && program.j1 !== true)
        unmet.push('its J-1 policy is not reported');
      if (profile.visa === 'h1b') {
        if (program.h1b !== true) unmet.push('H-1B sponsorship is not reported');
        else if (!profile.step3) unmet.push('the H-1B requires Step 3, which you have not passed');
      }
      if (program.imgShare === null) unmet.push('its IMG share is not reported');
      else if (specialty !== null && program.imgShare < specialty.imgShare)
        unmet.push(
          `its IMG share (${pct(program.imgShare)}) is below the specialty's (${pct(specialty.imgShare)})`,
        );
      return `The model estimates ${pct(probability)}, but ${unmet.join(' and ') || 'a safety condition is unmet'}, so it is a target (shown as ${pct(chance)}).`;
    }
  }
}
