import { programExportFile } from '@matchready/contract/files';
import { generateSyntheticPrograms, SYNTHETIC_LABEL } from '@matchready/core/programs';
import { AppError, toCataloguePrograms } from '@matchready/services';
import { describe, expect, it } from 'vitest';
import { instanceFromUpload, programsFromUpload } from './files.ts';

const failure = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError)
      return { code: error.code, message: error.message, issues: error.details.issues };
    throw error;
  }
  throw new Error('expected an AppError');
};

describe('program files at the edge', () => {
  const sample = generateSyntheticPrograms({ seed: 7, count: 120 }).programs;
  const exported = (format: 'csv' | 'json') =>
    programExportFile(format, {
      programs: sample.map((p) => ({ ...p, dataset: 'synthetic-sample' })),
      exportedAt: '2026-01-01T00:00:00.000Z',
      syntheticLabel: SYNTHETIC_LABEL,
    }).content;

  it.each(['csv', 'json'] as const)('re-imports a %s export unchanged', (format) => {
    const upload = programsFromUpload({ format, content: exported(format) });
    expect(upload.format).toBe(format);
    expect(toCataloguePrograms(upload.programs).programs).toEqual(sample);
  });

  it('refuses a bad file with every issue (400) and an oversized one (413)', () => {
    const bad = failure(() =>
      programsFromUpload({ format: 'csv', content: 'id,name,specialty\nA1,,IM\nA2,B,\n' }),
    );
    expect(bad.code).toBe('invalid-input');
    expect(bad.message).toBe('Nothing was imported: the file has 2 problems');
    expect(bad.issues?.map((i) => i.path)).toEqual([
      ['line', 2],
      ['line', 3],
    ]);
    const big = failure(() =>
      programsFromUpload({ format: 'csv', content: `id\n${'é'.repeat(5 * 1024 * 1024)}` }),
    );
    expect(big.code).toBe('payload-too-large');
  });
});

describe('instance files at the edge', () => {
  it('gives the match service the problem, and for CSV where each entry came from', () => {
    const json = instanceFromUpload({ format: 'json', content: '{"programs":[]}' });
    expect(json).toEqual({ problem: { programs: [] }, locate: undefined });
    const csv = instanceFromUpload({ format: 'csv', content: 'applicant,A1,,P1\n' });
    expect(csv.problem).toEqual({ programs: [], applicants: [{ id: 'A1', ranking: ['P1'] }] });
    expect(csv.locate?.({ code: 'x', path: ['applicants', 0], message: 'Bad.' })).toEqual({
      code: 'x',
      path: ['line', 1],
      message: 'Line 1: Bad.',
    });
  });

  it('refuses a file that does not parse with every issue', () => {
    expect(failure(() => instanceFromUpload({ format: 'json', content: '{' }))).toMatchObject({
      code: 'invalid-input',
      message: 'The instance is not valid (1 issue)',
      issues: [{ code: 'invalid-json', path: [] }],
    });
    const csv = failure(() => instanceFromUpload({ format: 'csv', content: 'x,1\ny,2\n' }));
    expect(csv.message).toBe('The instance is not valid (2 issues)');
  });
});
