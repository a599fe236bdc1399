import type { Program, SimulationResult } from '@matchready/core/programs';

/** The program-related records the services speak; repositories map rows to these and back. */

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
