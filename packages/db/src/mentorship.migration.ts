import { type ColumnDefinitionBuilder, type Kysely, type Migration, sql } from 'kysely';

/**
 * Mentorship (issue 9): mentor profiles, mentee preferences and goals, requests, the waitlist,
 * relationships with meetings, action items and milestones, attempt shares with comments,
 * reports and blocks. Everything belongs to users (ON DELETE CASCADE), except `verified_by`
 * (the voucher's account may go; the mentor stays verified until an admin says otherwise).
 * JSON columns are text; booleans 0/1; timestamps ISO-8601 UTC text; dates "YYYY-MM-DD".
 */
export const mentorshipMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const userRef = 'users.id';
    await db.schema
      .createTable('mentor_profiles')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references(userRef).onDelete('cascade'))
      .addColumn('specialties', 'text', (c) => c.notNull())
      .addColumn('institution', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('mentor_types', 'text', (c) => c.notNull())
      .addColumn('img_country', 'text')
      .addColumn('languages', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('accepting', 'integer', (c) => c.notNull())
      .addColumn('helps_with', 'text', (c) => c.notNull())
      .addColumn('availability', 'text', (c) => c.notNull())
      .addColumn('verified_by', 'text', (c) => c.references(userRef).onDelete('set null'))
      .addColumn('verified_at', 'text')
      .addColumn('last_active_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('mentee_preferences')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references(userRef).onDelete('cascade'))
      .addColumn('specialties', 'text', (c) => c.notNull())
      .addColumn('mentor_types', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('languages', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('wants_img_mentor', 'integer', (c) => c.notNull())
      .addColumn('challenges', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('mentee_goals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('mentee_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('target_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('mentee_goals_mentee_id')
      .on('mentee_goals')
      .column('mentee_id')
      .execute();

    await db.schema
      .createTable('mentorship_relationships')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('mentee_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('mentor_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('cadence_weeks', 'integer', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('next_meeting_at', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      // An organisation mentorship program (no foreign key: that table belongs to its module).
      .addColumn('program_id', 'text')
      .addColumn('ended_at', 'text')
      .addColumn('ended_by', 'text')
      .addColumn('exit_note', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('mentorship_relationships_mentor')
      .on('mentorship_relationships')
      .columns(['mentor_id', 'status'])
      .execute();
    await db.schema
      .createIndex('mentorship_relationships_mentee')
      .on('mentorship_relationships')
      .columns(['mentee_id', 'status'])
      .execute();
    // One active relationship per pair (partial unique index: SQLite and PostgreSQL both have them).
    await db.schema
      .createIndex('mentorship_relationships_active_pair')
      .on('mentorship_relationships')
      .columns(['mentee_id', 'mentor_id'])
      .unique()
      .where(sql.ref('status'), '=', 'active')
      .execute();

    await db.schema
      .createTable('mentorship_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('mentee_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('mentor_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('responded_at', 'text')
      .addColumn('nudged_at', 'text')
      .addColumn('relationship_id', 'text', (c) =>
        c.references('mentorship_relationships.id').onDelete('set null'),
      )
      .execute();
    await db.schema
      .createIndex('mentorship_requests_mentee')
      .on('mentorship_requests')
      .columns(['mentee_id', 'status'])
      .execute();
    await db.schema
      .createIndex('mentorship_requests_mentor')
      .on('mentorship_requests')
      .columns(['mentor_id', 'status'])
      .execute();
    await db.schema
      .createIndex('mentorship_requests_status')
      .on('mentorship_requests')
      .columns(['status', 'created_at'])
      .execute();

    await db.schema
      .createTable('mentor_waitlist')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('mentor_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('mentee_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('joined_at', 'text', (c) => c.notNull())
      .addColumn('offered_at', 'text')
      .addUniqueConstraint('mentor_waitlist_pair', ['mentor_id', 'mentee_id'])
      .execute();
    await db.schema
      .createIndex('mentor_waitlist_mentee')
      .on('mentor_waitlist')
      .column('mentee_id')
      .execute();

    const inRelationship = (c: ColumnDefinitionBuilder) =>
      c.notNull().references('mentorship_relationships.id').onDelete('cascade');

    await db.schema
      .createTable('mentorship_meetings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('relationship_id', 'text', inRelationship)
      .addColumn('scheduled_at', 'text', (c) => c.notNull())
      .addColumn('minutes', 'integer', (c) => c.notNull())
      .addColumn('agenda', 'text', (c) => c.notNull())
      .addColumn('shared_notes', 'text', (c) => c.notNull())
      .addColumn('mentee_private_notes', 'text', (c) => c.notNull())
      .addColumn('mentor_private_notes', 'text', (c) => c.notNull())
      .addColumn('held_at', 'text')
      .addColumn('thanked_at', 'text')
      .addColumn('dismissed_at', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('mentorship_meetings_relationship')
      .on('mentorship_meetings')
      .columns(['relationship_id', 'scheduled_at'])
      .execute();

    await db.schema
      .createTable('mentorship_action_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('relationship_id', 'text', inRelationship)
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text')
      .addColumn('done_at', 'text')
      .addColumn('goal_id', 'text', (c) => c.references('mentee_goals.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('mentorship_action_items_relationship')
      .on('mentorship_action_items')
      .column('relationship_id')
      .execute();

    await db.schema
      .createTable('mentorship_milestones')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('relationship_id', 'text', inRelationship)
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('achieved_on', 'text', (c) => c.notNull())
      .addColumn('thanked_at', 'text')
      .addColumn('dismissed_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('mentorship_milestones_relationship')
      .on('mentorship_milestones')
      .column('relationship_id')
      .execute();

    await db.schema
      .createTable('attempt_shares')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('relationship_id', 'text', inRelationship)
      .addColumn('attempt_id', 'text', (c) =>
        c.notNull().references('interview_attempts.id').onDelete('cascade'),
      )
      .addColumn('shared_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createIndex('attempt_shares_relationship')
      .on('attempt_shares')
      .column('relationship_id')
      .execute();

    await db.schema
      .createTable('share_comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('share_id', 'text', (c) =>
        c.notNull().references('attempt_shares.id').onDelete('cascade'),
      )
      .addColumn('author_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('share_comments_share')
      .on('share_comments')
      .columns(['share_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('mentor_reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('mentor_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('reporter_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('mentor_blocks')
      .addColumn('mentee_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('mentor_id', 'text', (c) => c.notNull().references(userRef).onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('mentor_blocks_pk', ['mentee_id', 'mentor_id'])
      .execute();
  },
};
