import type { ShareableProfileField } from '@matchready/core/vocabulary';
import type {
  ActionItemRecord,
  CommentRecord,
  GoalRecord,
  MeetingRecord,
  MenteePreferencesRecord,
  MentorProfileRecord,
  MentorReportRecord,
  MilestoneRecord,
  ProfileFieldShareRecord,
  RelationshipChild,
  RelationshipRecord,
  RequestRecord,
  ShareRecord,
  WaitlistRecord,
} from './mentorship-domain.ts';

/** Ports of mentorship (packages/db: createMentorshipRepositories; testing: in-memory fakes). */

export interface MentorProfileRepository {
  find(userId: string): Promise<MentorProfileRecord | null>;
  /** Inserts or replaces the profile (verification and last activity included). */
  save(profile: MentorProfileRecord): Promise<void>;
  /** Every profile, by user id. */
  list(): Promise<MentorProfileRecord[]>;
  /** Active relationships per mentor (mentors with none are absent). */
  activeCounts(): Promise<Map<string, number>>;
}

export interface MenteeRepository {
  findPreferences(userId: string): Promise<MenteePreferencesRecord | null>;
  savePreferences(preferences: MenteePreferencesRecord): Promise<void>;
  createGoal(goal: GoalRecord): Promise<void>;
  /**
   * Inserts the goal unless the mentee already has `limit` goals: counted and written in ONE
   * transaction, so two parallel adds cannot take the mentee past the cap.
   */
  createGoalWithinLimit(goal: GoalRecord, limit: number): Promise<'created' | 'limit'>;
  updateGoal(goal: GoalRecord): Promise<void>;
  findGoal(id: string): Promise<GoalRecord | null>;
  /** Oldest first. */
  listGoals(menteeId: string): Promise<GoalRecord[]>;
}

export type OpenRequestOutcome = 'created' | 'limit' | 'duplicate';
export type AcceptOutcome = 'accepted' | 'full' | 'not-open';

export interface RequestRepository {
  /**
   * Inserts a pending request in ONE transaction with the check: 'limit' when the mentee already
   * has `limit` requests pending and unexpired at `now`, 'duplicate' when one of them is to the
   * same mentor. Parallel calls for one mentee cannot exceed the limit.
   */
  createOpen(request: RequestRecord, limit: number, now: string): Promise<OpenRequestOutcome>;
  findById(id: string): Promise<RequestRecord | null>;
  /** Newest first. */
  listByMentee(menteeId: string): Promise<RequestRecord[]>;
  /** Newest first. */
  listByMentor(mentorId: string): Promise<RequestRecord[]>;
  /** Every pending request (expired or not), oldest first: for the expiry and nudge sweeps. */
  listPending(): Promise<RequestRecord[]>;
  /** Moves a pending request to `status`; false when it was no longer pending. */
  close(
    id: string,
    status: 'declined' | 'withdrawn' | 'expired',
    note: string | null,
    at: string,
  ): Promise<boolean>;
  markNudged(id: string, at: string): Promise<void>;
  /**
   * Accepts the request and starts `relationship` in ONE transaction that re-reads the mentor's
   * capacity and active relationships: two accepts racing for the last place, exactly one wins
   * ('full' for the other). 'not-open' when the request is not pending or expired at `at`.
   */
  accept(
    id: string,
    relationship: RelationshipRecord,
    note: string | null,
    at: string,
  ): Promise<AcceptOutcome>;
}

export interface RelationshipRepository {
  /** Starts a relationship if the mentor has a free place (the same transaction as accept). */
  createWithinCapacity(relationship: RelationshipRecord): Promise<'created' | 'full'>;
  /**
   * Starts a relationship from a published program pair: the program's capacity applies, not
   * the mentor's personal one, so no profile is needed. 'exists' (nothing written) when the pair
   * already has an active relationship; checked and written in one transaction.
   */
  createFromProgram(relationship: RelationshipRecord): Promise<'created' | 'exists'>;
  findById(id: string): Promise<RelationshipRecord | null>;
  /** Newest first. */
  listByMentee(menteeId: string): Promise<RelationshipRecord[]>;
  /** The relationships a mentorship program's published pairs became, ended ones included. */
  listByProgram(programId: string): Promise<RelationshipRecord[]>;
  listByMentor(mentorId: string): Promise<RelationshipRecord[]>;
  /** Replaces cadence and next meeting. */
  update(relationship: RelationshipRecord): Promise<void>;
  /** Ends an active relationship; false when it was not active. */
  end(id: string, endedBy: string, exitNote: string, at: string): Promise<boolean>;
}

