/**
 * Hard eligibility (docs/program-tiers.md §1; rules from docs/sources.md#ecfmg-match-eligibility
 * and #visa-h1b-step3): a program the applicant cannot be ranked by is "not eligible" with a
 * reason, never a reach. Only a KNOWN program attribute can exclude: `null` means not reported, and
 * not-reported never excludes (it becomes a warning instead), because program data is patchy
 * (docs/sources.md#cureus-freida-2021).
 */
import type { ApplicantProfile, Program, Reason, WarningCode } from '../../vocabulary/programs.ts';

export interface EligibilityResult {
  readonly eligible: boolean;
  readonly reasons: readonly Reason[];
  /** Non-blocking notes about unknowns the applicant should check with the program. */
  readonly warnings: readonly Reason<WarningCode>[];
}

const NONE: readonly never[] = Object.freeze([]);
const ELIGIBLE_CLEAN: EligibilityResult = Object.freeze({
  eligible: true,
  reasons: NONE,
  warnings: NONE,
});

/**
 * `yearsSinceGrad` is passed in (not recomputed) so a list of thousands of programs computes it
 * once; see yearsSinceGraduation().
 */
export function checkEligibility(
  program: Program,
  profile: ApplicantProfile,
  yearsSinceGrad: number,
): EligibilityResult {
  // Arrays are created only when needed: most programs in a list have no reason and no warning.
  // No closures here either: this runs once per program, thousands of times per list.
  let reasons: Reason[] | null = null;
  let warnings: Reason<WarningCode>[] | null = null;

  if (profile.ecfmgCertifiedByRankDeadline === false) {
    reasons = add(
      reasons,
      'ecfmg-not-certified',
      'IMGs must meet ECFMG certification requirements by the rank order list deadline to be matched.',
    );
  }
  if (program.acceptsImgs === false)
    reasons = add(
      reasons,
      'imgs-not-accepted',
      'The program reports that it does not consider IMGs.',
    );

  if (profile.visa === 'j1') {
    if (program.j1 === false)
      reasons = add(
        reasons,
        'visa-j1-not-accepted',
        'You need a J-1 visa and the program does not accept J-1 physicians.',
      );
    else if (program.j1 === null)
      warnings = add(
        warnings,
        'visa-unknown',
        'The program has not reported whether it accepts J-1 physicians; ask before applying.',
      );
  } else if (profile.visa === 'h1b') {
    if (program.h1b === false)
      reasons = add(
        reasons,
        'visa-h1b-not-sponsored',
        'You need an H-1B visa and the program does not sponsor H-1B.',
      );
    else if (program.h1b === null)
      warnings = add(
        warnings,
        'visa-unknown',
        'The program has not reported whether it sponsors H-1B; ask before applying.',
      );
    else if (!profile.step3)
      reasons = add(
        reasons,
        'visa-h1b-step3-required',
        'H-1B sponsorship requires USMLE Step 3 to be passed; you have not passed it yet.',
      );
  }

  if (program.yogCutoff !== null && yearsSinceGrad > program.yogCutoff) {
    reasons = add(
      reasons,
      'graduation-too-long-ago',
      `The program accepts graduates of the last ${program.yogCutoff} years; you graduated ${yearsSinceGrad} years before the Match.`,
    );
  }
  if (program.maxAttempts !== null && profile.failedAttempts > program.maxAttempts) {
    reasons = add(
      reasons,
      'too-many-attempts',
      program.maxAttempts === 0
        ? `The program requires first-attempt passes; you have ${profile.failedAttempts} failed attempt(s).`
        : `The program accepts at most ${program.maxAttempts} failed attempt(s); you have ${profile.failedAttempts}.`,
    );
  }
  if (program.minStep2 !== null) {
    if (profile.step2 === null)
      warnings = add(
        warnings,
        'step2-unknown',
        `The program reports a Step 2 CK minimum of ${program.minStep2}; your score is not known yet.`,
      );
    else if (profile.step2 < program.minStep2)
      reasons = add(
        reasons,
        'step2-below-minimum',
        `The program reports a Step 2 CK minimum of ${program.minStep2}; yours is ${profile.step2}.`,
      );
  }
  if (program.usceRequired === true && profile.usceMonths <= 0) {
    reasons = add(
      reasons,
      'usce-required',
      'The program requires US clinical experience and you have none.',
    );
  }
  if (
    program.yogCutoff === null &&
    program.maxAttempts === null &&
    program.minStep2 === null &&
    program.usceRequired === null
  ) {
    warnings = add(
      warnings,
      'requirements-unknown',
      'The program reports none of its screening requirements; check its website.',
    );
  }

  if (reasons === null && warnings === null) return ELIGIBLE_CLEAN;
  return { eligible: reasons === null, reasons: reasons ?? NONE, warnings: warnings ?? NONE };
}

function add<C extends string>(list: Reason<C>[] | null, code: C, message: string): Reason<C>[] {
  const out = list ?? [];
  out.push({ code, message });
  return out;
}
