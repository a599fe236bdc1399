/**
 * "Why did I not match at X?": for every choice an applicant ranked above its result, the reason
 * each program involved did not take it, from the same admission rules as the stability checker
 * (blocking-pairs.ts). Plain data with codes and ids; `message` is an English convenience.
 * O(Σ list length + applicants) per call.
 */
import { fail, ok, type Result } from '../shared/result.ts';
import type {
  ChoiceList,
  ExplanationCode,
  MatchProblem,
  ProgramReason,
} from '../vocabulary/matching.ts';
import { admitBoth, admitOne } from './blocking-pairs.ts';
import {
  createMatchingView,
  type Matching,
  type MatchingView,
  rankAt,
  stampRanks,
  UNRANKED,
} from './matching-view.ts';

export interface ChoiceExplanation {
  readonly list: ChoiceList;
  /** 1-based position on that list. */
  readonly choice: number;
  /** The program, or the couple's pair (null = no match for that member). */
  readonly programs: readonly (string | null)[];
  /** True when this choice is a blocking pair: the outcome is not stable for this applicant. */
  readonly blocking: boolean;
  readonly reasons: readonly ProgramReason[];
}

export interface Explanation {
  readonly applicant: string;
  readonly couple: string | null;
  readonly partner: string | null;
  readonly result: string | null;
  /** 1-based position of the result on the applicant's (or couple's) list, null when unmatched. */
  readonly resultChoice: number | null;
  readonly supplementalResult: string | null;
  /** Every choice ranked above the result, best first. */
  readonly choices: readonly ChoiceExplanation[];
}

/** Reasons under which a program would take the applicant: any other reason is a refusal. */
export const ADMITTING_REASONS: ReadonlySet<ExplanationCode> = new Set([
  'free-position',
  'ranked-above-assignee',
  'stays',
  'no-match-entry',
  'room-for-both',
]);

/** Assignees of p other than x and y that p ranks above `rank`, best first. */
function higherRanked(v: MatchingView, p: number, rank: number, x: number, y: number): string[] {
  const program = v.problem.programs[p];
  if (program === undefined) return [];
  const out: string[] = [];
  program.ranking.forEach((id, r) => {
    const h = v.applicantIndex.get(id) ?? -1;
    if (r < rank && h >= 0 && h !== x && h !== y && (v.assigned[h] === p || v.prelim[h] === p))
      out.push(id);
  });
  return out;
}

function programReason(
  v: MatchingView,
  m: number,
  p: number,
  slot: 0 | 1,
  x: number,
  y: number,
): ProgramReason {
  const applicant = v.problem.applicants[m]?.id ?? '';
  const program = v.problem.programs[p]?.id ?? '';
  const rank = rankAt(v, m, p, slot);
  if (rank === UNRANKED)
    return {
      applicant,
      program,
      code: 'not-ranked-by-program',
      message: `${program} did not rank ${applicant}.`,
    };
  const applicantRank = rank + 1;
  if (v.capacity[p] === 0)
    return {
      applicant,
      program,
      code: 'no-positions',
      applicantRank,
      message: `${program} had no positions.`,
    };
  const admission = admitOne(v, p, rank, x, y);
  if (admission?.reason === 'free-position') {
    return {
      applicant,
      program,
      code: 'free-position',
      applicantRank,
      message: `${program} had a free position and ranked ${applicant}.`,
    };
  }
  if (admission) {
    const displaced = v.problem.applicants[admission.displaces]?.id ?? '';
    return {
      applicant,
      program,
      code: 'ranked-above-assignee',
      applicantRank,
      message: `${program} ranked ${applicant} above its assignee ${displaced}.`,
    };
  }
  const above = higherRanked(v, p, rank, x, y);
  return {
    applicant,
    program,
    code: 'filled-by-higher-ranked',
    applicantRank,
    higherRanked: above,
    message: `${program} filled its ${v.capacity[p]} position(s) with applicants it ranked higher (${above.length}).`,
  };
}

function explainSingle(v: MatchingView, a: number): ChoiceExplanation[] {
  const applicant = v.problem.applicants[a];
  if (applicant === undefined) return [];
  const choices: ChoiceExplanation[] = [];
  stampRanks(v, a, 0);
  const walk = (list: readonly string[], held: number, kind: 'primary' | 'supplemental'): void => {
    const current = held >= 0 ? list.findIndex((id) => v.programIndex.get(id) === held) : -1;
    const end = current >= 0 ? current : list.length;
    for (let k = 0; k < end; k++) {
      const p = v.programIndex.get(list[k] as string) ?? -1;
      if (p < 0) continue;
      const reason = programReason(v, a, p, 0, a, -1);
      choices.push({
        list: kind,
        choice: k + 1,
        programs: [list[k] as string],
        blocking: ADMITTING_REASONS.has(reason.code),
        reasons: [reason],
      });
    }
  };
  walk(applicant.ranking, v.assigned[a]!, 'primary');
  const heldId = v.problem.programs[v.assigned[a]!]?.id;
  const linked = applicant.supplementalLists?.find((s) =>
    s.advancedPrograms.some((id) => id === heldId),
  );
  if (linked) walk(linked.ranking, v.prelim[a]!, 'supplemental');
  return choices;
}

