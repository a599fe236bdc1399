/**
 * How many programs to apply to in a specialty, and the reach/target/safety mix. ASSUMPTION
 * (docs/program-tiers.md): applications = ranks needed ÷ expected interview rate, where
 *  - ranks needed = fewest contiguous ranks at which the match calculator reaches the target
 *    probability (default 0.75) for this applicant's Step 2 CK and type (10 when the specialty has
 *    no curve; 20 when the curve never reaches the target);
 *  - expected interview rate = the interview model's probability at a typical program of the
 *    specialty (every program attribute unknown), which already falls with lower Step 2 CK,
 *    failed attempts, years since graduation and little USCE.
 * Weaker profiles therefore get longer lists. Mix ~20% reach, ~50% target, ~30% safety
 * (an assumption, docs/program-tiers.md §4).
 */
import { fail, ok, type Result } from '../../shared/result.ts';
import type { ApplicantProfile, ListSizeSuggestion } from '../../vocabulary/programs.ts';
import { CALCULATOR_MAX_RANKS, estimateMatchProbability } from '../calculator/estimate.ts';
import type { MatchYearOption } from '../profile.ts';
import { normalizeSpecialty } from '../specialties.ts';
import { prepareScoring, typicalProgramLogit } from './scoring.ts';

export const LIST_SIZE_RULE = {
  targetProbability: 0.75,
  ranksWithoutCurve: 10,
  minPrograms: 20,
  maxPrograms: 300,
  mix: { reach: 0.2, target: 0.5, safety: 0.3 },
} as const;

export interface ListSizeOptions extends MatchYearOption {
  readonly targetProbability?: number;
}

export function suggestListSize(
  profile: ApplicantProfile,
  specialty: string,
  options: ListSizeOptions,
): Result<ListSizeSuggestion> {
  const id = normalizeSpecialty(specialty);
  if (id === null) {
    return fail([
      {
        code: 'unknown-specialty',
        path: ['specialty'],
        message: `Unknown specialty "${specialty}".`,
      },
    ]);
  }
  const target = options.targetProbability ?? LIST_SIZE_RULE.targetProbability;
  const assumptions = [
    'Applications = interviews needed ÷ expected interview rate at a typical program (MatchReady assumption, not a published rule).',
    'Mix of about 20% reach, 50% target and 30% safety programs (assumption).',
  ];

  let ranksNeeded: number = LIST_SIZE_RULE.ranksWithoutCurve;
  let reachable = true;
  const estimate = estimateMatchProbability({
    specialty: id,
    applicantType: profile.applicantType,
    ranks: 1,
    step2: profile.step2,
  });
  if (estimate.ok) {
    const hit = estimate.value.curve.find((point) => point.probability >= target);
    reachable = hit !== undefined;
    ranksNeeded = hit?.ranks ?? CALCULATOR_MAX_RANKS;
    if (!reachable)
      assumptions.push(
        `The calculator never reaches ${Math.round(target * 100)}% in this specialty; 20 interviews assumed. Consider applying to a second specialty.`,
      );
  } else {
    assumptions.push(
      `No match-probability curve for this specialty; ${LIST_SIZE_RULE.ranksWithoutCurve} interviews assumed.`,
    );
  }

  const rate =
    1 / (1 + Math.exp(-typicalProgramLogit(prepareScoring(profile, options.matchYear), id)));
  const raw = Math.ceil(ranksNeeded / rate);
  const total = Math.min(LIST_SIZE_RULE.maxPrograms, Math.max(LIST_SIZE_RULE.minPrograms, raw));
  const reach = Math.round(total * LIST_SIZE_RULE.mix.reach);
  const safety = Math.round(total * LIST_SIZE_RULE.mix.safety);
  return ok({
    specialty: id,
    total,
    reach,
    target: total - reach - safety,
    safety,
    ranksNeeded,
    targetProbability: target,
    targetReachable: reachable,
    expectedInterviewRate: rate,
    capped: raw > LIST_SIZE_RULE.maxPrograms,
    assumptions,
  });
}
