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
  /** Newest first, without problems (they can be large). */
  listByOwner(ownerId: string): Promise<MatchInstanceListItem[]>;
  /** With problems, for the account export. */
  listRecordsByOwner(ownerId: string): Promise<MatchInstanceRecord[]>;
  delete(id: string): Promise<void>;
}

export interface MatchRunRepository {
  /** Saves the run unless its owner already has `quota` runs (same transaction rule). */
  create(run: MatchRunRecord, quota?: number): Promise<'created' | 'over-quota'>;
  findById(id: string): Promise<MatchRunRecord | null>;
  /** Newest first, without outcomes. */
  listByInstance(instanceId: string): Promise<MatchRunSummary[]>;
  /** With outcomes, for the account export. */
  listByOwner(ownerId: string): Promise<MatchRun[]>;
}
