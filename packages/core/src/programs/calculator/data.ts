import type { EstimateQuality, Source } from '../../vocabulary/programs.ts';

/**
 * Parameters of the match calculator: MatchReady's own rounded numbers with their sources.
 * - The P(match | k contiguous ranks) curves are MatchReady model outputs
 *   (docs/sources.md#matchready-match-probability-model: Bayes' rule over negative-binomial fits of
 *   the matched / unmatched groups in NRMP Charting Outcomes: Non-U.S. IMGs 2026), rounded to 0.01.
 * - Step 2 CK group means are Charting Outcomes 2026 figures; the SD is our pooled, rounded SD.
 * Replace this file when NRMP publishes a new edition (Charting Outcomes is now annual).
 */

export const CO2026_SOURCE = {
  source: 'nrmp-charting-outcomes-non-us-img-2026',
  title: 'NRMP, Charting Outcomes: Non-U.S. IMGs, 2026 Main Residency Match (Jul 2026)',
  url: 'https://www.nrmp.org/wp-content/uploads/2026/07/Non-US-IMG_Charting-Outcomes_FINAL.pdf',
} as const;

export const MODEL_SOURCE: Source = {
  source: 'matchready-match-probability-model',
  title:
    'MatchReady’s estimates of P(match) by contiguous ranks and Step 2 CK, modelled from the group statistics in NRMP Charting Outcomes: Non-U.S. IMGs 2026',
  url: CO2026_SOURCE.url,
};

/** NRMP's own publication of the 2025 rates by applicant type (docs/sources.md#nrmp-results-and-data-2025). */
const RESULTS_2025 = {
  source: 'nrmp-results-and-data-2025',
  title: 'NRMP, Results and Data: 2025 Main Residency Match (PGY-1 match rates by applicant type)',
  url: 'https://www.nrmp.org/match-data-analytics/residency-data-reports/',
} as const;

/** 2025 PGY-1 match rates by applicant type (percent): US-citizen IMGs and non-US-citizen IMGs. */
export const REFERENCE_RATES = {
  usImgPct: 67.8,
  nonUsImgPct: 58.0,
  sources: [
    { ...RESULTS_2025, factId: 'match2025.rate.usimg' },
    { ...RESULTS_2025, factId: 'match2025.rate.nonusimg' },
  ] as readonly Source[],
} as const;

/** The k values the curves are tabulated at; interpolate linearly between them, never beyond 20. */
export const CURVE_RANKS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20] as const;

export interface CalculatorSpecialty {
  readonly specialty: string;
  /** P(match to the preferred specialty | k contiguous ranks), non-US IMGs, at CURVE_RANKS. */
  readonly curve: readonly number[];
  readonly step2: {
    readonly matchedMean: number;
    readonly unmatchedMean: number;
    readonly pooledSd: number;
    /** false where matched and unmatched means barely differ (or invert): no adjustment. */
    readonly informative: boolean;
  };
  readonly observedRatePct: number;
  readonly quality: EstimateQuality;
  readonly note: string | null;
  readonly factId: string;
}

const spec = (
  specialty: string,
  curve: readonly number[],
  step2: CalculatorSpecialty['step2'],
  observedRatePct: number,
  quality: CalculatorSpecialty['quality'],
  factId: string,
  note: string | null = null,
): CalculatorSpecialty => ({ specialty, curve, step2, observedRatePct, quality, note, factId });