/** Records that belong to one relationship, oldest first by `createdAt` then id. */
export interface ChildRepository<T extends RelationshipChild> {
  create(record: T): Promise<void>;
  /**
   * Inserts unless the relationship already has `max` records of this kind, checked and written
   * in ONE transaction serialised on the relationship, so parallel creates cannot pass the cap.
   */
  createWithinLimit(record: T, max: number): Promise<'created' | 'limit'>;
  update(record: T): Promise<void>;
  findById(id: string): Promise<T | null>;
  listByRelationship(relationshipId: string): Promise<T[]>;
  /** The records of several relationships in one read (a program report), same order. */
  listByRelationships(relationshipIds: readonly string[]): Promise<T[]>;
}

export interface CommentRepository {
  create(comment: CommentRecord): Promise<void>;
  /** Oldest first. */
  listByShare(shareId: string): Promise<CommentRecord[]>;
}

export interface WaitlistRepository {
  add(entry: WaitlistRecord): Promise<'added' | 'duplicate'>;
  findById(id: string): Promise<WaitlistRecord | null>;
  listByMentor(mentorId: string): Promise<WaitlistRecord[]>;
  listByMentee(menteeId: string): Promise<WaitlistRecord[]>;
  remove(id: string): Promise<void>;
  markOffered(id: string, at: string): Promise<void>;
}

export interface TrustRepository {
  addReport(report: MentorReportRecord): Promise<void>;
  /** Newest first. */
  listReports(): Promise<MentorReportRecord[]>;
  block(menteeId: string, mentorId: string, at: string): Promise<void>;
  unblock(menteeId: string, mentorId: string): Promise<void>;
  blockedBy(menteeId: string): Promise<Set<string>>;
}

/** What one save changes on a meeting: the fields given, nothing else. */
export type MeetingChanges = Partial<
  Pick<
    MeetingRecord,
    | 'agenda'
    | 'sharedNotes'
    | 'menteePrivateNotes'
    | 'mentorPrivateNotes'
    | 'heldAt'
    | 'thankedAt'
    | 'dismissedAt'
  >
>;

/**
 * Meetings have no whole-record `update`: notes, held and thank-you change through `patch` (only
 * the fields given) and time, length and sequence through `moveIfFree` alone, so a notes save
 * racing a move, or the other side's save, cannot undo it.
 */
export interface MeetingRepository extends Omit<ChildRepository<MeetingRecord>, 'update'> {
  /**
   * Writes exactly the fields in `changes` (none: nothing), so two people saving different
   * fields of one meeting at once both keep what they wrote.
   */
  patch(id: string, changes: MeetingChanges): Promise<void>;
  /**
   * Books a call: stores `meeting` unless the mentor already has a meeting (in any of their
   * relationships) that overlaps it. Checked and written in ONE transaction, so two mentees
   * booking the same free slot at the same instant get one 'booked' and one 'taken'; 'limit'
   * when the relationship already has `max` meetings.
   */
  bookIfFree(
    meeting: MeetingRecord,
    mentorId: string,
    max: number,
  ): Promise<'booked' | 'taken' | 'limit'>;
  /**
   * Moves the meeting to `meeting.scheduledAt` for `meeting.minutes` and adds one to its
   * sequence, only if no other meeting of the mentor overlaps the new time; checked and written
   * in one transaction like bookIfFree. 'missing' when the meeting does not exist.
   */
  moveIfFree(meeting: MeetingRecord, mentorId: string): Promise<'moved' | 'taken' | 'missing'>;
}

export interface ProfileShareRepository {
  /** Every share of the relationship, revoked ones included, oldest first (then by id). */
  listByRelationship(relationshipId: string): Promise<ProfileFieldShareRecord[]>;
  /**
   * Makes exactly `fields` shared, in ONE transaction: the active shares of other fields get
   * `revokedAt = at`, and each listed field not yet shared gets a new record (id from `newId`).
   * Fields already shared keep their record (and their `sharedAt`).
   */
  replace(
    relationshipId: string,
    fields: readonly ShareableProfileField[],
    by: string,
    at: string,
    newId: () => string,
  ): Promise<void>;
}

export interface MentorshipPorts {
  readonly mentors: MentorProfileRepository;
  readonly mentees: MenteeRepository;
  readonly requests: RequestRepository;
  readonly relationships: RelationshipRepository;
  readonly meetings: MeetingRepository;
  readonly actionItems: ChildRepository<ActionItemRecord>;
  readonly milestones: ChildRepository<MilestoneRecord>;
  readonly shares: ChildRepository<ShareRecord>;
  readonly comments: CommentRepository;
  readonly waitlist: WaitlistRepository;
  readonly trust: TrustRepository;
  readonly profileShares: ProfileShareRepository;
}
