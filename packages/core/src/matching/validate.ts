/**
 * Input validation for the match problem (NRMP rules: docs/sources.md#nrmp-couples,
 * #nrmp-supplemental-rols, #nrmp-reversions): shape, ids, duplicates,
 * couples, supplemental lists, reversions (acyclic, DFS). O(total list length); never throws.
 * Duplicate detection uses one stamp array per id space instead of a Set per list.
 */
import { fail, type Issue, ok, type Result } from '../shared/result.ts';
import type { MatchProblem } from '../vocabulary/matching.ts';
import {
  type IndexedProblem,
  indexIds,
  indexProblem,
  NO_PROGRAM,
  UNKNOWN_ID,
} from './engine/indexed-problem.ts';
import { createIssueCollector, type IssueCollector, type Path } from './issues.ts';
import { checkShape } from './validate-shape.ts';

function reportDuplicates(
  items: readonly { readonly id: string }[],
  duplicates: readonly number[],
  section: string,
  out: IssueCollector,
): void {
  for (const i of duplicates) {
    const id = items[i]?.id;
    out.add('duplicate-id', [section, i, 'id'], `Id "${id}" is used twice in ${section}.`);
  }
}

/** Checks one list of indices for unknown ids and duplicates; `seen`/`stamp` make it O(length). */
function checkList(
  list: Int32Array,
  from: number,
  to: number,
  path: Path,
  kind: 'program' | 'applicant',
  seen: Int32Array,
  stamp: number,
  out: IssueCollector,
): void {
  for (let e = from; e < to; e++) {
    const id = list[e]!;
    if (id === UNKNOWN_ID) {
      out.add(`unknown-${kind}`, [...path, e - from], `Unknown ${kind} id.`);
    } else if (seen[id] === stamp) {
      out.add('duplicate-entry', [...path, e - from], `The same ${kind} is listed twice.`);
    } else {
      seen[id] = stamp;
    }
  }
}

function checkPrograms(ix: IndexedProblem, out: IssueCollector): void {
  const { programs } = ix.problem;
  const seen = new Int32Array(ix.nApplicants).fill(-1);
  programs.forEach((program, p) => {
    if (!Number.isInteger(program.capacity) || program.capacity < 0) {
      out.add(
        'invalid-capacity',
        ['programs', p, 'capacity'],
        'Capacity must be a non-negative integer.',
      );
    }
    checkList(
      ix.programList,
      ix.programStart[p]!,
      ix.programStart[p + 1]!,
      ['programs', p, 'ranking'],
      'applicant',
      seen,
      p,
      out,
    );
  });
  const receivers = new Int32Array(ix.nPrograms).fill(-1);
  programs.forEach((program, p) => {
    const base = ix.reversionStart[p]!;
    for (let e = base; e < ix.reversionStart[p + 1]!; e++) {
      const path = ['programs', p, 'reversions', e - base];
      const to = ix.reversionTo[e]!;
      const positions = ix.reversionPositions[e]!;
      if (to === UNKNOWN_ID)
        out.add('unknown-program', [...path, 'to'], 'Unknown receiver program id.');
      else if (to === p)
        out.add(
          'reversion-to-self',
          [...path, 'to'],
          'A program cannot revert positions to itself.',
        );
      else if (receivers[to] === p)
        out.add('duplicate-entry', [...path, 'to'], 'The same receiver is listed twice.');
      else receivers[to] = p;
      if (!Number.isInteger(positions) || positions < 0 || positions > program.capacity) {
        out.add(
          'invalid-reversion-positions',
          [...path, 'positions'],
          `Reverted positions must be an integer from 0 to the capacity (${program.capacity}).`,
        );
      }
    }
  });
  checkReversionCycles(ix, out);
}

/** Iterative DFS (white/grey/black); each back edge closes a cycle. */
function checkReversionCycles(ix: IndexedProblem, out: IssueCollector): void {
  const { reversionStart: start, reversionTo: to, nPrograms } = ix;
  const colour = new Uint8Array(nPrograms);
  const edge = new Int32Array(nPrograms);
  const stack: number[] = [];
  for (let root = 0; root < nPrograms; root++) {
    if (colour[root] !== 0 || start[root] === start[root + 1]) continue;
    stack.push(root);
    colour[root] = 1;
    edge[root] = start[root]!;
    while (stack.length > 0) {
      const p = stack[stack.length - 1]!;
      const e = edge[p]!;
      if (e === start[p + 1]) {
        colour[p] = 2;
        stack.pop();
        continue;
      }
      edge[p] = e + 1;
      const q = to[e]!;
      if (q < 0 || q === p) continue;
      if (colour[q] === 1) {
        const cycle = stack.slice(stack.indexOf(q)).map((i) => ix.problem.programs[i]?.id);
        out.add(
          'reversion-cycle',
          ['programs', p, 'reversions', e - start[p]!],
          `Circular reversions are not allowed: ${[...cycle, ix.problem.programs[q]?.id].join(' → ')}.`,
        );
      } else if (colour[q] === 0) {
        colour[q] = 1;
        edge[q] = start[q]!;
        stack.push(q);
      }
    }
  }
}

