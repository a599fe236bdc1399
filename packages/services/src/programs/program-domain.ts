import type { Issue } from '@matchready/core';
import {
  buildProgramList,
  type Program,
  type ProgramListEntry,
  type SimulationResult,
  type Tier,
} from '@matchready/core/programs';
import type { ApplicantProfile } from '../account/account-domain.ts';
import { invalidInput } from '../shared/app-error.ts';
import { toCoreProfile } from './program-profile.ts';

/**
 * The program-related records the services speak (repositories map rows to these and back),
 * and the pure rules the program services share.
 */

/** A catalogue program and the dataset it came from ('synthetic-sample' or an import's name). */
export interface CatalogueProgram extends Program {
  readonly dataset: string;
}

export type ProgramImportFormat = 'csv' | 'json' | 'generated';

/** One import (the synthetic sample is one too): who brought which rows in, and when. */
export interface ProgramImport {
  readonly id: string;
  readonly dataset: string;
  readonly format: ProgramImportFormat;
  readonly filename: string | null;
  readonly synthetic: boolean;
  readonly programs: number;
  /** Ids that were already in the catalogue and were replaced by this import. */
  readonly replaced: number;
  /** Null for the start-up sample and CLI imports (or once the importing account is deleted). */
  readonly importedBy: string | null;
  readonly importedAt: string;
}

/** A dataset an organisation imported into the shared catalogue, as its admins see it. */
export interface OwnedDataset {
  readonly dataset: string;
  readonly programs: number;
  /** When its programs were first and last written (ISO-8601). */
  readonly firstImportedAt: string;
  readonly lastImportedAt: string;
  /** Emails of the accounts that imported its programs (deleted accounts are left out), sorted. */
  readonly importedBy: readonly string[];
}

export interface ProgramNote {
  readonly programId: string;
  readonly note: string;
}

/** The applicant's saved application list (one per applicant). */
export interface SavedProgramList {
  readonly entries: readonly ProgramNote[];
  readonly updatedAt: string;
}

export interface RankList {
  readonly id: string;
  readonly name: string;
  /** Most preferred first. */
  readonly entries: readonly ProgramNote[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface RankListRecord extends RankList {
  readonly ownerId: string;
}

export interface RankListSummary {
  readonly id: string;
  readonly name: string;
  readonly programs: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type SimulationStatus = 'queued' | 'running' | 'done' | 'failed';

export interface Simulation {
  readonly id: string;
  readonly status: SimulationStatus;
  /** 0–1 */
  readonly progress: number;
  readonly rankListId: string | null;
  readonly programIds: readonly string[];
  readonly runs: number;
  readonly competitors: number | null;
  readonly seed: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
  readonly error: string | null;
  readonly result: SimulationResult | null;
}

export interface SimulationRecord extends Simulation {
  readonly ownerId: string;
}

/** What changes while a simulation runs. */
export interface SimulationUpdate {
  readonly status: SimulationStatus;
  readonly progress: number;
  readonly updatedAt: string;
  readonly finishedAt?: string | null;
  readonly error?: string | null;
  readonly result?: SimulationResult | null;
}

export type DatasetFilter = 'all' | 'synthetic' | 'imported';

export const inDataset = (filter: DatasetFilter) => (p: { synthetic: boolean }) =>
  filter === 'all' || p.synthetic === (filter === 'synthetic');

export interface NotedProgram extends ProgramNote {
  /** Null when the program has left the catalogue since it was saved. */
  readonly program: CatalogueProgram | null;
  /** Eligibility, tier and displayed chance for the current profile; null when it cannot be judged. */
  readonly assessment?: ProgramAssessment | null;
}

export interface ProgramAssessment {
  readonly eligible: boolean;
  readonly tier: Tier | null;
  /** The displayed chance (decision 038), 0–1; null when not eligible. */
  readonly chance: number | null;
  /** Why not eligible (empty when eligible). */
  readonly reasons: readonly string[];
}

/** Each entry with its assessment for `profile` (null for all when the profile is incomplete). */
export function withAssessments(
  entries: readonly NotedProgram[],
  profile: ApplicantProfile | null,
  matchYear: number,
): NotedProgram[] {
  const programs = entries.flatMap((e) => (e.program ? [e.program] : []));
  const judged = judgePrograms(profile, programs, matchYear);
  return entries.map((e) => {
    const j = judged?.get(e.programId);
    return {
      ...e,
      assessment: j
        ? {
            eligible: j.eligible,
            tier: j.tier,
            chance: j.chance,
            reasons: j.reasons.map((r) => r.message),
          }
        : null,
    };
  });
}

/** The entries with their catalogue records (`found`: the catalogue's programs by id). */
export const withPrograms = (
  entries: readonly ProgramNote[],
  found: ReadonlyMap<string, CatalogueProgram>,
): NotedProgram[] => entries.map((e) => ({ ...e, program: found.get(e.programId) ?? null }));

/** Every entry's program must be in the catalogue (`found`); issues point at `entries[i].programId`. */
export function assertInCatalogue(
  entries: readonly ProgramNote[],
  found: ReadonlyMap<string, CatalogueProgram>,
): void {
  const issues: Issue[] = [];
  entries.forEach((e, i) => {
    if (!found.has(e.programId))
      issues.push({
        code: 'unknown-program',
        path: ['entries', i, 'programId'],
        message: `No program "${e.programId}" in the catalogue`,
      });
  });
  if (issues.length > 0) throw invalidInput('Some programs are not in the catalogue', issues);
}

/** The ids of the entries' programs, in order. */
export const entryProgramIds = (entries: readonly ProgramNote[]): string[] =>
  entries.map((e) => e.programId);

/**
 * The list builder's entries for `programs` and the saved profile, keyed by program id; null
 * while the profile is incomplete (the programs cannot be judged yet).
 */
export function judgePrograms(
  profile: ApplicantProfile | null,
  programs: readonly Program[],
  matchYear: number,
): Map<string, ProgramListEntry> | null {
  const core = toCoreProfile(profile);
  if (!core.ok) return null;
  const built = buildProgramList(core.value, programs, { matchYear, filter: {} });
  return built.ok ? new Map(built.value.programs.map((e) => [e.id, e])) : null;
}
