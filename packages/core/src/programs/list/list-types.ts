/** The program list's result types (build-list.ts builds them; filters.ts sorts and filters them). */
import type {
  Factor,
  IneligibilityCode,
  ListSizeSuggestion,
  Reason,
  Tier,
  TierReason,
  WarningCode,
} from '../../vocabulary/programs.ts';

export interface ProgramListEntry {
  readonly id: string;
  readonly eligible: boolean;
  /** Why the program is not eligible (empty when eligible). */
  readonly reasons: readonly Reason<IneligibilityCode>[];
  /** Unknowns worth checking; never a reason to exclude. */
  readonly warnings: readonly Reason<WarningCode>[];
  /** Always null for an ineligible program. */
  readonly tier: Tier | null;
  readonly tierReason: TierReason | null;
  /** The model's estimated interview probability (0–1); null when ineligible. */
  readonly score: number | null;
  /** The chance to show: `score` kept inside its tier's band (tiers.ts displayedChance); null when ineligible. */
  readonly chance: number | null;
  /** Log-odds contributions, summing to logit(score); empty when ineligible. */
  readonly factors: readonly Factor[];
}

export interface ProgramListSummary {
  readonly total: number;
  readonly eligible: number;
  readonly ineligible: number;
  readonly tiers: Readonly<Record<Tier, number>>;
  /** Mean displayed chance over the eligible programs of THIS list (null when none): the header's rate. */
  readonly meanChance: number | null;
  /** How many programs each reason excluded (a program can have several). */
  readonly reasons: Readonly<Partial<Record<IneligibilityCode, number>>>;
  /** One suggestion per profile specialty the catalogue knows. */
  readonly suggestions: readonly ListSizeSuggestion[];
}

export interface ProgramList {
  readonly programs: readonly ProgramListEntry[];
  readonly summary: ProgramListSummary;
}
