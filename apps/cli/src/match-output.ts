import type { BlockingPair, MatchOutcome, MatchProblem } from '@matchready/core';

export interface CheckReport {
  readonly ran: true;
  /** Blocking pairs found by the independent checker (findBlockingPairs). */
  readonly blockingPairs: number;
  readonly pairs: readonly BlockingPair[];
  readonly ms: number;
}

/** The result document: the MatchOutcome fields, plus `check` when --check ran. */
export function outcomeJson(outcome: MatchOutcome, check?: CheckReport): string {
  return `${JSON.stringify(check ? { ...outcome, check } : outcome, null, 2)}\n`;
}

/**
 * One row per applicant in input order: `applicant,program,list` with list = primary, and an empty
 * program when unmatched. An applicant placed through a supplemental list gets a second row with
 * list = supplemental and the preliminary (PGY-1) program.
 */
export function outcomeCsv(problem: MatchProblem, outcome: MatchOutcome): string {
  const rows = ['applicant,program,list'];
  for (const { id } of problem.applicants) {
    rows.push(`${csvField(id)},${csvField(outcome.assignments[id] ?? '')},primary`);
    const preliminary = outcome.supplementalAssignments[id];
    if (preliminary !== undefined) {
      rows.push(`${csvField(id)},${csvField(preliminary)},supplemental`);
    }
  }
  return `${rows.join('\n')}\n`;
}

/** RFC 4180 quoting, only when needed. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** "38,211 of 40,000 applicants matched, 1,789 positions unfilled, stable" */
export function outcomeSummary(outcome: MatchOutcome): string {
  const { matchedApplicants, applicants, unfilledPositions } = outcome.stats;
  // Grouped by hand: the first toLocaleString call loads ICU data (~30 ms of a 40k-applicant run).
  const n = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const verdict = outcome.stable ? 'stable' : 'no stable matching found';
  return `${n(matchedApplicants)} of ${n(applicants)} applicants matched, ${n(unfilledPositions)} positions unfilled, ${verdict}`;
}

/** One program, applicant or couple per line: diffable and far smaller than fully indented JSON. */
export function instanceJson(problem: MatchProblem): string {
  const section = (name: string, items: readonly unknown[]) =>
    items.length === 0
      ? `  "${name}": []`
      : `  "${name}": [\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  const sections = [
    section('programs', problem.programs),
    section('applicants', problem.applicants),
  ];
  if (problem.couples !== undefined) sections.push(section('couples', problem.couples));
  return `{\n${sections.join(',\n')}\n}\n`;
}
