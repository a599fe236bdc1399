// '@matchready/core/programs': the list builder (./list), the match calculator (./calculator), the
// synthetic sample (./synthetic) and "simulate my match" (./market). Pure: no I/O, no clock, no
// Math.random. The records and codes they speak (program, profile, tiers, reasons) are vocabulary.

export * from '../vocabulary/programs.ts';
export { US_CITIZEN_IMG_ADJUSTMENT } from './applicant-types.ts';
export {
  CALCULATOR_SPECIALTIES,
  DISPLAY_CAP,
  REFERENCE_RATES,
  STEP2_SHRINK,
} from './calculator/data.ts';
export {
  CALCULATOR_MAX_RANKS,
  calculatorSpecialties,
  estimateMatchProbability,
  type MatchCalculatorInput,
} from './calculator/estimate.ts';
export { regionOf, STATE_REGION } from './geography.ts';
export {
  type BuildListOptions,
  buildProgramList,
  type ProgramList,
  type ProgramListEntry,
  type ProgramListSummary,
} from './list/build-list.ts';
export { checkEligibility, type EligibilityResult } from './list/eligibility.ts';
export {
  compileProgramFilter,
  type EntryFilter,
  filterEntries,
  filterPrograms,
  type ProgramFilter,
  sortEntries,
  sortPrograms,
} from './list/filters.ts';
export {
  LIST_SIZE_RULE,
  type ListSizeOptions,
  suggestListSize,
} from './list/list-size.ts';
export {
  INTERVIEW_MODEL,
  type InterviewModel,
  type InterviewScore,
  prepareScoring,
  type ScoringContext,
  scoreProgram,
  typicalProgramLogit,
} from './list/scoring.ts';
export {
  assignTier,
  displayedChance,
  explainTier,
  TIER_REASON_TEXT,
  TIER_RULE,
  type TierAssignment,
} from './list/tiers.ts';
export {
  type BaseMarket,
  buildBaseMarket,
  buildMarket,
  MARKET_APPLICANT_ID,
  type MarketInput,
} from './market/build.ts';
export {
  buildCombinedMarket,
  type CombinedMarket,
} from './market/combined.ts';
export { MARKET_COMPOSITION, MARKET_MODEL } from './market/data.ts';
export {
  MAX_RUNS,
  mergeSimulations,
  type SimulateInput,
  simulateMatch,
} from './market/simulate.ts';
export { checkProfile, type MatchYearOption, yearsSinceGraduation } from './profile.ts';
export { NULLABLE_PROGRAM_FIELDS, unknownProgram } from './program.ts';
export {
  normalizeSpecialty,
  SPECIALTIES,
  SPECIALTY_TRACK_GROUPS,
  type SpecialtyInfo,
  type SpecialtyTrackGroup,
  specialtyInfo,
} from './specialties.ts';
export {
  generateSyntheticPrograms,
  SYNTHETIC_ASSUMPTIONS,
  SYNTHETIC_LABEL,
  type SyntheticDataset,
  type SyntheticOptions,
} from './synthetic/generate.ts';
