import { describe, expect, it } from 'vitest';
import type { Program } from '../../vocabulary/programs.ts';
import { SPECIALTY_TRACK_GROUPS } from '../specialties.ts';
import { generateSyntheticPrograms, SYNTHETIC_LABEL } from './generate.ts';

const dataset = generateSyntheticPrograms({ seed: 2026 });
const group = (specialty: string, track: string): Program[] =>
  dataset.programs.filter((p) => p.specialty === specialty && p.track === track);
const share = (ps: readonly Program[], f: (p: Program) => boolean | null) => {
  const reported = ps.filter((p) => f(p) !== null);
  return reported.filter((p) => f(p) === true).length / reported.length;
};

describe('generateSyntheticPrograms: safety rails', () => {
  it('marks every record synthetic, with a unique SYN-NNNN id and a "Synthetic … Program #NNNN" name', () => {
    expect(dataset.programs).toHaveLength(3000);
    const bad = dataset.programs.filter(
      (p) =>
        p.synthetic !== true ||
        !/^SYN-\d{4}$/.test(p.id) ||
        !/^Synthetic .+ Program #\d{4}$/.test(p.name) ||
        !p.name.endsWith(p.id.slice(4)),
    );
    expect(bad).toEqual([]);
    expect(new Set(dataset.programs.map((p) => p.id)).size).toBe(3000);
  });

  it('labels the dataset as not real programs', () => {
    expect(dataset.synthetic).toBe(true);
    expect(dataset.label).toBe(SYNTHETIC_LABEL);
    expect(dataset.label).toContain('not real');
    expect(dataset.generator.seed).toBe(2026);
    expect(dataset.assumptions.length).toBeGreaterThan(5);
  });
});

describe('generateSyntheticPrograms: calibration to public distributions', () => {
  it('follows the NRMP 2025 specialty mix (each group within 1 of programs × 3000 / 4958)', () => {
    for (const g of SPECIALTY_TRACK_GROUPS) {
      expect(
        Math.abs(group(g.specialty, g.track).length - (g.programs * 3000) / 4958),
      ).toBeLessThanOrEqual(1);
    }
  });

  it('keeps mean positions per program near positions ÷ programs (IM 14.4, FM 6.6)', () => {
    const mean = (ps: Program[]) => ps.reduce((s, p) => s + (p.positions ?? 0), 0) / ps.length;
    expect(Math.abs(mean(group('internal-medicine', 'categorical')) - 10941 / 758)).toBeLessThan(
      1.5,
    );
    expect(Math.abs(mean(group('family-medicine', 'categorical')) - 5357 / 817)).toBeLessThan(0.8);
  });

  it('hits each group’s position-weighted IMG share (e.g. IM 0.447, Orthopaedics 0.024) within 0.005', () => {
    for (const g of SPECIALTY_TRACK_GROUPS) {
      const ps = group(g.specialty, g.track);
      const positions = ps.reduce((s, p) => s + (p.positions ?? 0), 0);
      const weighted =
        ps.reduce((s, p) => s + (p.imgShare ?? 0) * (p.positions ?? 0), 0) / positions;
      expect(Math.abs(weighted - g.imgShare), `${g.specialty}/${g.track}`).toBeLessThan(0.005);
    }
  });

  it('has community programs with more IMGs than university ones (APDIM contrast)', () => {
    const im = group('internal-medicine', 'categorical');
    const mean = (a: string) => {
      const xs = im.filter((p) => p.affiliation === a);
      return xs.reduce((s, p) => s + (p.imgShare ?? 0), 0) / xs.length;
    };
    expect(mean('community')).toBeGreaterThan(2 * mean('university'));
  });

  it('calibrates IM visas to the JGME survey: J-1 ≈ 63.7%, H-1B ≈ 22.0% of reporting programs (±4 points)', () => {
    const im = group('internal-medicine', 'categorical');
    expect(Math.abs(share(im, (p) => p.j1) - 0.637)).toBeLessThan(0.04);
    expect(Math.abs(share(im, (p) => p.h1b) - 0.22)).toBeLessThan(0.04);
    expect(im.every((p) => p.h1b !== true || p.j1 === true)).toBe(true);
  });

  it('leaves some attributes unreported, as real directories do', () => {
    expect(dataset.programs.some((p) => p.j1 === null)).toBe(true);
    expect(dataset.programs.some((p) => p.minStep2 === null)).toBe(true);
    const reportedMin = dataset.programs.filter((p) => p.minStep2 !== null).length / 3000;
    expect(Math.abs(reportedMin - 0.45)).toBeLessThan(0.04);
  });

  it('sets interviewed P10 / P90 at median − 14 / + 13', () => {
    for (const p of dataset.programs.slice(0, 50)) {
      expect(p.step2P10).toBe((p.typicalStep2 as number) - 14);
      expect(p.step2P90).toBe((p.typicalStep2 as number) + 13);
    }
  });
});

describe('generateSyntheticPrograms: determinism', () => {
  it('gives the same dataset for the same seed and a different one for another seed', () => {
    expect(generateSyntheticPrograms({ seed: 2026 })).toEqual(dataset);
    const other = generateSyntheticPrograms({ seed: 2027 });
    expect(other.programs.map((p) => p.imgShare)).not.toEqual(
      dataset.programs.map((p) => p.imgShare),
    );
  });
  it('scales to another count', () => {
    expect(generateSyntheticPrograms({ seed: 1, count: 100 }).programs).toHaveLength(100);
  });
});
