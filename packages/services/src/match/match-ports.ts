import type {
  MatchInstanceListItem,
  MatchInstanceRecord,
  MatchRun,
  MatchRunRecord,
  MatchRunSummary,
} from './match-domain.ts';

/** Ports of saved instances and runs; packages/db implements them. */

export interface MatchInstanceRepository {
  create(instance: MatchInstanceRecord): Promise<void>;
  update(instance: MatchInstanceRecord): Promise<void>;
  findById(id: string): Promise<MatchInstanceRecord | null>;
  /** Newest first, without problems (they can be large). */
  listByOwner(ownerId: string): Promise<MatchInstanceListItem[]>;
  /** With problems, for the account export. */
  listRecordsByOwner(ownerId: string): Promise<MatchInstanceRecord[]>;
  delete(id: string): Promise<void>;
}

export interface MatchRunRepository {
  create(run: MatchRunRecord): Promise<void>;
  findById(id: string): Promise<MatchRunRecord | null>;
  /** Newest first, without outcomes. */
  listByInstance(instanceId: string): Promise<MatchRunSummary[]>;
  /** With outcomes, for the account export. */
  listByOwner(ownerId: string): Promise<MatchRun[]>;
}
