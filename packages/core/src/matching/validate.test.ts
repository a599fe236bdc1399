// validateProblem: one property per kind of bad input, injected into random valid markets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../shared/result.ts';
import type { ApplicantInput, MatchProblem, ProgramInput } from '../vocabulary/matching.ts';
import { solveMatch } from './solve.ts';
import { randomCouplesProblem } from './test-support.ts';
import { parseProblem, validateProblem } from './validate.ts';

/** A mutable deep copy to break on purpose. */
type Draft = {
  programs: (Omit<ProgramInput, 'ranking' | 'reversions'> & {
    id: string;
    capacity: number;
    ranking: string[];
    reversions?: { to: string; positions: number }[];
  })[];
  applicants: (Omit<ApplicantInput, 'ranking'> & {
    id: string;
    ranking: string[];
    supplementalLists?: { id: string; advancedPrograms: string[]; ranking: string[] }[];
  })[];
  couples: { id: string; members: string[]; ranking: (string | null)[][] }[];
};

const market = fc
  .record({
    singles: fc.integer({ min: 2, max: 5 }),
    couples: fc.integer({ min: 2, max: 3 }),
    programs: fc.integer({ min: 3, max: 5 }),
    seed: fc.integer(),
  })
  .map(
    ({ singles, couples, programs, seed }) =>
      structuredClone(randomCouplesProblem(singles, couples, programs, seed)) as unknown as Draft,
  );

const at = <T>(items: readonly T[], i: number): T => items[Math.abs(i) % items.length] as T;
const singlesOf = (d: Draft) =>
  d.applicants.filter((a) => !d.couples.some((c) => c.members.includes(a.id)));

/** Breaks a random valid market with `mutate`, then expects an issue with `code` (and `path`). */
function rejects(
  code: string,
  mutate: (d: Draft, i: number, j: number) => readonly (string | number)[] | undefined,
): void {
  fc.assert(
    fc.property(market, fc.nat(), fc.nat(), (draft, i, j) => {
      const path = mutate(draft, i, j);
      const issues = validateProblem(draft);
      const match = (issue: Issue) =>
        issue.code === code &&
        (path === undefined || JSON.stringify(issue.path) === JSON.stringify(path));
      expect(issues.some(match), JSON.stringify(issues)).toBe(true);
      const solved = solveMatch(draft as unknown as MatchProblem);
      expect(solved.ok).toBe(false);
    }),
    { numRuns: 40 },
  );
}

