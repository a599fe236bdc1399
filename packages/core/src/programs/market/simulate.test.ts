import { describe, expect, it } from 'vitest';
import type { ApplicantProfile } from '../../vocabulary/programs.ts';
import { generateSyntheticPrograms } from '../synthetic/generate.ts';
import { mergeSimulations, type SimulateInput, simulateMatch } from './simulate.ts';

const programs = generateSyntheticPrograms({ seed: 5 }).programs;
const pathology = programs.filter((p) => p.specialty === 'pathology');
const profile: ApplicantProfile = {
  applicantType: 'non-us-img',
  step2: 240,
  failedAttempts: 0,
  graduationYear: 2023,
  visa: 'j1',
  step3: false,
  usceMonths: 4,
  specialties: ['pathology'],
  states: [],
};
const rankList = pathology.slice(0, 5).map((p) => p.id);
const input: SimulateInput = { profile, rankList, programs, seed: 3, runs: 40, matchYear: 2026 };
const run = (over: Partial<SimulateInput> = {}) => {
  const r = simulateMatch({ ...input, ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('simulateMatch (real engine)', () => {
  const result = run();

  it('returns a distribution over choices 1…n and unmatched that sums to the runs', () => {
    expect(result.distribution.map((d) => d.choice)).toEqual([1, 2, 3, 4, 5, null]);
    expect(result.distribution.reduce((s, d) => s + d.count, 0)).toBe(40);
    expect(result.distribution.reduce((s, d) => s + d.probability, 0)).toBeCloseTo(1, 12);
    expect(result.distribution.map((d) => d.programId)).toEqual([...rankList, null]);
    expect(result.pMatch).toBeCloseTo((40 - result.unmatched) / 40, 12);
  });

  it('reports rank sensitivity as the cumulative share matched within the first k choices', () => {
    let cumulative = 0;
    result.rankSensitivity.forEach((point, k) => {
      cumulative += result.matchedAt[k] as number;
      expect(point).toEqual({ ranks: k + 1, probability: cumulative / 40 });
    });
    expect(result.rankSensitivity.at(-1)?.probability).toBeCloseTo(result.pMatch, 12);
  });

  it('matches that sensitivity when the list really is cut after k programs (truncation property)', () => {
    for (const k of [1, 3]) {
      const cut = run({ rankList: rankList.slice(0, k) });
      expect(cut.pMatch).toBeCloseTo(result.rankSensitivity[k - 1]?.probability ?? -1, 12);
    }
  });

  it('is deterministic per seed', () => {
    expect(run()).toEqual(result);
  });

  it('gives the same result split over two workers and merged', () => {
    const merged = mergeSimulations([
      run({ runs: 15, firstRun: 25 }),
      run({ runs: 25, firstRun: 0 }),
    ]);
    expect(merged.ok && merged.value).toEqual(result);
    const gap = mergeSimulations([run({ runs: 5, firstRun: 0 }), run({ runs: 5, firstRun: 6 })]);
    expect(gap.ok).toBe(false);
  });

  it('matches an applicant alone in the market at their first choice every time', () => {
    const alone = run({ competitors: 0, runs: 3 });
    expect(alone.matchedAt).toEqual([3, 0, 0, 0, 0]);
    expect(alone.unmatched).toBe(0);
  });

  it('reports progress every N runs and at the end', () => {
    const seen: number[] = [];
    run({
      runs: 7,
      progressEvery: 3,
      onProgress: ({ done, total }) => seen.push(done * 100 + total),
    });
    expect(seen).toEqual([307, 607, 707]);
  });

  it('gives a much stronger applicant at least the match chance of a much weaker one', () => {
    const strong = run({ profile: { ...profile, step2: 275, usceMonths: 12 } });
    const weak = run({
      profile: { ...profile, step2: 215, failedAttempts: 2, graduationYear: 2012 },
    });
    expect(strong.pMatch).toBeGreaterThanOrEqual(weak.pMatch);
    expect(strong.pMatch).toBeGreaterThan(0);
  });

  it('reports competitor match rates by type within [0, 1] and labels the market synthetic', () => {
    for (const rate of Object.values(result.market.matchRateByType)) {
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
    expect(result.market.filledPositions).toBeLessThanOrEqual(result.positions * 40);
    expect(result.market.fillRate).toBeCloseTo(
      result.market.filledPositions / (result.positions * 40),
      12,
    );
    expect(result.caveats[0]).toContain('SYNTHETIC');
  });

  it('fails for an invalid number of runs or an unknown program', () => {
    const bad = simulateMatch({ ...input, runs: 0, rankList: ['NOPE'] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.code)).toEqual(['invalid-runs', 'unknown-program']);
  });
});
