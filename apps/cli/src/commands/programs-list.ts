import type { Issue } from '@matchready/core';
import {
  type ApplicantProfile,
  buildProgramList,
  generateSyntheticPrograms,
  normalizeSpecialty,
  type Program,
  SPECIALTIES,
  SYNTHETIC_LABEL,
} from '@matchready/core/programs';
import { SAMPLE_SEED, toCataloguePrograms } from '@matchready/services';
import { CliError } from '../errors.ts';
import { readJsonFile } from '../io.ts';
import { readProgramFile } from './programs-files.ts';

export interface ListOptions {
  readonly profile: string;
  readonly programs?: string | undefined;
  readonly specialty?: string | undefined;
  readonly matchYear: number;
  readonly cwd: string;
}

export async function readProfile(file: string, cwd: string): Promise<ApplicantProfile> {
  // Loaded here: the contract (zod) is only needed by this subcommand.
  const { profileFileSchema } = await import('@matchready/contract');
  const parsed = profileFileSchema.safeParse(
    await readJsonFile(file, { cwd, stdout: () => {}, stderr: () => {} }),
  );
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.map((issue) => ({
      code: issue.code,
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
    }));
    throw new CliError('invalid-input', `"${file}" is not a valid profile:`, issues);
  }
  const { ecfmgCertified, ...profile } = parsed.data;
  return { ...profile, ecfmgCertifiedByRankDeadline: ecfmgCertified ?? null };
}

const known = () => SPECIALTIES.map((s) => `${s.name} (${s.id})`).join(', ');

/** The JSON `matchready programs list` prints: one entry per program of the chosen specialties. */
export async function listPrograms(options: ListOptions): Promise<string> {
  const profile = await readProfile(options.profile, options.cwd);
  const programs: readonly Program[] =
    options.programs === undefined
      ? generateSyntheticPrograms({ seed: SAMPLE_SEED }).programs
      : toCataloguePrograms((await readProgramFile(options.programs, options.cwd)).records)
          .programs;
  let specialties = profile.specialties;
  if (options.specialty !== undefined) {
    const inCatalogue = programs.some((p) => p.specialty === options.specialty);
    if (normalizeSpecialty(options.specialty) === null && !inCatalogue)
      throw new CliError(
        'invalid-input',
        `unknown specialty "${options.specialty}". Known: ${known()}`,
      );
    specialties = [options.specialty];
  }
  const built = buildProgramList(profile, programs, {
    matchYear: options.matchYear,
    filter: { specialties },
  });
  if (!built.ok) {
    const unknown = built.issues.some((i) => i.code === 'unknown-specialty');
    throw new CliError(
      'invalid-input',
      `the profile cannot be judged${unknown ? ` (known specialties: ${known()})` : ''}:`,
      built.issues,
    );
  }
  const sample = options.programs === undefined;
  return `${JSON.stringify(
    {
      matchYear: options.matchYear,
      ...(sample ? { dataset: 'synthetic-sample', label: SYNTHETIC_LABEL } : {}),
      summary: built.value.summary,
      programs: built.value.programs.map((e) => ({
        id: e.id,
        eligible: e.eligible,
        reasons: e.reasons,
        tier: e.tier,
        score: e.score,
        factors: e.factors,
        warnings: e.warnings,
        tierReason: e.tierReason,
      })),
    },
    null,
    2,
  )}\n`;
}
