import type {
  RelationshipRecord,
  RelationshipRepository,
  RequestRecord,
  RequestRepository,
} from '@matchready/services';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { MentorshipRelationshipsTable, MentorshipRequestsTable } from './mentorship-tables.ts';
import type { Database } from './schema.ts';
import { lockUserRow } from './user-row-lock.ts';

const toRequest = (row: Selectable<MentorshipRequestsTable>): RequestRecord => ({
  id: row.id,
  menteeId: row.mentee_id,
  mentorId: row.mentor_id,
  status: row.status as RequestRecord['status'],
  message: row.message,
  note: row.note,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  respondedAt: row.responded_at,
  nudgedAt: row.nudged_at,
  relationshipId: row.relationship_id,
});

const toRelationship = (row: Selectable<MentorshipRelationshipsTable>): RelationshipRecord => ({
  id: row.id,
  menteeId: row.mentee_id,
  mentorId: row.mentor_id,
  status: row.status as RelationshipRecord['status'],
  cadenceWeeks: Number(row.cadence_weeks),
  startedAt: row.started_at,
  nextMeetingAt: row.next_meeting_at,
  source: row.source as RelationshipRecord['source'],
  programId: row.program_id,
  endedAt: row.ended_at,
  endedBy: row.ended_by,
  exitNote: row.exit_note,
  updatedAt: row.updated_at,
});

const relationshipRow = (r: RelationshipRecord) => ({
  id: r.id,
  mentee_id: r.menteeId,
  mentor_id: r.mentorId,
  status: r.status,
  cadence_weeks: r.cadenceWeeks,
  started_at: r.startedAt,
  next_meeting_at: r.nextMeetingAt,
  source: r.source,
  program_id: r.programId,
  ended_at: r.endedAt,
  ended_by: r.endedBy,
  exit_note: r.exitNote,
  updated_at: r.updatedAt,
});

/**
 * Serialises writers on one row (decision 025): a no-op UPDATE takes the row lock on PostgreSQL
 * until commit, so the next transaction's reads see what the first one wrote; SQLite runs one
 * write transaction at a time anyway. Portable, unlike SELECT … FOR UPDATE.
 */
async function lockMentor(trx: Transaction<Database>, mentorId: string): Promise<number | null> {
  const row = await trx
    .updateTable('mentor_profiles')
    .set({ capacity: sql<number>`capacity` })
    .where('user_id', '=', mentorId)
    .returning('capacity')
    .executeTakeFirst();
  return row ? Number(row.capacity) : null;
}

/** Thrown inside a transaction to undo its writes when the mentor turns out to be full. */
class RollBack extends Error {}

