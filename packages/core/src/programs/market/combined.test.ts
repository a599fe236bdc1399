import { describe, expect, it } from 'vitest';
import type { ApplicantProfile } from '../../vocabulary/programs.ts';
import { generateSyntheticPrograms } from '../synthetic/generate.ts';
import { type SimulateInput, simulateMatch } from './simulate.ts';

const programs = generateSyntheticPrograms({ seed: 5 }).programs;
const of = (specialty: string, n: number) =>
  programs
    .filter((p) => p.specialty === specialty)
    .slice(0, n)
    .map((p) => p.id);
const [path1, path2, path3] = of('pathology', 3) as [string, string, string];
const [neuro1, neuro2] = of('neurology', 2) as [string, string];
const [ty1] = of('transitional-year', 1) as [string];
const profile: ApplicantProfile = {
  applicantType: 'non-us-img',
  step2: 240,
  failedAttempts: 0,
  graduationYear: 2023,
  visa: 'j1',
  step3: false,
  usceMonths: 4,
  specialties: ['pathology', 'neurology'],
  states: [],
};
const mixed = [path1, neuro1, path2, ty1, neuro2, path3];
const input: SimulateInput = {
  profile,
  rankList: mixed,
  programs,
  seed: 9,
  runs: 30,
  matchYear: 2026,
};
const run = (over: Partial<SimulateInput> = {}) => {
  const r = simulateMatch({ ...input, ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('simulateMatch across specialties (one joined market)', () => {
  const result = run();

  it('simulates a list mixing specialties, one share per rank, summing to the runs', () => {
    expect(result.specialty).toBe('pathology + neurology + transitional-year');
    expect(result.distribution.map((d) => d.programId)).toEqual([...mixed, null]);
    expect(result.matchedAt.reduce((s, n) => s + n, 0) + result.unmatched).toBe(30);
    expect(result.caveats.some((c) => c.includes('several specialties'))).toBe(true);
  });

  it('joins one market per specialty: competitors and positions add up', () => {
    const alone = (ids: string[]) => run({ rankList: ids, runs: 1 });
    const parts = [alone([path1]), alone([neuro1]), alone([ty1])];
    expect(result.competitors).toBe(parts.reduce((s, p) => s + p.competitors, 0));
    expect(result.positions).toBe(parts.reduce((s, p) => s + p.positions, 0));
    // A one-specialty list is the one-specialty market, whatever else the catalogue holds.
    expect(parts[0]?.specialty).toBe('pathology');
  });

  it('is deterministic per seed and splits explicit competitors between the markets', () => {
    expect(run()).toEqual(result);
    const few = run({ competitors: 500, runs: 2 });
    expect(few.competitors).toBe(500);
  });

  it('matches an applicant alone in every market at their first choice, once', () => {
    const alone = run({ competitors: 0, runs: 4 });
    expect(alone.matchedAt).toEqual([4, 0, 0, 0, 0, 0]);
    expect(alone.unmatched).toBe(0);
  });

  it('keeps the truncation property across specialties (same markets, list cut after k)', () => {
    const cut = run({ rankList: mixed.slice(0, 5) });
    expect(cut.pMatch).toBeCloseTo(result.rankSensitivity[4]?.probability ?? -1, 12);
  });

  it('names an unknown or repeated program and refuses an explicit other specialty', () => {
    const bad = simulateMatch({ ...input, rankList: [path1, 'NOPE', path1] });
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.message])).toEqual([
      ['unknown-program', 'No program with id "NOPE".'],
      ['duplicate-program', `"${path1}" is ranked twice.`],
    ]);
    const explicit = simulateMatch({ ...input, specialty: 'pathology' });
    expect(explicit.ok ? [] : explicit.issues.map((i) => i.code)).toContain(
      'program-outside-market',
    );
  });
});
