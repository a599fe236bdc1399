import { describe, expect, it } from 'vitest';
import type { ApplicantProfile } from '../../vocabulary/programs.ts';
import { generateSyntheticPrograms } from '../synthetic/generate.ts';
import { buildBaseMarket, buildMarket, MARKET_APPLICANT_ID, type MarketInput } from './build.ts';
import { MARKET_MODEL } from './data.ts';
import { applicantsPerPosition } from './setup.ts';

const programs = generateSyntheticPrograms({ seed: 5 }).programs;
const pathology = programs.filter((p) => p.specialty === 'pathology');
const profile: ApplicantProfile = {
  applicantType: 'non-us-img',
  step2: 245,
  failedAttempts: 0,
  graduationYear: 2023,
  visa: 'j1',
  step3: false,
  usceMonths: 4,
  specialties: ['pathology'],
  states: [],
};
const rankList = pathology.slice(0, 6).map((p) => p.id);
const input: MarketInput = { profile, rankList, programs, seed: 9, matchYear: 2026 };

describe('buildMarket', () => {
  const built = buildMarket(input);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  const { problem } = built.value;

  it('includes the applicant under a fixed id with their own list, in their order', () => {
    expect(built.value.applicantId).toBe(MARKET_APPLICANT_ID);
    const me = problem.applicants.find((a) => a.id === MARKET_APPLICANT_ID);
    expect(me?.ranking).toEqual(rankList);
  });

  it('uses every program of the specialty and track, with its positions as capacity', () => {
    expect(problem.programs.map((p) => p.id)).toEqual(pathology.map((p) => p.id));
    expect(problem.programs.map((p) => p.capacity)).toEqual(pathology.map((p) => p.positions));
  });

  it('scales competitors to the positions by default (Σ type share ÷ type match rate)', () => {
    // Pathology: 42.1/0.935 + 9.2/0.926 + 9.2/0.678 + 27.0/0.58 = 45.03 + 9.94 + 13.57 + 46.55 = 115.08 % → 1.1508 per position.
    expect(applicantsPerPosition('pathology')).toBeCloseTo(1.1508, 3);
    const positions = pathology.reduce((s, p) => s + (p.positions ?? 0), 0);
    expect(problem.applicants.length - 1).toBe(
      Math.round(positions * applicantsPerPosition('pathology')),
    );
  });

  it('has programs rank exactly the applicants who interviewed there (reciprocal lists)', () => {
    const listed = new Map<string, Set<string>>();
    for (const a of problem.applicants)
      for (const p of a.ranking) listed.set(p, (listed.get(p) ?? new Set()).add(a.id));
    for (const p of problem.programs) {
      expect(new Set(p.ranking)).toEqual(listed.get(p.id) ?? new Set());
      expect(new Set(p.ranking).size).toBe(p.ranking.length);
    }
  });

  it('is deterministic per seed', () => {
    const again = buildMarket(input);
    expect(again.ok && again.value.problem).toEqual(problem);
    const other = buildMarket({ ...input, seed: 10 });
    expect(other.ok && other.value.problem).not.toEqual(problem);
  });

  it('honours an explicit number of competitors, including none', () => {
    const alone = buildMarket({ ...input, competitors: 0 });
    expect(alone.ok && alone.value.problem.applicants.map((a) => a.id)).toEqual([
      MARKET_APPLICANT_ID,
    ]);
    const many = buildMarket({ ...input, competitors: 1234 });
    expect(many.ok && many.value.problem.applicants.length).toBe(1235);
  });
});

describe('buildBaseMarket calibration', () => {
  const im = programs.filter(
    (p) => p.specialty === 'internal-medicine' && p.track === 'categorical',
  );
  const base = buildBaseMarket({
    ...input,
    rankList: im.slice(0, 3).map((p) => p.id),
    competitors: 3000,
  });
  if (!base.ok) throw new Error('valid input');
  const b = base.value;

  it('gives each competitor type its assumed mean number of interviews (12 / 10 / 6 / 5, ±2%)', () => {
    const sums = new Float64Array(4);
    for (let a = 0; a < b.applicantIds.length - 1; a++) {
      for (let e = b.candStart[a] as number; e < (b.candStart[a + 1] as number); e++) {
        const t = b.applicantType[a] as number;
        sums[t] = (sums[t] as number) + (b.candProb[e] as number);
      }
    }
    [12, 10, 6, 5].forEach((target, t) => {
      expect(Math.abs((sums[t] as number) / (b.typeCounts[t] as number) - target)).toBeLessThan(
        0.1,
      );
    });
  });

  it('keeps every program’s expected interviewees at or under 12 per position (+3%)', () => {
    const expected = new Float64Array(b.programIds.length);
    b.candProgram.forEach((j, e) => {
      expected[j] = (expected[j] as number) + (b.candProb[e] as number);
    });
    b.capacity.forEach((cap, j) => {
      expect(expected[j]).toBeLessThanOrEqual(cap * MARKET_MODEL.interviewsPerPosition * 1.03);
    });
  });
});

describe('buildMarket failures', () => {
  const codes = (over: Partial<MarketInput>) => {
    const r = buildMarket({ ...input, ...over });
    return r.ok ? [] : r.issues.map((i) => i.code);
  };
  it('rejects an empty list, unknown or repeated programs, and programs of another specialty', () => {
    expect(codes({ rankList: [] })).toEqual(['empty-rank-list']);
    expect(codes({ rankList: ['NOPE'] })).toEqual(['unknown-program']);
    expect(codes({ rankList: [rankList[0] as string, rankList[0] as string] })).toEqual([
      'duplicate-program',
    ]);
    const fm = programs.find((p) => p.specialty === 'family-medicine')?.id as string;
    expect(codes({ rankList: [...rankList, fm] })).toEqual(['program-outside-market']);
  });
  it('rejects a program set with a repeated id', () => {
    const copy = { ...(pathology[1] as (typeof pathology)[number]) };
    expect(codes({ programs: [...programs, copy] })).toEqual(['duplicate-program-id']);
  });
  it('rejects a negative or fractional number of competitors', () => {
    expect(codes({ competitors: -1 })).toEqual(['invalid-competitors']);
    expect(codes({ competitors: 2.5 })).toEqual(['invalid-competitors']);
  });
});
