import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchProblem } from '../vocabulary/matching.ts';
import { type GenerateOptions, generateInstance } from './generate.ts';
import { validateProblem } from './validate.ts';

/** Every list entry, as "program|applicant" edges from both sides; duplicates reported. */
function structuralProblems(problem: MatchProblem): string[] {
  const problems: string[] = [];
  const noDuplicates = (label: string, values: readonly string[]) => {
    if (new Set(values).size !== values.length) problems.push(`duplicate entry in ${label}`);
  };
  noDuplicates(
    'program ids',
    problem.programs.map((p) => p.id),
  );
  noDuplicates(
    'applicant ids',
    problem.applicants.map((a) => a.id),
  );

  const applicantSide = new Set<string>();
  const members = new Set<string>();
  for (const couple of problem.couples ?? []) {
    const [m1, m2] = couple.members;
    if (m1 === m2 || members.has(m1) || members.has(m2)) problems.push(`${couple.id}: members`);
    members.add(m1);
    members.add(m2);
    noDuplicates(
      `${couple.id} pairs`,
      couple.ranking.map((pair) => JSON.stringify(pair)),
    );
    for (const [p1, p2] of couple.ranking) {
      if (p1 === null && p2 === null) problems.push(`${couple.id}: null/null pair`);
      if (p1 !== null) applicantSide.add(`${p1}|${m1}`);
      if (p2 !== null) applicantSide.add(`${p2}|${m2}`);
    }
  }
  for (const applicant of problem.applicants) {
    noDuplicates(`${applicant.id} ranking`, applicant.ranking);
    if (members.has(applicant.id) && applicant.ranking.length > 0) {
      problems.push(`${applicant.id}: couple member with its own ranking`);
    }
    for (const p of applicant.ranking) applicantSide.add(`${p}|${applicant.id}`);
    for (const list of applicant.supplementalLists ?? []) {
      noDuplicates(`${list.id} ranking`, list.ranking);
      for (const p of list.advancedPrograms) {
        if (!applicant.ranking.includes(p)) problems.push(`${list.id}: ${p} not on primary list`);
      }
      for (const p of list.ranking) {
        if (applicant.ranking.includes(p)) problems.push(`${list.id}: ${p} also on primary list`);
        applicantSide.add(`${p}|${applicant.id}`);
      }
    }
  }
  const programSide = new Set<string>();
  for (const program of problem.programs) {
    noDuplicates(`${program.id} ranking`, program.ranking);
    if (!Number.isInteger(program.capacity) || program.capacity < 1) {
      problems.push(`${program.id}: capacity ${program.capacity}`);
    }
    for (const a of program.ranking) programSide.add(`${program.id}|${a}`);
    for (const r of program.reversions ?? []) {
      if (r.positions < 1 || r.positions > program.capacity)
        problems.push(`${program.id}: reversion`);
    }
  }
  // Programs rank exactly the applicants who ranked them.
  for (const edge of applicantSide) if (!programSide.has(edge)) problems.push(`unranked ${edge}`);
  for (const edge of programSide) if (!applicantSide.has(edge)) problems.push(`unasked ${edge}`);
  return problems;
}