export const CALCULATOR_SPECIALTIES: readonly CalculatorSpecialty[] = [
  spec(
    'internal-medicine',
    [0.16, 0.35, 0.49, 0.59, 0.66, 0.72, 0.81, 0.86, 0.9, 0.94, 0.97],
    { matchedMean: 249, unmatchedMean: 242, pooledSd: 14, informative: true },
    48.5,
    'good',
    'co2026.spec.internal_medicine',
  ),
  spec(
    'family-medicine',
    [0.28, 0.58, 0.68, 0.74, 0.78, 0.81, 0.85, 0.88, 0.91, 0.93, 0.96],
    { matchedMean: 231, unmatchedMean: 232, pooledSd: 13, informative: false },
    53.9,
    'usable',
    'co2026.spec.family_medicine',
    'Step 2 CK does not separate matched from unmatched applicants in Family Medicine; no Step 2 adjustment.',
  ),
  spec(
    'pediatrics',
    [0.2, 0.52, 0.72, 0.84, 0.9, 0.94, 0.98, 0.99, 1, 1, 1],
    { matchedMean: 241, unmatchedMean: 234, pooledSd: 13, informative: true },
    68.5,
    'usable',
    'co2026.spec.pediatrics',
    'The curve reaches 0.98–1.00 from 8 ranks because unmatched applicants cluster at 1–2 ranks: overconfident, hence the 0.95 cap.',
  ),
  spec(
    'psychiatry',
    [0.25, 0.45, 0.58, 0.67, 0.74, 0.79, 0.85, 0.9, 0.92, 0.95, 0.98],
    { matchedMean: 242, unmatchedMean: 237, pooledSd: 15, informative: true },
    58.4,
    'usable',
    'co2026.spec.psychiatry',
  ),
  spec(
    'neurology',
    [0.11, 0.26, 0.39, 0.48, 0.56, 0.62, 0.7, 0.76, 0.8, 0.84, 0.89],
    { matchedMean: 250, unmatchedMean: 243, pooledSd: 14, informative: true },
    41.9,
    'usable',
    'co2026.spec.neurology',
  ),
  spec(
    'pathology',
    [0.14, 0.22, 0.3, 0.38, 0.46, 0.53, 0.66, 0.77, 0.84, 0.92, 0.97],
    { matchedMean: 243, unmatchedMean: 236, pooledSd: 13, informative: true },
    45.1,
    'usable',
    'co2026.spec.pathology',
  ),
  spec(
    'anesthesiology',
    [0.12, 0.32, 0.46, 0.56, 0.63, 0.68, 0.75, 0.79, 0.82, 0.85, 0.88],
    { matchedMean: 252, unmatchedMean: 246, pooledSd: 13, informative: true },
    38.7,
    'usable',
    'co2026.spec.anesthesiology',
    'Small sample (76 matched / 108 unmatched respondents).',
  ),
  spec(
    'diagnostic-radiology',
    [0.19, 0.43, 0.61, 0.73, 0.81, 0.86, 0.92, 0.95, 0.97, 0.98, 0.99],
    { matchedMean: 251, unmatchedMean: 250, pooledSd: 15, informative: false },
    58.3,
    'usable',
    'co2026.spec.radiology_(diagnostic)',
    'Small sample; Step 2 CK carries almost no signal in Diagnostic Radiology; no Step 2 adjustment.',
  ),
  spec(
    'emergency-medicine',
    [0.23, 0.62, 0.73, 0.78, 0.81, 0.83, 0.85, 0.85, 0.86, 0.85, 0.83],
    { matchedMean: 244, unmatchedMean: 236, pooledSd: 14, informative: true },
    54.1,
    'low',
    'co2026.spec.emergency_medicine',
    'LOW CONFIDENCE: small sample; the plateau near 0.85 is a fitting artefact. Compare with the observed rate.',
  ),
  spec(
    'obstetrics-gynecology',
    [0.15, 0.23, 0.36, 0.54, 0.71, 0.84, 0.96, 0.99, 1, 1, 1],
    { matchedMean: 245, unmatchedMean: 238, pooledSd: 12, informative: true },
    32.8,
    'low',
    'co2026.spec.ob_gyn',
    'Small sample (38 / 76 respondents); the curve is overconfident from 8 ranks, hence the 0.95 cap.',
  ),
  spec(
    'general-surgery',
    [0.17, 0.33, 0.4, 0.44, 0.47, 0.49, 0.52, 0.53, 0.54, 0.55, 0.54],
    { matchedMean: 253, unmatchedMean: 246, pooledSd: 14, informative: true },
    28.6,
    'low',
    'co2026.spec.general_surgery',
    'LOW CONFIDENCE: the plateau near 0.5 is a fitting artefact; the real constraint is obtaining interviews.',
  ),
];

/** Share of the Step 2 CK log-likelihood ratio kept, because ranks and Step 2 are correlated (docs/sources.md#matchready-match-probability-model). */
export const STEP2_SHRINK = 0.5;
/** Scores are clamped to this range before the (linear) log LR so extreme inputs cannot dominate. */
export const STEP2_RANGE = [200, 280] as const;
/** Displayed probabilities never exceed this: curves reaching 0.98–1.00 are overconfident (docs/sources.md#matchready-match-probability-model). */
export const DISPLAY_CAP = 0.95;