function explainCouple(v: MatchingView, c: number): ChoiceExplanation[] {
  const couple = v.problem.couples?.[c];
  if (couple === undefined) return [];
  const members = couple.members.map((id) => v.applicantIndex.get(id) ?? -1);
  const [m0, m1] = members as [number, number];
  stampRanks(v, m0, 0);
  stampRanks(v, m1, 1);
  const at = (id: string | null): number => (id === null ? -1 : (v.programIndex.get(id) ?? -2));
  const current = couple.ranking.findIndex(
    ([p, q]) => at(p) === v.assigned[m0] && at(q) === v.assigned[m1],
  );
  const end =
    current >= 0 && (v.assigned[m0]! >= 0 || v.assigned[m1]! >= 0)
      ? current
      : couple.ranking.length;
  const choices: ChoiceExplanation[] = [];
  for (let k = 0; k < end; k++) {
    const pair = couple.ranking[k]!;
    const programs = [at(pair[0]), at(pair[1])];
    if (programs.includes(-2)) continue;
    const reasons = [0, 1].map((side): ProgramReason => {
      const m = members[side]!;
      const p = programs[side]!;
      const applicant = couple.members[side as 0 | 1];
      const program = pair[side as 0 | 1];
      if (p < 0)
        return {
          applicant,
          program: null,
          code: 'no-match-entry',
          message: `${applicant} goes unmatched in this pair.`,
        };
      if (p === programs[1 - side]) {
        const ranks = [rankAt(v, m0, p, 0), rankAt(v, m1, p, 1)];
        if (ranks[side] === UNRANKED) return programReason(v, m, p, side as 0 | 1, m0, m1);
        const both = !ranks.includes(UNRANKED) && admitBoth(v, p, ranks[0]!, ranks[1]!, m0, m1);
        const message = both
          ? `${program} would take both partners.`
          : `${program} could not take both partners at once.`;
        const higher = both ? [] : higherRanked(v, p, Math.max(ranks[0]!, ranks[1]!), m0, m1);
        return {
          applicant,
          program,
          code: both ? 'room-for-both' : 'not-room-for-both',
          applicantRank: ranks[side]! + 1,
          higherRanked: higher,
          message,
        };
      }
      if (p === v.assigned[m])
        return {
          applicant,
          program,
          code: 'stays',
          message: `${applicant} keeps ${program} in this pair.`,
        };
      return programReason(v, m, p, side as 0 | 1, m0, m1);
    });
    choices.push({
      list: 'couple',
      choice: k + 1,
      programs: [pair[0], pair[1]],
      blocking: reasons.every((r) => ADMITTING_REASONS.has(r.code)),
      reasons,
    });
  }
  return choices;
}

/** Explains the outcome for one applicant (single or couple member). Fails for an unknown id. */
export function explainOutcome(
  problem: MatchProblem,
  outcome: Matching,
  applicantId: string,
): Result<Explanation> {
  const v = createMatchingView(problem, outcome);
  const a = v.applicantIndex.get(applicantId);
  if (a === undefined) {
    return fail([
      {
        code: 'unknown-applicant',
        path: ['applicantId'],
        message: `Unknown applicant "${applicantId}".`,
      },
    ]);
  }
  const programId = (p: number): string | null => problem.programs[p]?.id ?? null;
  const c = v.coupleOf[a]!;
  const couple = c >= 0 ? problem.couples?.[c] : undefined;
  const result = programId(v.assigned[a]!);
  let resultChoice: number | null = null;
  let partner: string | null = null;
  if (couple) {
    const mine = couple.members[0] === applicantId ? 0 : 1;
    partner = couple.members[1 - mine] ?? null;
    const theirs = programId(v.assigned[v.applicantIndex.get(partner ?? '') ?? -1] ?? -1);
    const k = couple.ranking.findIndex(
      (pair) => pair[mine] === result && pair[1 - mine] === theirs,
    );
    if (k >= 0 && (result !== null || theirs !== null)) resultChoice = k + 1;
  } else if (result !== null) {
    const k = problem.applicants[a]?.ranking.indexOf(result) ?? -1;
    if (k >= 0) resultChoice = k + 1;
  }
  return ok({
    applicant: applicantId,
    couple: couple?.id ?? null,
    partner,
    result,
    resultChoice,
    supplementalResult: programId(v.prelim[a]!),
    choices: couple ? explainCouple(v, c) : explainSingle(v, a),
  });
}
