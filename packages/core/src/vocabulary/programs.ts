/**
 * Program words: the applicant profile the list builder, calculator and simulator read, the
 * program record, tiers, the interview model's factor codes and the eligibility reason codes.
 * Codes and types only.
 */

/**
 * IMG applicant types as the NRMP reports them, by citizenship (decision 037,
 * docs/sources.md#nrmp-results-and-data-2025): `us-img` is a US citizen who studied medicine
 * outside the US and Canada; `non-us-img` is any other IMG, permanent residents included (they may
 * need no visa: that is the separate `visa` field, not the type).
 */
export const APPLICANT_TYPES = ['non-us-img', 'us-img'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** The words every screen, CLI output and doc uses for the applicant types. */
export const APPLICANT_TYPE_LABELS: Readonly<
  Record<ApplicantType, { readonly short: string; readonly long: string }>
> = {
  'non-us-img': {
    short: 'Non-US-citizen IMG',
    long: 'Non-US-citizen IMG (not a US citizen; permanent residents included)',
  },
  'us-img': { short: 'US-citizen IMG', long: 'US-citizen IMG (a US citizen)' },
};

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

/** The four US Census Bureau statistical regions (docs/sources.md#census-regions). */
export const REGIONS = ['northeast', 'midwest', 'south', 'west'] as const;
export type Region = (typeof REGIONS)[number];

/** USPS codes of the places that host ACGME residency programs: the 50 states, DC, PR, GU, VI, AS, MP. */
// biome-ignore format: a table of codes, not one per line
export const US_STATE_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN',
  'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH',
  'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT',
  'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'GU', 'VI', 'AS', 'MP',
] as const;
export type UsStateCode = (typeof US_STATE_CODES)[number];

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

export interface ListSizeSuggestion {
  readonly specialty: string;
  readonly total: number;
  readonly reach: number;
  readonly target: number;
  readonly safety: number;
  /** Contiguous ranks (≈ interviews) needed to reach the target probability. */
  readonly ranksNeeded: number;
  readonly targetProbability: number;
  /** Whether the calculator reaches the target at all within 20 ranks. */
  readonly targetReachable: boolean;
  readonly expectedInterviewRate: number;
  /** The raw count exceeded maxPrograms: widen to other specialties rather than apply to more. */
  readonly capped: boolean;
  readonly assumptions: readonly string[];
}

// --- The match calculator (programs/calculator/) ------------------------------------------------

/** A public source a figure comes from (docs/sources.md lists them all). */
export interface Source {
  /** Its id in docs/sources.md (a heading there; a test checks every id exists and is used). */
  readonly source: string;
  readonly title: string;
  readonly url: string;
  readonly factId?: string;
}

/** How well the public data supports a specialty's curve. */
export const ESTIMATE_QUALITIES = ['good', 'usable', 'low'] as const;
export type EstimateQuality = (typeof ESTIMATE_QUALITIES)[number];

export const MATCH_ESTIMATE_LABEL = 'Estimate from aggregate NRMP data';

export interface Step2Adjustment {
  readonly step2: number | null;
  readonly applied: boolean;
  /** ln LR of the score under equal-variance normal fits of matched vs unmatched applicants. */
  readonly logLikelihoodRatio: number;
  readonly shrink: number;
  /** What was added to the log-odds: shrink × ln LR (0 when not applied). */
  readonly logOddsShift: number;
}

export interface MatchEstimate {
  readonly label: typeof MATCH_ESTIMATE_LABEL;
  readonly probability: number;
  readonly ranks: number;
  readonly curve: readonly { readonly ranks: number; readonly probability: number }[];
  readonly specialty: string;
  readonly applicantType: ApplicantType;
  readonly step2Adjustment: Step2Adjustment;
  readonly quality: EstimateQuality;
  /** Observed 2026 match rate of non-US IMGs preferring the specialty, 0–1. */
  readonly observedRate?: number;
  /** 2025 PGY-1 match rates by applicant type, 0–1, to show beside the estimate. */
  readonly referenceRates: { readonly usImg: number; readonly nonUsImg: number };
  readonly sources: readonly Source[];
  readonly caveats: readonly string[];
}

// --- "Simulate my match" (programs/market/) -----------------------------------------------------

/** Competing applicants of the synthetic market, by NRMP applicant group. */
export const COMPETITOR_TYPES = ['us-md', 'do', 'us-img', 'non-us-img'] as const;
export type CompetitorType = (typeof COMPETITOR_TYPES)[number];

export const SIMULATION_LABEL = 'Simulation on a synthetic market';

export interface SimulationResult {
  readonly label: typeof SIMULATION_LABEL;
  readonly specialty: string;
  readonly seed: number;
  /** Index of the first run; two workers split the runs and their results are merged. */
  readonly firstRun: number;
  readonly runs: number;
  readonly competitors: number;
  readonly positions: number;
  readonly rankList: readonly string[];
  /** matchedAt[k] = runs in which the applicant matched at choice k + 1. */
  readonly matchedAt: readonly number[];
  readonly unmatched: number;
  /** Choices 1…n then unmatched (choice null); counts sum to runs. */
  readonly distribution: readonly {
    readonly choice: number | null;
    readonly programId: string | null;
    readonly count: number;
    readonly probability: number;
  }[];
  readonly pMatch: number;
  /** P(match) had the list stopped after its first k programs, k = 1…n. */
  readonly rankSensitivity: readonly { readonly ranks: number; readonly probability: number }[];
  readonly market: {
    readonly competitorsByType: Readonly<Record<CompetitorType, number>>;
    /** Competitors matched, summed over runs, by type (divide by runs × count for a rate). */
    readonly matchedByType: Readonly<Record<CompetitorType, number>>;
    readonly matchRateByType: Readonly<Record<CompetitorType, number>>;
    /** Positions filled, summed over runs, and the mean share of positions filled. */
    readonly filledPositions: number;
    readonly fillRate: number;
  };
  readonly caveats: readonly string[];
}
