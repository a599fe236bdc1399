import type {
  ActionItemRecord,
  ChildRepository,
  CommentRepository,
  MeetingRecord,
  MeetingRepository,
  MilestoneRecord,
  RelationshipChild,
  ShareRecord,
} from '@matchready/services';
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';
import { lockUserRow } from './user-row-lock.ts';

type ChildTable =
  | 'mentorship_meetings'
  | 'mentorship_action_items'
  | 'mentorship_milestones'
  | 'attempt_shares';

const IN_CHUNK = 500;

/**
 * Serialises a check-then-write about one relationship's records: a no-op update of its row
 * holds the row lock on PostgreSQL until the transaction ends (SQLite has one writer already).
 */
async function lockRelationshipRow(trx: Kysely<Database>, relationshipId: string): Promise<void> {
  await trx
    .updateTable('mentorship_relationships')
    .set({ updated_at: sql<string>`updated_at` })
    .where('id', '=', relationshipId)
    .execute();
}

/** Rows of `table` that belong to the relationship. */
async function countOf(
  trx: Kysely<Database>,
  table: ChildTable,
  relationshipId: string,
): Promise<number> {
  const loose = trx as unknown as Kysely<Record<ChildTable, Record<string, unknown>>>;
  const { n } = await loose
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('relationship_id', '=', relationshipId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

interface Mapping<T, Row> {
  readonly table: ChildTable;
  /** The column holding `createdAt` (shares call it shared_at). */
  readonly createdColumn: 'created_at' | 'shared_at';
  toRow(record: T): Row;
  fromRow(row: Row): T;
}

/**
 * One implementation for the records that belong to a relationship: they differ only in
 * columns. Rows are typed per table by the mappings below; the shared query code sees them as
 * plain records (Kysely cannot type a table chosen at run time).
 */
function childRepository<T extends RelationshipChild, Row extends object>(
  db: Kysely<Database>,
  mapping: Mapping<T, Row>,
): ChildRepository<T> {
  // The table is chosen at run time, so Kysely sees loose rows here; `mapping` types them.
  const anyDb = db as unknown as Kysely<Record<ChildTable, Record<string, unknown>>>;
  return {
    async create(record) {
      await anyDb.insertInto(mapping.table).values(mapping.toRow(record)).execute();
    },
    createWithinLimit(record, max) {
      return db.transaction().execute(async (trx) => {
        await lockRelationshipRow(trx, record.relationshipId);
        if ((await countOf(trx, mapping.table, record.relationshipId)) >= max)
          return 'limit' as const;
        const loose = trx as unknown as Kysely<Record<ChildTable, Record<string, unknown>>>;
        await loose.insertInto(mapping.table).values(mapping.toRow(record)).execute();
        return 'created' as const;
      });
    },
    async update(record) {
      await anyDb
        .updateTable(mapping.table)
        .set(mapping.toRow(record))
        .where('id', '=', record.id)
        .execute();
    },
    async findById(id) {
      const row = await anyDb
        .selectFrom(mapping.table)
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? mapping.fromRow(row as Row) : null;
    },
    async listByRelationship(relationshipId) {
      const rows = await anyDb
        .selectFrom(mapping.table)
        .selectAll()
        .where('relationship_id', '=', relationshipId)
        .orderBy(mapping.createdColumn)
        .orderBy('id')
        .execute();
      return rows.map((row) => mapping.fromRow(row as Row));
    },
    async listByRelationships(relationshipIds) {
      const out: T[] = [];
      // Chunks keep the IN list far below both databases' bound-parameter limits.
      for (let i = 0; i < relationshipIds.length; i += IN_CHUNK) {
        const rows = await anyDb
          .selectFrom(mapping.table)
          .selectAll()
          .where('relationship_id', 'in', relationshipIds.slice(i, i + IN_CHUNK))
          .execute();
        out.push(...rows.map((row) => mapping.fromRow(row as Row)));
      }
      return out.sort(
        (a, b) =>
          (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
          (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    },
  };
}

type MeetingRow = Database['mentorship_meetings'];
const meetings: Mapping<MeetingRecord, MeetingRow> = {
  table: 'mentorship_meetings',
  createdColumn: 'created_at',
  toRow: (m) => ({
    id: m.id,
    relationship_id: m.relationshipId,
    scheduled_at: m.scheduledAt,
    minutes: m.minutes,
    agenda: m.agenda,
    shared_notes: m.sharedNotes,
    mentee_private_notes: m.menteePrivateNotes,
    mentor_private_notes: m.mentorPrivateNotes,
    held_at: m.heldAt,
    thanked_at: m.thankedAt,
    dismissed_at: m.dismissedAt,
    created_by: m.createdBy,
    created_at: m.createdAt,
    sequence: m.sequence,
  }),
  fromRow: (r) => ({
    id: r.id,
    relationshipId: r.relationship_id,
    scheduledAt: r.scheduled_at,
    minutes: Number(r.minutes),
    agenda: r.agenda,
    sharedNotes: r.shared_notes,
    menteePrivateNotes: r.mentee_private_notes,
    mentorPrivateNotes: r.mentor_private_notes,
    heldAt: r.held_at,
    thankedAt: r.thanked_at,
    dismissedAt: r.dismissed_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    sequence: Number(r.sequence),
  }),
};

type ActionItemRow = Database['mentorship_action_items'];
const actionItems: Mapping<ActionItemRecord, ActionItemRow> = {
  table: 'mentorship_action_items',
  createdColumn: 'created_at',
  toRow: (a) => ({
    id: a.id,
    relationship_id: a.relationshipId,
    owner: a.owner,
    text: a.text,
    due_on: a.dueOn,
    done_at: a.doneAt,
    goal_id: a.goalId,
    created_at: a.createdAt,
  }),
  fromRow: (r) => ({
    id: r.id,
    relationshipId: r.relationship_id,
    owner: r.owner as ActionItemRecord['owner'],
    text: r.text,
    dueOn: r.due_on,
    doneAt: r.done_at,
    goalId: r.goal_id,
    createdAt: r.created_at,
  }),
};

type MilestoneRow = Database['mentorship_milestones'];
const milestones: Mapping<MilestoneRecord, MilestoneRow> = {
  table: 'mentorship_milestones',
  createdColumn: 'created_at',
  toRow: (m) => ({
    id: m.id,
    relationship_id: m.relationshipId,
    kind: m.kind,
    note: m.note,
    achieved_on: m.achievedOn,
    thanked_at: m.thankedAt,
    dismissed_at: m.dismissedAt,
    created_at: m.createdAt,
  }),
  fromRow: (r) => ({
    id: r.id,
    relationshipId: r.relationship_id,
    kind: r.kind as MilestoneRecord['kind'],
    note: r.note,
    achievedOn: r.achieved_on,
    thankedAt: r.thanked_at,
    dismissedAt: r.dismissed_at,
    createdAt: r.created_at,
  }),
};

type ShareRow = Database['attempt_shares'];
const shares: Mapping<ShareRecord, ShareRow> = {
  table: 'attempt_shares',
  createdColumn: 'shared_at',
  toRow: (s) => ({
    id: s.id,
    relationship_id: s.relationshipId,
    attempt_id: s.attemptId,
    shared_at: s.createdAt,
    revoked_at: s.revokedAt,
  }),
  fromRow: (r) => ({
    id: r.id,
    relationshipId: r.relationship_id,
    attemptId: r.attempt_id,
    createdAt: r.shared_at,
    revokedAt: r.revoked_at,
  }),
};

/** Longest meeting (createMeetingSchema), so an overlap search can start this much earlier. */
const LONGEST_MEETING_MS = 120 * 60_000;

const overlaps = (a: MeetingRecord, b: MeetingRecord) => {
  const [aStart, bStart] = [Date.parse(a.scheduledAt), Date.parse(b.scheduledAt)];
  return aStart < bStart + b.minutes * 60_000 && bStart < aStart + a.minutes * 60_000;
};

/** Another meeting of the mentor (any mentee) overlaps `meeting`'s time; itself excluded. */
async function mentorBusy(
  trx: Kysely<Database>,
  meeting: MeetingRecord,
  mentorId: string,
): Promise<boolean> {
  const start = Date.parse(meeting.scheduledAt);
  const rows = await trx
    .selectFrom('mentorship_meetings as m')
    .innerJoin('mentorship_relationships as r', 'r.id', 'm.relationship_id')
    .selectAll('m')
    .where('r.mentor_id', '=', mentorId)
    .where('m.id', '!=', meeting.id)
    .where('m.scheduled_at', '>', new Date(start - LONGEST_MEETING_MS).toISOString())
    .where('m.scheduled_at', '<', new Date(start + meeting.minutes * 60_000).toISOString())
    .execute();
  return rows.some((row) => overlaps(meetings.fromRow(row), meeting));
}

function meetingRepository(db: Kysely<Database>): MeetingRepository {
  const { update: _wholeRow, ...shared } = childRepository(db, meetings);
  return {
    ...shared,
    async patch(id, changes) {
      const columns = {
        ...(changes.agenda === undefined ? {} : { agenda: changes.agenda }),
        ...(changes.sharedNotes === undefined ? {} : { shared_notes: changes.sharedNotes }),
        ...(changes.menteePrivateNotes === undefined
          ? {}
          : { mentee_private_notes: changes.menteePrivateNotes }),
        ...(changes.mentorPrivateNotes === undefined
          ? {}
          : { mentor_private_notes: changes.mentorPrivateNotes }),
        ...(changes.heldAt === undefined ? {} : { held_at: changes.heldAt }),
        ...(changes.thankedAt === undefined ? {} : { thanked_at: changes.thankedAt }),
        ...(changes.dismissedAt === undefined ? {} : { dismissed_at: changes.dismissedAt }),
      };
      if (Object.keys(columns).length === 0) return;
      await db.updateTable('mentorship_meetings').set(columns).where('id', '=', id).execute();
    },
    bookIfFree(meeting, mentorId, max) {
      return db.transaction().execute(async (trx) => {
        // Serialises bookings with this mentor (PostgreSQL locks the row; SQLite has one writer).
        await lockUserRow(trx, mentorId);
        if (await mentorBusy(trx, meeting, mentorId)) return 'taken' as const;
        await lockRelationshipRow(trx, meeting.relationshipId);
        if ((await countOf(trx, 'mentorship_meetings', meeting.relationshipId)) >= max)
          return 'limit' as const;
        await trx.insertInto('mentorship_meetings').values(meetings.toRow(meeting)).execute();
        return 'booked' as const;
      });
    },
    moveIfFree(meeting, mentorId) {
      return db.transaction().execute(async (trx) => {
        await lockUserRow(trx, mentorId);
        if (await mentorBusy(trx, meeting, mentorId)) return 'taken' as const;
        const moved = await trx
          .updateTable('mentorship_meetings')
          .set({
            scheduled_at: meeting.scheduledAt,
            minutes: meeting.minutes,
            sequence: sql<number>`sequence + 1`,
          })
          .where('id', '=', meeting.id)
          .executeTakeFirst();
        return Number(moved.numUpdatedRows) === 1 ? ('moved' as const) : ('missing' as const);
      });
    },
  };
}

export function createTrackerRepositories(db: Kysely<Database>) {
  return {
    meetings: meetingRepository(db),
    actionItems: childRepository(db, actionItems),
    milestones: childRepository(db, milestones),
    shares: childRepository(db, shares),
  };
}

export function createCommentRepository(db: Kysely<Database>): CommentRepository {
  return {
    async create(comment) {
      await db
        .insertInto('share_comments')
        .values({
          id: comment.id,
          share_id: comment.shareId,
          author_id: comment.authorId,
          text: comment.text,
          created_at: comment.createdAt,
        })
        .execute();
    },
    listByShare: (shareId) =>
      db
        .selectFrom('share_comments')
        .select([
          'id',
          'share_id as shareId',
          'author_id as authorId',
          'text',
          'created_at as createdAt',
        ])
        .where('share_id', '=', shareId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
  };
}
