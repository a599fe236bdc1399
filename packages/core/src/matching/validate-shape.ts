/**
 * Shape guard for untrusted (JSON) input: checks that `unknown` has the MatchProblem structure
 * (objects, arrays, non-empty string ids, numbers) before any semantic check looks inside.
 * O(total list length); never throws.
 */
import type { IssueCollector, Path } from './issues.ts';

type Rec = Record<string, unknown>;

const isRecord = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/** Cheap test first: the path array is only built for a bad id (lists hold ~10^6 ids). */
const isGoodId = (value: unknown): boolean =>
  typeof value === 'string' &&
  value.length > 0 &&
  (value.charCodeAt(0) > 32 || value.trim() !== '');

function checkId(value: unknown, path: Path, out: IssueCollector): void {
  if (typeof value !== 'string') {
    out.add('invalid-type', path, `Expected a string id, got ${describe(value)}.`);
  } else if (!isGoodId(value)) {
    out.add('empty-id', path, 'Ids must be non-empty strings (not only spaces).');
  }
}

function checkIdList(value: unknown, path: Path, out: IssueCollector): void {
  if (!Array.isArray(value)) {
    out.add('invalid-type', path, `Expected an array of ids, got ${describe(value)}.`);
    return;
  }
  for (let i = 0; i < value.length && !out.full(); i++) {
    if (!isGoodId(value[i])) checkId(value[i], [...path, i], out);
  }
}

function checkNumber(value: unknown, path: Path, out: IssueCollector): void {
  if (typeof value !== 'number') {
    out.add('invalid-type', path, `Expected a number, got ${describe(value)}.`);
  }
}

function checkArray(value: unknown, path: Path, out: IssueCollector, optional: boolean): unknown[] {
  if (value === undefined && optional) return [];
  if (!Array.isArray(value)) {
    out.add('invalid-type', path, `Expected an array, got ${describe(value)}.`);
    return [];
  }
  return value;
}

function checkObject(value: unknown, path: Path, out: IssueCollector): Rec | undefined {
  if (isRecord(value)) return value;
  out.add('invalid-type', path, `Expected an object, got ${describe(value)}.`);
  return undefined;
}

function checkProgram(value: unknown, path: Path, out: IssueCollector): void {
  const program = checkObject(value, path, out);
  if (!program) return;
  checkId(program.id, [...path, 'id'], out);
  checkNumber(program.capacity, [...path, 'capacity'], out);
  checkIdList(program.ranking, [...path, 'ranking'], out);
  const reversions = checkArray(program.reversions, [...path, 'reversions'], out, true);
  reversions.forEach((item, i) => {
    const reversion = checkObject(item, [...path, 'reversions', i], out);
    if (!reversion) return;
    checkId(reversion.to, [...path, 'reversions', i, 'to'], out);
    checkNumber(reversion.positions, [...path, 'reversions', i, 'positions'], out);
  });
}

function checkApplicant(value: unknown, path: Path, out: IssueCollector): void {
  const applicant = checkObject(value, path, out);
  if (!applicant) return;
  checkId(applicant.id, [...path, 'id'], out);
  checkIdList(applicant.ranking, [...path, 'ranking'], out);
  const lists = checkArray(applicant.supplementalLists, [...path, 'supplementalLists'], out, true);
  lists.forEach((item, i) => {
    const listPath = [...path, 'supplementalLists', i];
    const list = checkObject(item, listPath, out);
    if (!list) return;
    checkId(list.id, [...listPath, 'id'], out);
    checkIdList(list.advancedPrograms, [...listPath, 'advancedPrograms'], out);
    checkIdList(list.ranking, [...listPath, 'ranking'], out);
  });
}

function checkCouple(value: unknown, path: Path, out: IssueCollector): void {
  const couple = checkObject(value, path, out);
  if (!couple) return;
  checkId(couple.id, [...path, 'id'], out);
  const members = checkArray(couple.members, [...path, 'members'], out, false);
  if (Array.isArray(couple.members) && members.length !== 2) {
    out.add(
      'invalid-couple-members',
      [...path, 'members'],
      `A couple has exactly 2 members, got ${members.length}.`,
    );
  }
  members.forEach((member, i) => {
    checkId(member, [...path, 'members', i], out);
  });
  const ranking = checkArray(couple.ranking, [...path, 'ranking'], out, false);
  for (let k = 0; k < ranking.length && !out.full(); k++) {
    const pair = ranking[k];
    const pairPath = [...path, 'ranking', k];
    if (!Array.isArray(pair) || pair.length !== 2) {
      out.add(
        'invalid-type',
        pairPath,
        'Expected a pair [program id or null, program id or null].',
      );
      continue;
    }
    if (pair[0] !== null) checkId(pair[0], [...pairPath, 0], out);
    if (pair[1] !== null) checkId(pair[1], [...pairPath, 1], out);
  }
}

const goodIds = (value: unknown): boolean => {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isGoodId(value[i])) return false;
  return true;
};

/** Allocation-free test of the common, well-formed case; only failures get the detailed walk. */
function quickProgram(value: unknown): boolean {
  return (
    isRecord(value) &&
    isGoodId(value.id) &&
    typeof value.capacity === 'number' &&
    goodIds(value.ranking) &&
    value.reversions === undefined
  );
}

function quickApplicant(value: unknown): boolean {
  return (
    isRecord(value) &&
    isGoodId(value.id) &&
    goodIds(value.ranking) &&
    value.supplementalLists === undefined
  );
}

/** Reports structural problems; returns true when the input has the MatchProblem shape. */
export function checkShape(input: unknown, out: IssueCollector): boolean {
  const before = out.issues.length;
  const root = checkObject(input, [], out);
  if (!root) return false;
  const programs = checkArray(root.programs, ['programs'], out, false);
  for (let i = 0; i < programs.length && !out.full(); i++) {
    if (!quickProgram(programs[i])) checkProgram(programs[i], ['programs', i], out);
  }
  const applicants = checkArray(root.applicants, ['applicants'], out, false);
  for (let i = 0; i < applicants.length && !out.full(); i++) {
    if (!quickApplicant(applicants[i])) checkApplicant(applicants[i], ['applicants', i], out);
  }
  const couples = checkArray(root.couples, ['couples'], out, true);
  for (let i = 0; i < couples.length && !out.full(); i++) {
    checkCouple(couples[i], ['couples', i], out);
  }
  return out.issues.length === before;
}
