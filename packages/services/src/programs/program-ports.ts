import type { Result } from '@matchready/core';
import type { SimulateInput, SimulationResult } from '@matchready/core/programs';
import type {
  CatalogueProgram,
  OwnedDataset,
  ProgramImport,
  RankListRecord,
  RankListSummary,
  SavedProgramList,
  Simulation,
  SimulationRecord,
  SimulationUpdate,
} from './program-domain.ts';

/** Ports of the program features: packages/db implements the repositories, the server the runner. */

/**
 * Whose programs an import may replace (decision 033): `owner` is stored on every row it writes
 * ('org:<id>' or 'user:<id>'); when `restricted`, a row already in the catalogue with another
 * owner (another organisation's, or the synthetic sample's, owner NULL) refuses the whole import.
 * Operators (CLI, site admins) import unrestricted with owner null.
 */
export interface ImportScope {
  readonly owner: string | null;
  readonly restricted: boolean;
}

export type ImportBatchResult =
  | { readonly replaced: number; readonly refused?: undefined }
  | { readonly replaced: 0; readonly refused: readonly string[] };

export interface ProgramCatalogueRepository {
  /** How many programs and when the catalogue last changed: a cheap check for a cached copy. */
  stamp(): Promise<{ readonly count: number; readonly changedAt: string | null }>;
  /** Every program, ordered by id. */
  listAll(): Promise<CatalogueProgram[]>;
  /**
   * Records the import and inserts or replaces its programs (by id) in ONE transaction: all rows
   * or none. Returns how many ids were already in the catalogue, or (restricted scope) the ids
   * owned by someone else, in which case nothing is written.
   */
  importBatch(
    batch: ProgramImport,
    programs: readonly CatalogueProgram[],
    scope?: ImportScope,
  ): Promise<ImportBatchResult>;
  /** Newest first. */
  listImports(): Promise<ProgramImport[]>;
  /** The datasets whose programs carry this owner scope (`org:<id>`), by name. */
  listOwnedDatasets(owner: string): Promise<OwnedDataset[]>;
  /**
   * Deletes the dataset's programs that carry this owner scope, in one statement: all or none,
   * and never a row of another owner or of the sample. Returns how many were deleted.
   */
  deleteOwnedDataset(owner: string, dataset: string): Promise<number>;
}

/**
 * The catalogue as the program services read it: every program, or some by id. Kept in memory
 * (see catalogue-reader.ts), so a list build does not re-read thousands of rows.
 */
/** The catalogue as read at one stamp (count and last change): what a cache may key on. */
export interface CatalogueSnapshot {
  readonly stamp: string;
  readonly programs: readonly CatalogueProgram[];
  readonly byId: ReadonlyMap<string, CatalogueProgram>;
}

export interface CatalogueReader {
  /** Programs and index from one stamp read (all() and byIds() each read the stamp). */
  snapshot(): Promise<CatalogueSnapshot>;
  all(): Promise<readonly CatalogueProgram[]>;
  byIds(ids: readonly string[]): Promise<ReadonlyMap<string, CatalogueProgram>>;
}

export interface SavedProgramListRepository {
  find(userId: string): Promise<SavedProgramList | null>;
  save(userId: string, list: SavedProgramList): Promise<void>;
}

export interface RankListRepository {
  create(list: RankListRecord): Promise<void>;
  update(list: RankListRecord): Promise<void>;
  findById(id: string): Promise<RankListRecord | null>;
  /** Newest first. */
  listByOwner(ownerId: string): Promise<RankListSummary[]>;
  listRecordsByOwner(ownerId: string): Promise<RankListRecord[]>;
  delete(id: string): Promise<void>;
}

export interface SimulationRepository {
  /** Stores the simulation with its heartbeat at `updatedAt` (the creating process holds it). */
  create(simulation: SimulationRecord): Promise<void>;
  update(id: string, update: SimulationUpdate): Promise<void>;
  findById(id: string): Promise<SimulationRecord | null>;
  /** Newest first, results left out (they are only read one at a time). */
  listByOwner(ownerId: string): Promise<Omit<Simulation, 'result'>[]>;
  /** With results, for the account export. */
  listRecordsByOwner(ownerId: string): Promise<SimulationRecord[]>;
  /** Queued or running simulations of the owner. */
  countUnfinished(ownerId: string): Promise<number>;
  /** Sets the heartbeat of exactly these simulations to `at` (their process still runs them). */
  refreshHeartbeats(ids: readonly string[], at: string): Promise<void>;
  /**
   * Marks failed, in one statement, the queued or running simulations whose heartbeat is missing
   * or at or before `cutoff` (their process is gone; decision 051); returns how many.
   */
  failAbandoned(error: string, cutoff: string, now: string): Promise<number>;
}

/** The program features' repositories (packages/db: createProgramRepositories). */
export interface ProgramPorts {
  readonly catalogue: ProgramCatalogueRepository;
  readonly savedLists: SavedProgramListRepository;
  readonly rankLists: RankListRepository;
  readonly simulations: SimulationRepository;
}

/** A simulation's input: plain data, so it can be posted to a worker thread. */
export type SimulationJob = Omit<SimulateInput, 'onProgress' | 'progressEvery' | 'firstRun'>;

export interface SimulationEvents {
  /** The job left the queue. */
  onStart(): void;
  /** Runs done so far, over all parts. */
  onProgress(done: number, total: number): void;
}

/** Runs simulations off the request path (worker threads in the server). */
export interface SimulationRunner {
  run(job: SimulationJob, events: SimulationEvents): Promise<Result<SimulationResult>>;
  /** Jobs waiting for a worker, for back-pressure. */
  readonly queued: () => number;
}
