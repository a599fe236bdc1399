import type { Issue } from '../vocabulary/errors.ts';
import type { MatchIssueCode } from '../vocabulary/matching.ts';

/** Most issues reported for one input: junk input must not produce a million-entry report. */
export const MAX_ISSUES = 100;

export type Path = readonly (string | number)[];

/** Collects issues up to MAX_ISSUES, then adds one 'too-many-issues' marker and ignores the rest. */
export interface IssueCollector {
  readonly issues: Issue[];
  add(code: MatchIssueCode, path: Path, message: string): void;
  readonly full: () => boolean;
}

export function createIssueCollector(): IssueCollector {
  const issues: Issue[] = [];
  let dropped = false;
  return {
    issues,
    add(code, path, message) {
      if (issues.length < MAX_ISSUES) {
        issues.push({ code, path: [...path], message });
      } else if (!dropped) {
        dropped = true;
        issues.push({
          code: 'too-many-issues',
          path: [],
          message: `More than ${MAX_ISSUES} issues; the rest are not listed.`,
        });
      }
    },
    full: () => dropped,
  };
}