describe('generateInstance', () => {
  const options: GenerateOptions = { applicants: 400, programs: 60, couples: 20, seed: 7 };

  it('is deterministic per seed and differs between seeds', () => {
    const a = generateInstance(options);
    expect(generateInstance(options)).toEqual(a);
    expect(JSON.stringify(generateInstance(options))).toBe(JSON.stringify(a));
    expect(generateInstance({ ...options, seed: 8 })).not.toEqual(a);
  });

  it('has the requested sizes, list lengths and ids', () => {
    const problem = generateInstance({ ...options, ranksPerApplicant: 10, coupleListLength: 15 });
    expect(problem.programs).toHaveLength(60);
    expect(problem.applicants).toHaveLength(400);
    expect(problem.couples).toHaveLength(20);
    expect(problem.programs[0]?.id).toBe('P0001');
    expect(problem.applicants[399]?.id).toBe('A0400');
    const singles = problem.applicants.filter((a) => a.ranking.length > 0);
    expect(singles).toHaveLength(400 - 2 * 20);
    for (const single of singles) expect(single.ranking).toHaveLength(10);
    for (const couple of problem.couples ?? []) {
      expect(couple.ranking).toHaveLength(15 + 2);
      // The no-match entries come last: first choice of member 1 alone, then of member 2.
      expect(couple.ranking[15]?.[1]).toBeNull();
      expect(couple.ranking[16]?.[0]).toBeNull();
      expect(couple.ranking.slice(0, 15).every(([p1, p2]) => p1 !== null && p2 !== null)).toBe(
        true,
      );
    }
  });

  it('gives couple members empty rankings and every program ranks exactly who ranked it', () => {
    const problem = generateInstance({ ...options, supplementalLists: 5, reversions: 3 });
    const members = new Set((problem.couples ?? []).flatMap((c) => c.members));
    expect(members.size).toBe(40);
    for (const applicant of problem.applicants) {
      if (members.has(applicant.id)) expect(applicant.ranking).toEqual([]);
    }
    expect(structuralProblems(problem)).toEqual([]);
    expect(validateProblem(problem)).toEqual([]);
  });

  it('adds supplemental lists and acyclic reversions only when asked', () => {
    const plain = generateInstance(options);
    expect(plain.applicants.some((a) => a.supplementalLists)).toBe(false);
    expect(plain.programs.some((p) => p.reversions)).toBe(false);

    const rich = generateInstance({ ...options, supplementalLists: 5, reversions: 3 });
    const lists = rich.applicants.flatMap((a) => a.supplementalLists ?? []);
    expect(lists).toHaveLength(5);
    const edges = rich.programs.flatMap((p) => (p.reversions ?? []).map((r) => [p.id, r.to]));
    expect(edges).toHaveLength(3);
    const donors = new Set(edges.map(([from]) => from));
    expect(edges.some(([, to]) => donors.has(to))).toBe(false);
    // Extras draw from their own random streams: the other singles keep their lists.
    const ranking = (p: MatchProblem, id: string) => p.applicants.find((a) => a.id === id)?.ranking;
    const untouched = rich.applicants.find((a) => !a.supplementalLists && a.ranking.length > 0);
    expect(untouched && ranking(plain, untouched.id)).toEqual(untouched?.ranking);
  });

  it('follows the popularity weights and keeps capacities around the mean', () => {
    const problem = generateInstance({ applicants: 4000, programs: 400, seed: 3 });
    const demand = problem.programs.map((p) => p.ranking.length);
    const head = demand.slice(0, 40).reduce((s, x) => s + x, 0);
    const tail = demand.slice(-40).reduce((s, x) => s + x, 0);
    // Weights 1/√(i+1): the top 40 carry 5.5× the weight of the bottom 40 (drawing without
    // replacement flattens demand a little).
    expect(head / tail).toBeGreaterThan(4.5);
    expect(head / tail).toBeLessThan(8.5);
    const capacities = problem.programs.map((p) => p.capacity);
    const mean = capacities.reduce((s, x) => s + x, 0) / capacities.length;
    expect(Math.min(...capacities)).toBeGreaterThanOrEqual(1);
    expect(mean).toBeGreaterThan(7.5);
    expect(mean).toBeLessThan(8.5);
  });

  it('ranks all programs when lists are as long as the market', () => {
    const problem = generateInstance({ applicants: 30, programs: 5, couples: 3, seed: 1 });
    for (const a of problem.applicants.filter((x) => x.ranking.length > 0)) {
      expect([...a.ranking].sort()).toEqual(['P0001', 'P0002', 'P0003', 'P0004', 'P0005']);
    }
    expect(structuralProblems(problem)).toEqual([]);
  });

  it('keeps its invariants on arbitrary small options', () => {
    fc.assert(
      fc.property(
        fc.record({
          applicants: fc.integer({ min: 0, max: 60 }),
          programs: fc.integer({ min: 1, max: 15 }),
          seed: fc.integer(),
          ranksPerApplicant: fc.integer({ min: 0, max: 20 }),
          meanCapacity: fc.integer({ min: 1, max: 6 }),
          coupleListLength: fc.integer({ min: 0, max: 30 }),
          noMatchPairs: fc.integer({ min: 0, max: 4 }),
          couplesShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
          reversionsShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
        }),
        ({ couplesShare, reversionsShare, ...rest }) => {
          const couples = Math.floor(rest.applicants * couplesShare);
          const reversions = Math.floor(rest.programs * reversionsShare);
          const supplementalLists = Math.min(3, rest.applicants - 2 * couples);
          const problem = generateInstance({ ...rest, couples, reversions, supplementalLists });
          expect(structuralProblems(problem)).toEqual([]);
          expect(validateProblem(problem)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
