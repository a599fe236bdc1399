/**
 * Program words: the applicant profile the list builder, calculator and simulator read, the
 * program record, tiers, the interview model's factor codes and the eligibility reason codes.
 * Codes and types only.
 */

export const APPLICANT_TYPES = ['non-us-img', 'us-img'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** The visa the applicant needs for residency: none (citizen / permanent resident), J-1 or H-1B. */
export const VISA_NEEDS = ['none', 'j1', 'h1b'] as const;
export type VisaNeed = (typeof VISA_NEEDS)[number];

/** The applicant profile the list builder, calculator and simulator read. Plain data. */
export interface ApplicantProfile {
  readonly applicantType: ApplicantType;
  /** Step 2 CK score; null = not taken yet or not reported (never treated as low). */
  readonly step2: number | null;
  readonly failedAttempts: number;
  readonly graduationYear: number;
  readonly visa: VisaNeed;
  readonly step3: boolean;
  /** Months of hands-on US clinical experience. */
  readonly usceMonths: number;
  /** Research experiences + publications + presentations, as ERAS lists them. */
  readonly researchItems?: number;
  /** null/absent = not known yet. */
  readonly ecfmgCertifiedByRankDeadline?: boolean | null;
  /** Specialty ids or names, in order of preference. */
  readonly specialties: readonly string[];
  /** Preferred states (USPS codes); a program there counts as a location tie. */
  readonly states: readonly string[];
  /** Programs the applicant sent an ERAS signal to. */
  readonly signaledProgramIds?: readonly string[];
}

// --- The program record ------------------------------------------------------------------------
// FREIDA-like attributes, every one of them nullable because public program data is patchy
// (docs/sources.md#cureus-freida-2021: ~25% of FREIDA entries omit basic fields, >50% report no
// minimum score). `null` always means "not reported", never "no".

export const TRACKS = ['categorical', 'preliminary', 'advanced', 'transitional'] as const;
export type Track = (typeof TRACKS)[number];

export const AFFILIATIONS = ['university', 'university-affiliated', 'community'] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];

/** The four US Census Bureau statistical regions. */
export const REGIONS = ['northeast', 'midwest', 'south', 'west'] as const;
export type Region = (typeof REGIONS)[number];

/** ISO-8601 dates (YYYY-MM-DD) a program publishes; any of them may be missing. */
export interface ProgramDeadlines {
  readonly application: string | null;
  readonly interviewInvitations: string | null;
}

export interface Program {
  readonly id: string;
  readonly name: string;
  /** Canonical specialty id, e.g. 'internal-medicine' (see programs/specialties.ts). */
  readonly specialty: string;
  readonly institution: string | null;
  readonly track: Track | null;
  /** USPS state code, e.g. 'NY'. */
  readonly state: string | null;
  readonly region: Region | null;
  readonly city: string | null;
  readonly affiliation: Affiliation | null;
  /** PGY-1 (or PGY-2 for advanced) positions per year. */
  readonly positions: number | null;
  /** Share of residents who are IMGs (US + non-US), 0–1, FREIDA-style 3-year average. */
  readonly imgShare: number | null;
  /** Whether the program considers IMGs at all. */
  readonly acceptsImgs: boolean | null;
  /** Accepts ECFMG-sponsored J-1 physicians. */
  readonly j1: boolean | null;
  /** Sponsors H-1B visas. */
  readonly h1b: boolean | null;
  /** Reported minimum Step 2 CK score. */
  readonly minStep2: number | null;
  /** Most years since graduation the program accepts. */
  readonly yogCutoff: number | null;
  /** Most failed USMLE attempts the program accepts (0 = first attempt only). */
  readonly maxAttempts: number | null;
  readonly usceRequired: boolean | null;
  /** Takes part in ERAS program signalling. */
  readonly signals: boolean | null;
  readonly deadlines: ProgramDeadlines | null;
  readonly website: string | null;
  /** True for generated sample records: these are not real programs. */
  readonly synthetic: boolean;
  /** Step 2 CK median of matched residents (the program's "typical" score). */
  readonly typicalStep2: number | null;
  /** 10th / 90th percentile of interviewed applicants' Step 2 CK. */
  readonly step2P10: number | null;
  readonly step2P90: number | null;
}

// --- The program list (eligibility, interview model, tiers) -------------------------------------

export const INELIGIBILITY_CODES = [
  'imgs-not-accepted',
  'visa-j1-not-accepted',
  'visa-h1b-not-sponsored',
  'visa-h1b-step3-required',
  'graduation-too-long-ago',
  'too-many-attempts',
  'step2-below-minimum',
  'usce-required',
  'ecfmg-not-certified',
] as const;
export type IneligibilityCode = (typeof INELIGIBILITY_CODES)[number];

/** Unknowns worth checking with the program; never a reason to exclude. */
export const WARNING_CODES = ['visa-unknown', 'step2-unknown', 'requirements-unknown'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Reason<C extends string = IneligibilityCode> {
  readonly code: C;
  readonly message: string;
}

/** The interview model's terms (programs/list/scoring.ts), one factor each. */
export const FACTOR_CODES = [
  'baseline',
  'step2',
  'img-share',
  'usce',
  'research',
  'location',
  'signal',
  'attempts',
  'yog',
] as const;
export type FactorCode = (typeof FACTOR_CODES)[number];

export interface Factor {
  readonly code: FactorCode;
  readonly label: string;
  /** The input the term is computed from (points, share, months, …); null when unknown. */
  readonly value: number | string | null;
  /** Log-odds contribution; the contributions sum to the logit. */
  readonly contribution: number;
}

export const TIERS = ['safety', 'target', 'reach'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_REASONS = [
  'low-probability',
  'step2-below-p10',
  'strong-fit',
  'probability-in-target-band',
  'safety-condition-unmet',
] as const;
export type TierReason = (typeof TIER_REASONS)[number];
