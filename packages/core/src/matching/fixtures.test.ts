// Literature fixtures for the singles algorithm. Expected outcomes are transcribed from the
// sources or worked out by hand in the comments, never computed by the engine.
import { describe, expect, it } from 'vitest';
import type { MatchOutcome, MatchProblem } from '../vocabulary/matching.ts';
import { findBlockingPairs } from './blocking-pairs.ts';
import { solveMatch } from './solve.ts';
import { allMatchings, naiveBlockingPairs, programOptimal } from './test-support.ts';

const solved = (problem: MatchProblem): MatchOutcome => {
  const result = solveMatch(problem);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

/** One-to-one instance: men propose (applicants), women are programs with one position. */
function marriage(men: Record<string, string[]>, women: Record<string, string[]>): MatchProblem {
  return {
    applicants: Object.entries(men).map(([id, ranking]) => ({ id, ranking })),
    programs: Object.entries(women).map(([id, ranking]) => ({ id, capacity: 1, ranking })),
  };
}

describe('Gale & Shapley (1962), "College admissions and the stability of marriage"', () => {
  // Their 3×3 example with three stable matchings. Ranking matrix (man's rank of woman, woman's
  // rank of man): α: A 1,3  B 2,2  C 3,1 · β: A 3,1  B 1,3  C 2,2 · γ: A 2,2  B 3,1  C 1,3.
  // Every man gets his first choice in the man-optimal one: α–A, β–B, γ–C; every woman her
  // first choice in the woman-optimal one: α–C, β–A, γ–B.
  const cyclic = marriage(
    { alpha: ['A', 'B', 'C'], beta: ['B', 'C', 'A'], gamma: ['C', 'A', 'B'] },
    { A: ['beta', 'gamma', 'alpha'], B: ['gamma', 'alpha', 'beta'], C: ['alpha', 'beta', 'gamma'] },
  );

  it('gives every man his first choice in the 3×3 example (man-optimal)', () => {
    expect(solved(cyclic).assignments).toEqual({ alpha: 'A', beta: 'B', gamma: 'C' });
  });

  it('has exactly the three stable matchings the paper lists', () => {
    const stable = allMatchings(cyclic).filter(
      (m) => naiveBlockingPairs(cyclic, { assignments: m }).length === 0,
    );
    expect(stable).toHaveLength(3);
    expect(stable).toContainEqual({ alpha: 'C', beta: 'A', gamma: 'B' });
    expect(stable).toContainEqual({ alpha: 'B', beta: 'C', gamma: 'A' });
    expect(programOptimal(cyclic)).toEqual({ alpha: 'C', beta: 'A', gamma: 'B' });
  });

  // Their 4×4 example with a unique stable matching. Matrix rows α..δ, columns A..D:
  // α: 1,3 2,3 3,2 4,3 · β: 1,4 4,1 3,3 2,2 · γ: 2,2 1,4 3,4 4,1 · δ: 4,1 2,2 3,1 1,4.
  // By hand (men propose): α→A, β→A (A keeps α), γ→B, δ→D; β→D (D takes β, drops δ);
  // δ→B (B takes δ, drops γ); γ→A (A takes γ, drops α); α→B (rejected), α→C. Result:
  // α–C, β–D, γ–A, δ–B, the unique stable matching stated in the paper.
  it('finds the unique stable matching of the 4×4 example', () => {
    const problem = marriage(
      {
        alpha: ['A', 'B', 'C', 'D'],
        beta: ['A', 'D', 'C', 'B'],
        gamma: ['B', 'A', 'C', 'D'],
        delta: ['D', 'B', 'C', 'A'],
      },
      {
        A: ['delta', 'gamma', 'alpha', 'beta'],
        B: ['beta', 'delta', 'alpha', 'gamma'],
        C: ['delta', 'alpha', 'beta', 'gamma'],
        D: ['gamma', 'beta', 'alpha', 'delta'],
      },
    );
    expect(solved(problem).assignments).toEqual({ alpha: 'C', beta: 'D', gamma: 'A', delta: 'B' });
    expect(programOptimal(problem)).toEqual({ alpha: 'C', beta: 'D', gamma: 'A', delta: 'B' });
  });
});

describe('NRMP, "Run a Match" worked example (nrmp.org/wp-content/uploads/2014/05/Run-A-Match.pdf)', () => {
  // Five applicants, three programs with two positions each, lists as published by the NRMP
  // (text quoted on collegeconfidential.com, "The plague of early decision", page 15).
  const problem: MatchProblem = {
    applicants: [
      { id: 'Anderson', ranking: ['City'] },
      { id: 'Chen', ranking: ['City', 'Mercy'] },
      { id: 'Ford', ranking: ['City', 'General', 'Mercy'] },
      { id: 'Davis', ranking: ['Mercy', 'City', 'General'] },
      { id: 'Eastman', ranking: ['City', 'Mercy', 'General'] },
    ],
    programs: [
      { id: 'Mercy', capacity: 2, ranking: ['Chen', 'Ford'] },
      { id: 'City', capacity: 2, ranking: ['Eastman', 'Anderson', 'Chen', 'Davis', 'Ford'] },
      { id: 'General', capacity: 2, ranking: ['Eastman', 'Anderson', 'Ford', 'Davis'] },
    ],
  };

  // By hand: Anderson and Chen are held by City; Ford is rejected by City (5th, City holds its 2nd
  // and 3rd) and held by General; Davis is not ranked by Mercy, rejected by City, held by General;
  // Eastman (City's 1st) displaces Chen, who is held by Mercy (its 1st). Final: City = Eastman,
  // Anderson; General = Ford, Davis; Mercy = Chen, with one position unfilled.
  it('matches everyone and leaves one position at Mercy unfilled', () => {
    const outcome = solved(problem);
    expect(outcome.assignments).toEqual({
      Anderson: 'City',
      Chen: 'Mercy',
      Ford: 'General',
      Davis: 'General',
      Eastman: 'City',
    });
    expect(outcome.unfilled).toEqual({ Mercy: 1, City: 0, General: 0 });
    expect(outcome.status).toBe('stable');
    // Not ranked back: Davis→Mercy and Eastman→Mercy (Mercy ranks only Chen and Ford), and
    // General→Anderson (Anderson ranks only City).
    expect(outcome.stats.nonReciprocatedEntries).toBe(3);
    // Anderson, Chen (2nd), Ford (2nd), Davis (3rd), Eastman (1st).
    expect(outcome.stats.matchedAtChoice).toEqual([2, 2, 1]);
  });
});

describe('hospitals/residents (resident-oriented algorithm, Gusfield & Irving 1989 §1.6)', () => {
  // Hand-made instance with two stable matchings. r1: h1 h2 · r2: h2 h1 · r3: h1 h2;
  // h1 (1 post): r2 r1 r3 · h2 (2 posts): r1 r3 r2.
  // Residents propose: r1→h1 held; r2→h2 held; r3→h1 rejected (h1 holds r1, ranked higher),
  // r3→h2 held. Resident-optimal: r1–h1, r2–h2, r3–h2. Hospitals propose: h1→r2, h2→r1, r3:
  // all accept. Hospital-optimal: r2–h1, r1–h2, r3–h2.
  const problem: MatchProblem = {
    applicants: [
      { id: 'r1', ranking: ['h1', 'h2'] },
      { id: 'r2', ranking: ['h2', 'h1'] },
      { id: 'r3', ranking: ['h1', 'h2'] },
    ],
    programs: [
      { id: 'h1', capacity: 1, ranking: ['r2', 'r1', 'r3'] },
      { id: 'h2', capacity: 2, ranking: ['r1', 'r3', 'r2'] },
    ],
  };

  it('returns the resident-optimal stable matching', () => {
    expect(solved(problem).assignments).toEqual({ r1: 'h1', r2: 'h2', r3: 'h2' });
    expect(programOptimal(problem)).toEqual({ r1: 'h2', r2: 'h1', r3: 'h2' });
  });

  it('certifies both stable matchings and rejects a third assignment', () => {
    expect(findBlockingPairs(problem, { assignments: { r1: 'h2', r2: 'h1', r3: 'h2' } })).toEqual(
      [],
    );
    // r3 at h1 instead of r1: r1 and h1 block (h1 ranks r1 above r3); r2 and r3 have their
    // first choices, so that is the only blocking pair.
    expect(findBlockingPairs(problem, { assignments: { r1: 'h2', r2: 'h2', r3: 'h1' } })).toEqual([
      {
        kind: 'single',
        applicant: 'r1',
        program: 'h1',
        reason: 'prefers-over-assignee',
        displaces: 'r3',
      },
    ]);
  });
});
