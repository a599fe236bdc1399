import { describe, expect, it } from 'vitest';
import type { ApplicantProfile, Program } from '../../vocabulary/programs.ts';
import { unknownProgram } from '../program.ts';
import { generateSyntheticPrograms } from '../synthetic/generate.ts';
import { buildProgramList } from './build-list.ts';
import { filterEntries, filterPrograms, sortEntries, sortPrograms } from './filters.ts';

const who: ApplicantProfile = {
  applicantType: 'non-us-img',
  step2: 244,
  failedAttempts: 1,
  graduationYear: 2019,
  visa: 'j1',
  step3: false,
  usceMonths: 2,
  researchItems: 2,
  ecfmgCertifiedByRankDeadline: null,
  specialties: ['Internal Medicine', 'family-medicine'],
  states: ['NY', 'NJ'],
};
const sample = generateSyntheticPrograms({ seed: 11 }).programs;

describe('buildProgramList', () => {
  const built = buildProgramList(who, sample, { matchYear: 2026 });
  if (!built.ok) throw new Error('the profile is valid');
  const list = built.value;

  it("keeps the profile's specialties by default", () => {
    const expected = sample.filter(
      (p) => p.specialty === 'internal-medicine' || p.specialty === 'family-medicine',
    );
    expect(list.programs.map((e) => e.id)).toEqual(expected.map((p) => p.id));
  });

  it('never gives a tier or a score to an ineligible program, and always gives one to an eligible one', () => {
    expect(list.summary.ineligible).toBeGreaterThan(0);
    for (const e of list.programs) {
      if (e.eligible) {
        expect(e.tier).not.toBeNull();
        expect(e.reasons).toEqual([]);
      } else {
        expect(e.tier).toBeNull();
        expect(e.score).toBeNull();
        expect(e.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it('has factor contributions that add up to the logit of the score', () => {
    for (const e of list.programs.filter((x) => x.eligible)) {
      const sum = e.factors.reduce((s, f) => s + f.contribution, 0);
      expect(Math.log((e.score as number) / (1 - (e.score as number)))).toBeCloseTo(sum, 8);
    }
  });

  it('summarises counts consistent with the entries', () => {
    const s = list.summary;
    expect(s.total).toBe(list.programs.length);
    expect(s.eligible + s.ineligible).toBe(s.total);
    expect(s.tiers.safety + s.tiers.target + s.tiers.reach).toBe(s.eligible);
    const j1 = list.programs.filter((e) =>
      e.reasons.some((r) => r.code === 'visa-j1-not-accepted'),
    ).length;
    expect(s.reasons['visa-j1-not-accepted']).toBe(j1);
    expect(s.suggestions.map((x) => x.specialty)).toEqual(['internal-medicine', 'family-medicine']);
  });

  it('is deterministic', () => {
    expect(buildProgramList(who, sample, { matchYear: 2026 })).toEqual(built);
  });

  it('fails with issues for an invalid profile instead of guessing', () => {
    const bad = buildProgramList(
      { ...who, graduationYear: 2030, specialties: ['astrology'] },
      sample,
      { matchYear: 2026 },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => i.code).sort()).toEqual([
        'invalid-graduation-year',
        'unknown-specialty',
      ]);
  });

  it('makes a program with nothing reported eligible (never a reach for being unknown)', () => {
    const r = buildProgramList(who, [unknownProgram('X', 'X', 'internal-medicine')], {
      matchYear: 2026,
    });
    expect(r.ok && r.value.programs[0]?.eligible).toBe(true);
    expect(r.ok && r.value.programs[0]?.warnings.length).toBeGreaterThan(0);
  });
});

describe('filters and sorting', () => {
  const programs: Program[] = [
    {
      ...unknownProgram('B', 'Beta', 'internal-medicine'),
      state: 'NY',
      region: 'northeast',
      j1: true,
      positions: 10,
    },
    {
      ...unknownProgram('A', 'Alpha', 'pediatrics'),
      state: 'CA',
      region: 'west',
      j1: null,
      positions: 20,
    },
    {
      ...unknownProgram('C', 'Gamma', 'IM'),
      state: 'ny',
      region: 'northeast',
      j1: false,
      positions: null,
    },
  ];
  it('filters by specialty (names and ids), state, region and visa', () => {
    expect(
      filterPrograms(programs, { specialties: ['Internal Medicine'] }).map((p) => p.id),
    ).toEqual(['B', 'C']);
    expect(filterPrograms(programs, { states: ['NY'] }).map((p) => p.id)).toEqual(['B', 'C']);
    expect(filterPrograms(programs, { regions: ['west'] }).map((p) => p.id)).toEqual(['A']);
    expect(filterPrograms(programs, { visa: 'j1' }).map((p) => p.id)).toEqual(['B']);
    expect(
      filterPrograms(programs, { visa: 'j1', includeUnknownVisa: true }).map((p) => p.id),
    ).toEqual(['B', 'A']);
    expect(filterPrograms(programs, {}).length).toBe(3);
  });
  it('sorts programs without touching the input', () => {
    expect(sortPrograms(programs, 'name').map((p) => p.id)).toEqual(['A', 'B', 'C']);
    expect(sortPrograms(programs, 'positions').map((p) => p.id)).toEqual(['A', 'B', 'C']);
    expect(programs.map((p) => p.id)).toEqual(['B', 'A', 'C']);
  });
  it('sorts entries by tier then score, ineligible last, and filters them', () => {
    const entry = (
      id: string,
      tier: 'safety' | 'target' | 'reach' | null,
      score: number | null,
    ) => ({
      id,
      eligible: tier !== null,
      reasons: [],
      warnings: [],
      tier,
      tierReason: null,
      score,
      chance: score,
      factors: [],
    });
    const entries = [
      entry('r', 'reach', 0.05),
      entry('x', null, null),
      entry('t1', 'target', 0.2),
      entry('s', 'safety', 0.5),
      entry('t2', 'target', 0.3),
    ];
    expect(sortEntries(entries, 'tier').map((e) => e.id)).toEqual(['s', 't2', 't1', 'r', 'x']);
    expect(sortEntries(entries, 'score').map((e) => e.id)).toEqual(['s', 't2', 't1', 'r', 'x']);
    expect(filterEntries(entries, { tiers: ['target'] }).map((e) => e.id)).toEqual(['t1', 't2']);
    expect(filterEntries(entries, { eligible: false }).map((e) => e.id)).toEqual(['x']);
  });
});
