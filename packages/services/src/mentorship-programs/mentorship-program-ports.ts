import type { Result } from '@matchready/core';
import type { ProgramSolveJob } from '@matchready/core/mentorship/assignment';
import type { AssignmentResult } from '@matchready/core/vocabulary';
import type {
  MentorshipProgramRecord,
  ProgramCounts,
  ProgramDraftRecord,
  ProgramDraftSummary,
  ProgramParticipant,
  ProgramRule,
  PublishedPair,
} from './mentorship-program-domain.ts';
import type { ProgramInvitationRepository } from './program-invitation-ports.ts';

export type ProgramUpdate = Partial<
  Pick<
    MentorshipProgramRecord,
    'name' | 'startsOn' | 'endsOn' | 'weights' | 'mode' | 'minimumScore'
  >
> & { readonly updatedAt: string };

export type DraftUpdate = Partial<
  Pick<ProgramDraftRecord, 'status' | 'result' | 'error' | 'finishedAt'>
>;

/** Programs and everything in them; every write that must be all-or-nothing is one call. */
export interface MentorshipProgramRepository extends ProgramInvitationRepository {
  createProgram(program: MentorshipProgramRecord): Promise<void>;
  updateProgram(id: string, update: ProgramUpdate): Promise<void>;
  findProgram(id: string): Promise<MentorshipProgramRecord | null>;
  /** The organisation's programs, newest first. */
  listPrograms(organisationId: string): Promise<MentorshipProgramRecord[]>;
  counts(programId: string): Promise<ProgramCounts>;
  /** Adds people in one transaction; 'duplicate' (nothing written) when a person id is taken. */
  addParticipants(
    programId: string,
    people: readonly ProgramParticipant[],
  ): Promise<'ok' | 'duplicate'>;
  /** By role (code-unit order: mentee, mentor), then import order. */
  listParticipants(programId: string): Promise<ProgramParticipant[]>;
  /** Adds the rules that are not there yet (same kind, mentee and mentor). */
  addRules(programId: string, rules: readonly ProgramRule[]): Promise<void>;
  removeRule(programId: string, rule: Omit<ProgramRule, 'createdAt'>): Promise<boolean>;
  listRules(programId: string): Promise<ProgramRule[]>;
  /**
   * Creates the draft unless one is queued or running for the program (then 'busy'), with its
   * heartbeat at `createdAt` (the creating process holds it).
   */
  createDraftIfIdle(draft: ProgramDraftRecord): Promise<'ok' | 'busy'>;
  updateDraft(id: string, update: DraftUpdate): Promise<void>;
  findDraft(id: string): Promise<ProgramDraftRecord | null>;
  /** Newest first, without results. */
  listDrafts(programId: string): Promise<ProgramDraftSummary[]>;
  /**
   * Publishes in one transaction the pairs whose mentee has none yet; 'stale' (nothing written)
   * when another draft's pair was published at or after `since` (this draft did not know it).
   */
  publish(
    programId: string,
    pairs: readonly PublishedPair[],
    draft: { readonly id: string; readonly createdAt: string },
  ): Promise<{ published: number } | 'stale'>;
  listPublished(programId: string): Promise<PublishedPair[]>;
  /** Sets the heartbeat of exactly these drafts to `at` (their process still solves them). */
  refreshDraftHeartbeats(ids: readonly string[], at: string): Promise<void>;
  /**
   * Marks failed, in one statement, the queued or running drafts whose heartbeat is missing or
   * at or before `cutoff` (their process is gone; decision 051); returns how many.
   */
  failAbandonedDrafts(error: string, cutoff: string, at: string): Promise<number>;
}

export interface MentorshipProgramPorts {
  readonly mentorshipPrograms: MentorshipProgramRepository;
}

/** Solves drafts off the request path (worker threads in the server, in process elsewhere). */
export interface AssignmentRunner {
  run(job: ProgramSolveJob): Promise<Result<AssignmentResult>>;
}
