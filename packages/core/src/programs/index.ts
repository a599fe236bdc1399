// '@matchready/core/programs': program records, the list builder, the match calculator, the
// synthetic sample and "simulate my match". Pure: no I/O, no clock, no Math.random.

export {
  type BuildListOptions,
  buildProgramList,
  type ProgramList,
  type ProgramListEntry,
  type ProgramListSummary,
} from './build-list.ts';
export {
  CALCULATOR_MAX_RANKS,
  calculatorSpecialties,
  estimateMatchProbability,
  type MatchCalculatorInput,
  type MatchEstimate,
  type Step2Adjustment,
  US_IMG_ODDS_SCALE,
} from './calculator.ts';
export {
  CALCULATOR_SPECIALTIES,
  DISPLAY_CAP,
  type Source,
  STEP2_SHRINK,
} from './calculator-data.ts';
export {
  checkEligibility,
  type EligibilityResult,
  INELIGIBILITY_CODES,
  type IneligibilityCode,
  type Reason,
  WARNING_CODES,
  type WarningCode,
} from './eligibility.ts';
export {
  compileProgramFilter,
  type EntryFilter,
  filterEntries,
  filterPrograms,
  type ProgramFilter,
  sortEntries,
  sortPrograms,
} from './filters.ts';
export { regionOf, STATE_REGION } from './geography.ts';
export {
  LIST_SIZE_RULE,
  type ListSizeOptions,
  type ListSizeSuggestion,
  suggestListSize,
} from './list-size.ts';
export {
  type BaseMarket,
  buildBaseMarket,
  buildMarket,
  MARKET_APPLICANT_ID,
  type MarketInput,
} from './market.ts';
export { COMPETITOR_TYPES, type CompetitorType, MARKET_MODEL } from './market-data.ts';
export {
  APPLICANT_TYPES,
  type ApplicantProfile,
  type ApplicantType,
  checkProfile,
  type MatchYearOption,
  VISA_NEEDS,
  type VisaNeed,
  yearsSinceGraduation,
} from './profile.ts';
export {
  AFFILIATIONS,
  type Affiliation,
  NULLABLE_PROGRAM_FIELDS,
  type Program,
  type ProgramDeadlines,
  REGIONS,
  type Region,
  TRACKS,
  type Track,
  unknownProgram,
} from './program.ts';
export {
  FACTOR_CODES,
  type Factor,
  type FactorCode,
  INTERVIEW_MODEL,
  type InterviewModel,
  type InterviewScore,
  prepareScoring,
  type ScoringContext,
  scoreProgram,
  typicalProgramLogit,
} from './scoring.ts';
export {
  MAX_RUNS,
  mergeSimulations,
  type SimulateInput,
  type SimulationResult,
  simulateMatch,
} from './simulate.ts';
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
} from './synthetic.ts';
export {
  assignTier,
  TIER_REASON_TEXT,
  TIER_RULE,
  TIERS,
  type Tier,
  type TierAssignment,
  type TierReason,
} from './tiers.ts';
