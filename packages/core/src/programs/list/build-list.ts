/**
 * The program list: hard eligibility first (eligibility.ts), then for eligible programs the
 * interview-likelihood score (scoring.ts) and a tier (tiers.ts). One pass over the programs with
 * per-applicant terms computed once; designed for 3,000 programs in well under 20 ms.
 */
import type { Result } from '../../shared/result.ts';
import { fail, ok } from '../../shared/result.ts';
import type {
  ApplicantProfile,
  IneligibilityCode,
  ListSizeSuggestion,
  Program,
} from '../../vocabulary/programs.ts';
import { checkProfile, type MatchYearOption } from '../profile.ts';
import { normalizeSpecialty } from '../specialties.ts';
import { checkEligibility } from './eligibility.ts';
import { compileProgramFilter, type ProgramFilter } from './filters.ts';
import { suggestListSize } from './list-size.ts';
import type { ProgramList, ProgramListEntry } from './list-types.ts';
import {
  INTERVIEW_MODEL,
  type InterviewModel,
  lookupSpecialty,
  prepareScoring,
  scoreProgram,
} from './scoring.ts';
import { assignTier, displayedChance } from './tiers.ts';

export interface BuildListOptions extends MatchYearOption {
  /** Which programs to consider. Default: the profile's specialties (all programs if it lists none). */
  readonly filter?: ProgramFilter;
  readonly model?: InterviewModel;
}

export type { ProgramList, ProgramListEntry, ProgramListSummary } from './list-types.ts';

const NONE: readonly never[] = Object.freeze([]);

export function buildProgramList(
  profile: ApplicantProfile,
  programs: readonly Program[],
  options: BuildListOptions,
): Result<ProgramList> {
  const checked = checkProfile(profile, options.matchYear);
  if (!checked.ok) return fail(checked.issues);

  const keep = compileProgramFilter(options.filter ?? { specialties: profile.specialties });
  const ctx = prepareScoring(profile, options.matchYear, options.model ?? INTERVIEW_MODEL);
  const entries: ProgramListEntry[] = [];
  const tiers = { safety: 0, target: 0, reach: 0 };
  const reasonCounts: Partial<Record<IneligibilityCode, number>> = {};
  let eligibleCount = 0;
  let chanceSum = 0;

  for (const program of programs) {
    if (!keep(program)) continue;
    const eligibility = checkEligibility(program, profile, ctx.yearsSinceGrad);
    if (!eligibility.eligible) {
      for (const r of eligibility.reasons) reasonCounts[r.code] = (reasonCounts[r.code] ?? 0) + 1;
      entries.push({
        id: program.id,
        eligible: false,
        reasons: eligibility.reasons,
        warnings: eligibility.warnings,
        tier: null,
        tierReason: null,
        score: null,
        chance: null,
        factors: NONE,
      });
      continue;
    }
    eligibleCount++;
    const score = scoreProgram(program, ctx);
    const tier = assignTier(
      score.probability,
      program,
      profile,
      lookupSpecialty(ctx, program.specialty),
    );
    tiers[tier.tier]++;
    const chance = displayedChance(score.probability, tier.tier);
    chanceSum += chance;
    entries.push({
      id: program.id,
      eligible: true,
      reasons: NONE,
      warnings: eligibility.warnings,
      tier: tier.tier,
      tierReason: tier.reason,
      score: score.probability,
      chance,
      factors: score.factors,
    });
  }

  const suggestions: ListSizeSuggestion[] = [];
  const seen = new Set<string>();
  for (const s of profile.specialties) {
    const id = normalizeSpecialty(s);
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    const suggestion = suggestListSize(profile, id, { matchYear: options.matchYear });
    if (suggestion.ok) suggestions.push(suggestion.value);
  }

  return ok({
    programs: entries,
    summary: {
      total: entries.length,
      eligible: eligibleCount,
      ineligible: entries.length - eligibleCount,
      tiers,
      meanChance: eligibleCount === 0 ? null : chanceSum / eligibleCount,
      reasons: reasonCounts,
      suggestions,
    },
  });
}