describe('validateProblem', () => {
  it('accepts the random markets the other properties break', () => {
    fc.assert(
      fc.property(market, (draft) => {
        expect(validateProblem(draft)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary JSON-like junk', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const issues = validateProblem(junk);
        expect(Array.isArray(issues)).toBe(true);
        expect(parseProblem(junk).ok).toBe(issues.length === 0);
      }),
      { numRuns: 300 },
    );
    expect(validateProblem(null)).toEqual([
      { code: 'invalid-type', path: [], message: 'Expected an object, got null.' },
    ]);
    expect(
      validateProblem({ programs: [{ id: 7, capacity: '2', ranking: [''] }], applicants: {} }).map(
        (i) => i.code,
      ),
    ).toEqual(['invalid-type', 'invalid-type', 'empty-id', 'invalid-type']);
  });

  it('caps the number of issues', () => {
    const applicants = Array.from({ length: 500 }, () => ({ id: 'same', ranking: ['nowhere'] }));
    const issues = validateProblem({ programs: [], applicants });
    expect(issues.length).toBe(101);
    expect(issues.at(-1)?.code).toBe('too-many-issues');
  });

  it('rejects duplicate program ids', () =>
    rejects('duplicate-id', (d, i) => {
      const k = 1 + (i % (d.programs.length - 1));
      d.programs[k]!.id = d.programs[0]!.id;
      return ['programs', k, 'id'];
    }));
  it('rejects duplicate applicant ids', () =>
    rejects('duplicate-id', (d, i) => {
      const k = 1 + (i % (d.applicants.length - 1));
      d.applicants[k]!.id = d.applicants[0]!.id;
      return ['applicants', k, 'id'];
    }));
  it('rejects duplicate couple ids', () =>
    rejects('duplicate-id', (d) => {
      d.couples[1]!.id = d.couples[0]!.id;
      return ['couples', 1, 'id'];
    }));
  it('rejects empty ids', () =>
    rejects('empty-id', (d, i) => {
      const k = i % d.programs.length;
      d.programs[k]!.id = ' ';
      return ['programs', k, 'id'];
    }));
  it('rejects unknown applicants on program lists', () =>
    rejects('unknown-applicant', (d, i) => {
      const k = i % d.programs.length;
      d.programs[k]!.ranking.push('ghost');
      return ['programs', k, 'ranking', d.programs[k]!.ranking.length - 1];
    }));
  it('rejects unknown programs on applicant lists', () =>
    rejects('unknown-program', (d, i) => {
      const a = at(singlesOf(d), i);
      a.ranking.unshift('ghost');
      return ['applicants', d.applicants.indexOf(a), 'ranking', 0];
    }));
  it('rejects unknown programs in couple pairs', () =>
    rejects('unknown-program', (d, i) => {
      const c = i % d.couples.length;
      d.couples[c]!.ranking.push([null, 'ghost']);
      return ['couples', c, 'ranking', d.couples[c]!.ranking.length - 1, 1];
    }));
  it('rejects unknown couple members', () =>
    rejects('unknown-applicant', (d, i) => {
      const c = i % d.couples.length;
      d.couples[c]!.members[0] = 'ghost';
      return ['couples', c, 'members', 0];
    }));
  it('rejects unknown programs on supplemental lists', () =>
    rejects('unknown-program', (d, i) => {
      const a = at(singlesOf(d), i);
      a.ranking = [d.programs[0]!.id];
      a.supplementalLists = [
        { id: 's', advancedPrograms: [d.programs[0]!.id], ranking: ['ghost'] },
      ];
      return ['applicants', d.applicants.indexOf(a), 'supplementalLists', 0, 'ranking', 0];
    }));
  it('rejects unknown reversion receivers', () =>
    rejects('unknown-program', (d, i) => {
      const k = i % d.programs.length;
      d.programs[k]!.reversions = [{ to: 'ghost', positions: 0 }];
      return ['programs', k, 'reversions', 0, 'to'];
    }));
  it('rejects duplicate entries on program lists', () =>
    rejects('duplicate-entry', (d, i, j) => {
      const k = i % d.programs.length;
      const ranking = d.programs[k]!.ranking;
      ranking.push(at(d.applicants, j).id, at(d.applicants, j).id);
      return undefined;
    }));
  it('rejects duplicate entries on applicant lists', () =>
    rejects('duplicate-entry', (d, i) => {
      const a = at(singlesOf(d), i);
      a.ranking = [d.programs[0]!.id, d.programs[1]!.id, d.programs[0]!.id];
      return ['applicants', d.applicants.indexOf(a), 'ranking', 2];
    }));
  it('rejects duplicate pairs on couple lists', () =>
    rejects('duplicate-entry', (d, i) => {
      const c = i % d.couples.length;
      d.couples[c]!.ranking = [
        [d.programs[0]!.id, null],
        [d.programs[0]!.id, null],
      ];
      return ['couples', c, 'ranking', 1];
    }));
  it('rejects negative or fractional capacities', () =>
    rejects('invalid-capacity', (d, i, j) => {
      const k = i % d.programs.length;
      d.programs[k]!.capacity = j % 2 === 0 ? -1 - (j % 5) : 1.5;
      return ['programs', k, 'capacity'];
    }));
  it('rejects a couple member who also ranks alone', () =>
    rejects('couple-member-ranks-alone', (d, i) => {
      const m = at(d.couples, i).members[0]!;
      const a = d.applicants.find((x) => x.id === m)!;
      a.ranking = [d.programs[0]!.id];
      return ['applicants', d.applicants.indexOf(a), 'ranking'];
    }));
  it('rejects a couple whose members are not two distinct applicants', () => {
    rejects('invalid-couple-members', (d, i) => {
      const c = i % d.couples.length;
      d.couples[c]!.members[1] = d.couples[c]!.members[0]!;
      return ['couples', c, 'members'];
    });
    rejects('invalid-couple-members', (d, i) => {
      const c = i % d.couples.length;
      d.couples[c]!.members.pop();
      return ['couples', c, 'members'];
    });
  });
  it('rejects an applicant in two couples', () =>
    rejects('applicant-in-two-couples', (d) => {
      d.couples[1]!.members[0] = d.couples[0]!.members[0]!;
      return ['couples', 1, 'members', 0];
    }));
  it('rejects a pair with no program', () =>
    rejects('empty-pair', (d, i) => {
      const c = i % d.couples.length;
      d.couples[c]!.ranking.push([null, null]);
      return ['couples', c, 'ranking', d.couples[c]!.ranking.length - 1];
    }));
  it('rejects a supplemental list linked to a program missing from the primary list', () =>
    rejects('advanced-not-on-primary', (d, i) => {
      const a = at(singlesOf(d), i);
      a.ranking = [d.programs[0]!.id];
      a.supplementalLists = [
        { id: 's', advancedPrograms: [d.programs[1]!.id], ranking: [d.programs[2]!.id] },
      ];
      return ['applicants', d.applicants.indexOf(a), 'supplementalLists', 0, 'advancedPrograms', 0];
    }));
  it('rejects reversions to the donor itself', () =>
    rejects('reversion-to-self', (d, i) => {
      const k = i % d.programs.length;
      d.programs[k]!.reversions = [{ to: d.programs[k]!.id, positions: 0 }];
      return ['programs', k, 'reversions', 0, 'to'];
    }));
  it('rejects circular reversions', () =>
    rejects('reversion-cycle', (d, i) => {
      const n = 2 + (i % (d.programs.length - 1));
      for (let k = 0; k < n; k++)
        d.programs[k]!.reversions = [{ to: d.programs[(k + 1) % n]!.id, positions: 0 }];
      return undefined;
    }));
  it('rejects reverted positions outside 0..capacity', () =>
    rejects('invalid-reversion-positions', (d, i, j) => {
      const k = i % d.programs.length;
      const program = d.programs[k]!;
      const to = d.programs[(k + 1) % d.programs.length]!.id;
      program.reversions = [{ to, positions: j % 2 === 0 ? program.capacity + 1 + (j % 3) : -1 }];
      return ['programs', k, 'reversions', 0, 'positions'];
    }));
  it('rejects other supplemental-list mistakes', () => {
    const base = (lists: { id: string; advancedPrograms: string[]; ranking: string[] }[]) => ({
      programs: ['A', 'B', 'P'].map((id) => ({ id, capacity: 1, ranking: ['a'] })),
      applicants: [{ id: 'a', ranking: ['A', 'B'], supplementalLists: lists }],
    });
    const codes = (lists: Parameters<typeof base>[0]) =>
      validateProblem(base(lists)).map((i) => i.code);
    expect(codes([{ id: 's', advancedPrograms: ['A'], ranking: ['P'] }])).toEqual([]);
    expect(codes([{ id: 's', advancedPrograms: [], ranking: ['P'] }])).toEqual([
      'supplemental-unlinked',
    ]);
    expect(codes([{ id: 's', advancedPrograms: ['A'], ranking: ['A'] }])).toEqual([
      'supplemental-contains-advanced',
    ]);
    expect(codes([{ id: 's', advancedPrograms: ['A', 'A'], ranking: ['P'] }])).toEqual([
      'duplicate-entry',
    ]);
    expect(
      codes([
        { id: 's', advancedPrograms: ['A'], ranking: ['P'] },
        { id: 's', advancedPrograms: ['A'], ranking: ['P'] },
      ]),
    ).toEqual(['duplicate-id', 'advanced-linked-twice']);
  });
});
