import {
  ADMITTING_REASONS,
  type ChoiceExplanation,
  type Explanation,
  type ExplanationCode,
  explainOutcome,
  type MatchOutcome,
  type MatchProblem,
  type ProgramReason,
} from '@matchready/core';

export interface MatchExplanationEntry {
  readonly rank: number;
  /** The program, or for a couple the pair ("P1 + P2", "P1 + no match"). */
  readonly programId: string;
  /** `matched`, `below-your-match`, `blocking-pair`, `filled-with-preferred`, or an engine code. */
  readonly verdict: string;
  readonly message: string;
  readonly list: ChoiceExplanation['list'];
  readonly programs: readonly (string | null)[];
  readonly blocking: boolean;
  /** The engine's reasons, one per program involved. */
  readonly reasons: readonly ProgramReason[];
}

export interface MatchExplanation {
  readonly runId: string;
  readonly applicantId: string;
  readonly matchedProgram: string | null;
  readonly matchedRank: number | null;
  readonly entries: readonly MatchExplanationEntry[];
  readonly summary: string;
  readonly couple: string | null;
  readonly partner: string | null;
  readonly supplementalResult: string | null;
}

export const ordinal = (n: number): string => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

const VERDICTS: Partial<Record<ExplanationCode, string>> = {
  'filled-by-higher-ranked': 'filled-with-preferred',
};

const label = (programs: readonly (string | null)[]): string =>
  programs.map((program) => program ?? 'no match').join(' + ');

function fromChoice(choice: ChoiceExplanation): MatchExplanationEntry {
  // The core's admission rule: the first reason that does not admit the applicant explains the refusal.
  const refusal = choice.reasons.find((reason) => !ADMITTING_REASONS.has(reason.code));
  const verdict = choice.blocking
    ? 'blocking-pair'
    : refusal
      ? (VERDICTS[refusal.code] ?? refusal.code)
      : 'unavailable';
  const message = choice.blocking
    ? `${choice.reasons.map((reason) => reason.message).join(' ')} This outcome is not stable here.`
    : (refusal?.message ?? 'This choice was not available.');
  return {
    rank: choice.choice,
    programId: label(choice.programs),
    verdict,
    message,
    list: choice.list,
    programs: choice.programs,
    blocking: choice.blocking,
    reasons: choice.reasons,
  };
}

/** The applicant's primary (or couple) list: [program or pair] in order. */
function listOf(problem: MatchProblem, explanation: Explanation): (readonly (string | null)[])[] {
  if (explanation.couple !== null) {
    // Pairs stay in the couple's member order, as the engine reports them.
    return problem.couples?.find((c) => c.id === explanation.couple)?.ranking.slice() ?? [];
  }
  const applicant = problem.applicants.find((a) => a.id === explanation.applicant);
  return (applicant?.ranking ?? []).map((program) => [program]);
}

interface RunLike {
  readonly id: string;
  readonly problem: MatchProblem;
  readonly outcome: MatchOutcome;
}

/**
 * The engine's explanation (explainOutcome: the blocking-pair admission rules) laid out as the
 * applicant's list: a verdict for every choice above the result, the result, then the rest.
 * Undefined for an applicant the run does not know.
 */
export function explainApplicant(run: RunLike, applicantId: string): MatchExplanation | undefined {
  const result = explainOutcome(run.problem, run.outcome, applicantId);
  return result.ok ? layoutExplanation(run, result.value) : undefined;
}

/** The layout half of explainApplicant, for an explanation the engine made elsewhere (a worker). */
export function layoutExplanation(run: RunLike, explanation: Explanation): MatchExplanation {
  const list = explanation.couple !== null ? 'couple' : 'primary';
  const entries: MatchExplanationEntry[] = explanation.choices.map(fromChoice);
  const matchedRank = explanation.resultChoice;
  const lists = listOf(run.problem, explanation);
  if (matchedRank !== null) {
    lists.slice(matchedRank - 1).forEach((programs, offset) => {
      const rank = matchedRank + offset;
      const matched = offset === 0;
      entries.push({
        rank,
        programId: label(programs),
        verdict: matched ? 'matched' : 'below-your-match',
        message: matched
          ? `Matched here: ${list === 'couple' ? 'your couple’s' : 'your'} ${ordinal(rank)} choice.`
          : 'You matched at a choice you ranked higher, so this one was never needed.',
        list,
        programs,
        blocking: false,
        reasons: [],
      });
    });
  }
  const who = explanation.applicant;
  const extra = explanation.supplementalResult
    ? `, with a preliminary year at ${explanation.supplementalResult}`
    : '';
  const summary =
    explanation.result === null
      ? `${who} did not match${lists.length === 0 ? ' (their list was empty)' : ''}.`
      : `${who} matched at ${explanation.result}${matchedRank === null ? '' : `, ${list === 'couple' ? 'the couple’s' : 'their'} ${ordinal(matchedRank)} choice`}${extra}.`;
  return {
    runId: run.id,
    applicantId: who,
    matchedProgram: explanation.result,
    matchedRank,
    entries: entries.sort((a, b) =>
      a.list === b.list ? a.rank - b.rank : a.list === 'supplemental' ? 1 : -1,
    ),
    summary,
    couple: explanation.couple,
    partner: explanation.partner,
    supplementalResult: explanation.supplementalResult,
  };
}
