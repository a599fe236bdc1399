/**
 * Shape guard for untrusted input: checks that `unknown` has the AssignmentProblem structure
 * (objects, arrays, non-empty string ids, numbers) before any semantic check looks inside.
 * O(input size); never throws.
 */
import type { IssueCollector, Path } from './issues.ts';

type Rec = Record<string, unknown>;

const isRecord = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

export const isGoodId = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

function checkId(value: unknown, path: Path, out: IssueCollector): boolean {
  if (typeof value !== 'string') {
    out.add('invalid-type', path, `Expected a string id, got ${describe(value)}.`);
    return false;
  }
  if (!isGoodId(value)) {
    out.add('empty-id', path, 'Ids must be non-empty strings (not only spaces).');
    return false;
  }
  return true;
}

function checkArray(value: unknown, path: Path, out: IssueCollector, optional: boolean): boolean {
  if (value === undefined && optional) return true;
  if (Array.isArray(value)) return true;
  out.add('invalid-type', path, `Expected an array, got ${describe(value)}.`);
  return false;
}

function checkNumber(value: unknown, path: Path, out: IssueCollector): boolean {
  if (typeof value === 'number') return true;
  out.add('invalid-type', path, `Expected a number, got ${describe(value)}.`);
  return false;
}

/** Each item must be an object with the given id fields (and number fields). */
function checkRecords(
  list: unknown,
  section: string,
  idFields: readonly string[],
  numberFields: readonly string[],
  out: IssueCollector,
): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (!isRecord(item)) {
      out.add('invalid-type', [section, i], `Expected an object, got ${describe(item)}.`);
      continue;
    }
    for (const field of idFields) {
      if (!isGoodId(item[field])) checkId(item[field], [section, i, field], out);
    }
    for (const field of numberFields) {
      if (typeof item[field] !== 'number') checkNumber(item[field], [section, i, field], out);
    }
  }
}

/** True when the input has the right shape; every shape problem is reported to `out`. */
export function checkShape(input: unknown, out: IssueCollector): boolean {
  if (!isRecord(input)) {
    out.add('invalid-type', [], `Expected an assignment problem object, got ${describe(input)}.`);
    return false;
  }
  checkArray(input.mentees, ['mentees'], out, false);
  checkArray(input.mentors, ['mentors'], out, false);
  checkArray(input.scores, ['scores'], out, false);
  checkArray(input.forbids, ['forbids'], out, true);
  checkArray(input.pins, ['pins'], out, true);
  if (input.minimumScore !== undefined) checkNumber(input.minimumScore, ['minimumScore'], out);
  if (Array.isArray(input.mentees)) {
    const mentees: unknown[] = input.mentees;
    for (let i = 0; i < mentees.length; i++) {
      if (!isGoodId(mentees[i])) checkId(mentees[i], ['mentees', i], out);
    }
  }
  checkRecords(input.mentors, 'mentors', ['id'], ['capacity'], out);
  checkRecords(input.scores, 'scores', ['mentee', 'mentor'], ['score'], out);
  checkRecords(input.forbids, 'forbids', ['mentee', 'mentor'], [], out);
  checkRecords(input.pins, 'pins', ['mentee', 'mentor'], [], out);
  return out.count() === 0;
}