function checkApplicants(ix: IndexedProblem, coupled: Uint8Array, out: IssueCollector): void {
  const onPrimary = new Int32Array(ix.nPrograms).fill(-1);
  const seen = new Int32Array(ix.nPrograms).fill(-1);
  const linkedBy = new Int32Array(ix.nPrograms).fill(-1);
  const linkedList = new Int32Array(ix.nPrograms);
  let stamp = 0;
  ix.problem.applicants.forEach((applicant, a) => {
    const from = ix.applicantStart[a]!;
    const to = ix.applicantStart[a + 1]!;
    if (coupled[a] === 1 && to > from) {
      out.add(
        'couple-member-ranks-alone',
        ['applicants', a, 'ranking'],
        'A couple member ranks through the couple: its own ranking must be empty.',
      );
    }
    checkList(
      ix.applicantList,
      from,
      to,
      ['applicants', a, 'ranking'],
      'program',
      onPrimary,
      a,
      out,
    );
    const lists = ix.supplemental[a];
    if (lists === undefined) return;
    if (coupled[a] === 1) {
      out.add(
        'couple-member-supplemental',
        ['applicants', a, 'supplementalLists'],
        'Supplemental lists are not supported for couple members.',
      );
    }
    const listIds = new Set<string>();
    lists.forEach((list, s) => {
      const path = ['applicants', a, 'supplementalLists', s];
      const id = applicant.supplementalLists?.[s]?.id ?? '';
      if (listIds.has(id)) {
        out.add('duplicate-id', [...path, 'id'], `Supplemental list id "${id}" is used twice.`);
      }
      listIds.add(id);
      if (list.advanced.length === 0) {
        out.add(
          'supplemental-unlinked',
          [...path, 'advancedPrograms'],
          'A supplemental list must be linked to at least one advanced program.',
        );
      }
      list.advanced.forEach((p, j) => {
        const at = [...path, 'advancedPrograms', j];
        if (p === UNKNOWN_ID) {
          out.add('unknown-program', at, 'Unknown program id.');
        } else if (linkedBy[p] === a && linkedList[p] === s) {
          out.add('duplicate-entry', at, 'The same program is listed twice.');
        } else if (linkedBy[p] === a) {
          out.add(
            'advanced-linked-twice',
            at,
            'An advanced program can be linked to only one supplemental list.',
          );
        } else {
          if (onPrimary[p] !== a) {
            out.add(
              'advanced-not-on-primary',
              at,
              'A linked advanced program must be on the primary rank order list.',
            );
          }
          linkedBy[p] = a;
          linkedList[p] = s;
        }
      });
      const own = stamp++;
      const ranking = list.ranking;
      checkList(ranking, 0, ranking.length, [...path, 'ranking'], 'program', seen, own, out);
      ranking.forEach((p, j) => {
        if (p >= 0 && list.advanced.includes(p)) {
          out.add(
            'supplemental-contains-advanced',
            [...path, 'ranking', j],
            'A supplemental list cannot contain an advanced program it is linked to.',
          );
        }
      });
    });
  });
}

function checkCouples(ix: IndexedProblem, out: IssueCollector): Uint8Array {
  const coupled = new Uint8Array(ix.nApplicants);
  const couples = ix.problem.couples ?? [];
  reportDuplicates(couples, indexIds(couples).duplicates, 'couples', out);
  const width = ix.nPrograms + 2;
  couples.forEach((_, c) => {
    const m0 = ix.coupleMembers[2 * c]!;
    const m1 = ix.coupleMembers[2 * c + 1]!;
    [m0, m1].forEach((m, i) => {
      const path = ['couples', c, 'members', i];
      if (m === UNKNOWN_ID) out.add('unknown-applicant', path, 'Unknown applicant id.');
      else if (i === 1 && m === m0)
        out.add(
          'invalid-couple-members',
          ['couples', c, 'members'],
          'A couple has two distinct members.',
        );
      else if (coupled[m] === 1)
        out.add('applicant-in-two-couples', path, 'An applicant can belong to only one couple.');
      else coupled[m] = 1;
    });
    const pairs = new Set<number>();
    for (let k = ix.pairStart[c]!; k < ix.pairStart[c + 1]!; k++) {
      const path = ['couples', c, 'ranking', k - ix.pairStart[c]!];
      const first = ix.pairList[2 * k]!;
      const second = ix.pairList[2 * k + 1]!;
      if (first === NO_PROGRAM && second === NO_PROGRAM)
        out.add('empty-pair', path, 'A pair needs a program for at least one member.');
      if (first === UNKNOWN_ID) out.add('unknown-program', [...path, 0], 'Unknown program id.');
      if (second === UNKNOWN_ID) out.add('unknown-program', [...path, 1], 'Unknown program id.');
      const key = (first + 2) * width + (second + 2);
      if (pairs.has(key)) out.add('duplicate-entry', path, 'The same pair is listed twice.');
      pairs.add(key);
    }
  });
  return coupled;
}

/** Semantic checks of an indexed (shape-checked) problem. */
export function checkIndexedProblem(ix: IndexedProblem, out: IssueCollector): void {
  reportDuplicates(ix.problem.programs, ix.duplicatePrograms, 'programs', out);
  reportDuplicates(ix.problem.applicants, ix.duplicateApplicants, 'applicants', out);
  const coupled = checkCouples(ix, out);
  checkPrograms(ix, out);
  checkApplicants(ix, coupled, out);
}

/** Every issue in `input` (any JSON value): structure first, then the NRMP rules. Never throws. */
export function validateProblem(input: unknown): Issue[] {
  const out = createIssueCollector();
  if (checkShape(input, out)) checkIndexedProblem(indexProblem(input as MatchProblem), out);
  return out.issues;
}

/** Narrows untrusted input to a valid MatchProblem (the same object, never copied or changed). */
export function parseProblem(input: unknown): Result<MatchProblem> {
  const issues = validateProblem(input);
  return issues.length === 0 ? ok(input as MatchProblem) : fail(issues);
}
