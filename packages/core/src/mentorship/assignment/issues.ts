import type { Issue } from '../../shared/result.ts';
import { ASSIGNMENT_LIMITS, type AssignmentIssueCode } from '../../vocabulary/assignment.ts';

/** Most issues listed for one input; the rest are counted in one final `too-many-issues` issue. */
export const MAX_ISSUES = ASSIGNMENT_LIMITS.maxIssues;

export type Path = readonly (string | number)[];

export interface IssueCollector<C extends string = AssignmentIssueCode> {
  add(code: C, path: Path, message: string): void;
  /** Issues found so far, listed or not. */
  count(): number;
  /** The listed issues, plus the count of those left out. */
  finish(): Issue[];
}

export function createIssueCollector<C extends string = AssignmentIssueCode>(): IssueCollector<C> {
  const issues: Issue[] = [];
  let dropped = 0;
  return {
    add(code, path, message) {
      if (issues.length < MAX_ISSUES) issues.push({ code, path: [...path], message });
      else dropped++;
    },
    count: () => issues.length + dropped,
    finish() {
      if (dropped === 0) return issues;
      const message = `${dropped} more issue${dropped === 1 ? '' : 's'} not listed (first ${MAX_ISSUES} shown).`;
      return [...issues, { code: 'too-many-issues', path: [], message }];
    },
  };
}