/** Inserts the relationship when the (locked) mentor has a free place. */
async function startWithinCapacity(
  trx: Transaction<Database>,
  relationship: RelationshipRecord,
): Promise<'created' | 'full'> {
  const capacity = await lockMentor(trx, relationship.mentorId);
  const active = await trx
    .selectFrom('mentorship_relationships')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('mentor_id', '=', relationship.mentorId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  if (capacity === null || Number(active.n) >= capacity) return 'full';
  await trx.insertInto('mentorship_relationships').values(relationshipRow(relationship)).execute();
  return 'created';
}

export function createRequestRepository(db: Kysely<Database>): RequestRepository {
  const select = () => db.selectFrom('mentorship_requests').selectAll();
  return {
    createOpen(request, limit, now) {
      return db.transaction().execute(async (trx) => {
        await lockUserRow(trx, request.menteeId);
        const open = await trx
          .selectFrom('mentorship_requests')
          .select('mentor_id')
          .where('mentee_id', '=', request.menteeId)
          .where('status', '=', 'pending')
          .where('expires_at', '>', now)
          .execute();
        if (open.some((row) => row.mentor_id === request.mentorId)) return 'duplicate' as const;
        if (open.length >= limit) return 'limit' as const;
        await trx
          .insertInto('mentorship_requests')
          .values({
            id: request.id,
            mentee_id: request.menteeId,
            mentor_id: request.mentorId,
            status: request.status,
            message: request.message,
            note: request.note,
            created_at: request.createdAt,
            expires_at: request.expiresAt,
            responded_at: request.respondedAt,
            nudged_at: request.nudgedAt,
            relationship_id: request.relationshipId,
          })
          .execute();
        return 'created' as const;
      });
    },
    async findById(id) {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? toRequest(row) : null;
    },
    async listByMentee(menteeId) {
      const rows = await select()
        .where('mentee_id', '=', menteeId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toRequest);
    },
    async listByMentor(mentorId) {
      const rows = await select()
        .where('mentor_id', '=', mentorId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toRequest);
    },
    async listPending() {
      const rows = await select()
        .where('status', '=', 'pending')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toRequest);
    },
    async close(id, status, note, at) {
      const result = await db
        .updateTable('mentorship_requests')
        .set({ status, note, responded_at: status === 'declined' ? at : null })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async markNudged(id, at) {
      await db
        .updateTable('mentorship_requests')
        .set({ nudged_at: at })
        .where('id', '=', id)
        .execute();
    },
    async accept(id, relationship, note, at) {
      try {
        return await db.transaction().execute(async (trx) => {
          const moved = await trx
            .updateTable('mentorship_requests')
            .set({ status: 'accepted', note, responded_at: at, relationship_id: null })
            .where('id', '=', id)
            .where('status', '=', 'pending')
            .where('expires_at', '>', at)
            .executeTakeFirst();
          if (Number(moved.numUpdatedRows) !== 1) return 'not-open' as const;
          if ((await startWithinCapacity(trx, relationship)) === 'full') throw new RollBack();
          await trx
            .updateTable('mentorship_requests')
            .set({ relationship_id: relationship.id })
            .where('id', '=', id)
            .execute();
          return 'accepted' as const;
        });
      } catch (error) {
        if (error instanceof RollBack) return 'full';
        throw error;
      }
    },
  };
}

export function createRelationshipRepository(db: Kysely<Database>): RelationshipRepository {
  const select = () => db.selectFrom('mentorship_relationships').selectAll();
  return {
    createWithinCapacity(relationship) {
      return db.transaction().execute((trx) => startWithinCapacity(trx, relationship));
    },
    createFromProgram(relationship) {
      return db.transaction().execute(async (trx) => {
        // Serialises publishes for this mentee (PostgreSQL locks the row; SQLite has one writer).
        await lockUserRow(trx, relationship.menteeId);
        const active = await trx
          .selectFrom('mentorship_relationships')
          .select('id')
          .where('mentee_id', '=', relationship.menteeId)
          .where('mentor_id', '=', relationship.mentorId)
          .where('status', '=', 'active')
          .executeTakeFirst();
        if (active) return 'exists' as const;
        await trx
          .insertInto('mentorship_relationships')
          .values(relationshipRow(relationship))
          .execute();
        return 'created' as const;
      });
    },
    async findById(id) {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? toRelationship(row) : null;
    },
    async listByMentee(menteeId) {
      const rows = await select()
        .where('mentee_id', '=', menteeId)
        .orderBy('started_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toRelationship);
    },
    async listByMentor(mentorId) {
      const rows = await select()
        .where('mentor_id', '=', mentorId)
        .orderBy('started_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toRelationship);
    },
    async listByProgram(programId) {
      const rows = await select()
        .where('program_id', '=', programId)
        .orderBy('started_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toRelationship);
    },
    async update(relationship) {
      await db
        .updateTable('mentorship_relationships')
        .set({
          cadence_weeks: relationship.cadenceWeeks,
          next_meeting_at: relationship.nextMeetingAt,
          updated_at: relationship.updatedAt,
        })
        .where('id', '=', relationship.id)
        .execute();
    },
    async end(id, endedBy, exitNote, at) {
      const result = await db
        .updateTable('mentorship_relationships')
        .set({
          status: 'ended',
          ended_by: endedBy,
          exit_note: exitNote,
          ended_at: at,
          updated_at: at,
        })
        .where('id', '=', id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
