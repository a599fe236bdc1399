import type { Explanation, MatchOutcome, MatchProblem, Result } from '@matchready/core';
import type {
  MatchInstanceListItem,
  MatchInstanceRecord,
  MatchRun,
  MatchRunRecord,
  MatchRunSummary,
} from './match-domain.ts';

/** Ports of saved instances and runs; packages/db implements them. */

export interface MatchInstanceRepository {
  /**
   * Saves the instance unless its owner already has `quota` (issue 12): counted and inserted in
   * one transaction that first locks the owner's row, so parallel saves cannot beat the quota.
   */
  create(instance: MatchInstanceRecord, quota?: number): Promise<'created' | 'over-quota'>;
  update(instance: MatchInstanceRecord): Promise<void>;
  findById(id: string): Promise<MatchInstanceRecord | null>;
  /**
   * The problem as stored (JSON text), unparsed: a run hands it to a worker as is, so the main
   * thread never parses nor re-serialises a large problem (decision 042).
   */
  findProblemJson(id: string): Promise<StoredProblem | null>;
  /** Newest first, without problems (they can be large). */
  listByOwner(ownerId: string): Promise<MatchInstanceListItem[]>;
  /** With problems, for the account export. */
  listRecordsByOwner(ownerId: string): Promise<MatchInstanceRecord[]>;
  delete(id: string): Promise<void>;
}

/** An instance's owner and its problem as stored. */
export interface StoredProblem {
  readonly ownerId: string;
  readonly problemJson: string;
}

/** A run to save: its problem parsed, or as the JSON text it was read as (stored unchanged). */
export type NewMatchRun =
  | MatchRunRecord
  | (Omit<MatchRunRecord, 'problem'> & { readonly problemJson: string });

export interface MatchRunRepository {
  /** Saves the run unless its owner already has `quota` runs (same transaction rule). */
  create(run: NewMatchRun, quota?: number): Promise<'created' | 'over-quota'>;
  findById(id: string): Promise<MatchRunRecord | null>;
  /** Newest first, without outcomes. */
  listByInstance(instanceId: string): Promise<MatchRunSummary[]>;
  /** With outcomes, for the account export. */
  listByOwner(ownerId: string): Promise<MatchRun[]>;
}

/** What the match engine answers when its queue is full (the caller gets a 429 to retry). */
export type EngineBusy = { readonly busy: true; readonly retryAfterSeconds: number };

/**
 * Solves and explains off the request thread (decision 042): the server runs a worker pool with
 * a bounded queue, tests and the CLI solve in process (createInProcessMatchEngine).
 */
export interface MatchEngine {
  /** The problem as JSON text (checked when it was saved): parsed where it is solved. */
  solve(problemJson: string): Promise<Result<MatchOutcome> | EngineBusy>;
  explain(
    problem: MatchProblem,
    outcome: MatchOutcome,
    applicantId: string,
  ): Promise<Result<Explanation> | EngineBusy>;
}
