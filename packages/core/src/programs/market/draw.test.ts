import { describe, expect, it } from 'vitest';
import { solveMatch } from '../../matching/solve.ts';
import { solveSingles } from '../../matching/solve-singles.ts';
import { createRandom } from '../../shared/random.ts';
import type { ApplicantProfile } from '../../vocabulary/programs.ts';
import { generateSyntheticPrograms } from '../synthetic/generate.ts';
import { buildBaseMarket } from './build.ts';
import { createScratch, drawIndexedMarket, drawMarket } from './draw.ts';

const profile: ApplicantProfile = {
  applicantType: 'non-us-img',
  step2: 240,
  failedAttempts: 0,
  graduationYear: 2022,
  visa: 'j1',
  step3: false,
  usceMonths: 3,
  specialties: ['pediatrics'],
  states: ['TX'],
};
const programs = generateSyntheticPrograms({ seed: 11, count: 800 }).programs;
const peds = programs.filter((p) => p.specialty === 'pediatrics');

describe('the two market emitters', () => {
  it('describe the same market: solveMatch on ids = solveSingles on indices, run for run', () => {
    const built = buildBaseMarket({
      profile,
      rankList: peds.slice(0, 5).map((p) => p.id),
      programs,
      seed: 3,
      competitors: 900,
      matchYear: 2027,
    });
    if (!built.ok) throw new Error(built.issues.map((i) => i.message).join('; '));
    const base = built.value;
    const scratchA = createScratch(base);
    const scratchB = createScratch(base);
    for (let run = 1; run <= 8; run++) {
      const problem = drawMarket(base, createRandom(run), scratchA);
      const expected = solveMatch(problem, { verify: false });
      if (!expected.ok) throw new Error('a drawn market is valid');
      const got = solveSingles(drawIndexedMarket(base, createRandom(run), scratchB));
      const assignments = Object.fromEntries(
        base.applicantIds.map((id, a) => {
          const p = got.assignment[a] as number;
          return [id, p < 0 ? null : (base.programIds[p] as string)];
        }),
      );
      expect(assignments).toEqual(expected.value.assignments);
      expect(got.filledPositions).toBe(expected.value.stats.filledPositions);
      // Programs rank their interviewees best first, with no one twice.
      for (const program of problem.programs)
        expect(new Set(program.ranking).size).toBe(program.ranking.length);
    }
  });
});
