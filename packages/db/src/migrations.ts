import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
} from 'kysely';
import { digestTimeMigration } from './digest-time.migration.ts';
import { hardeningMigration } from './hardening.migration.ts';
import { interviewMigration } from './interview.migration.ts';
import { meetingSequenceMigration } from './meeting-sequence.migration.ts';
import { mentorshipMigration } from './mentorship.migration.ts';
import { mentorshipExtrasMigration } from './mentorship-extras.migration.ts';
import { mentorshipProgramsMigration } from './mentorship-programs.migration.ts';
import { organisationApprovalMigration } from './organisation-approval.migration.ts';
import { programInvitationsMigration } from './program-invitations.migration.ts';
import { programsMigration } from './programs.migration.ts';
import { pulseRemindersMigration } from './pulse-reminders.migration.ts';
import { runLeasesMigration } from './run-leases.migration.ts';
import { timelineMigration } from './timeline.migration.ts';

/**
 * The static migration list, in order. Never edit a shipped migration: add the next one.
 * Only portable DDL (text, integer, double precision; foreign keys with ON DELETE CASCADE).
 */
const migrations: Record<string, Migration> = {
  '0001-platform': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('organisations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) =>
          c.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('organisation_members')
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'text', (c) =>
          c.notNull().unique().references('users.id').onDelete('cascade'),
        )
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('organisation_members_pk', ['organisation_id', 'user_id'])
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();
      await db.schema
        .createIndex('sessions_expires_at')
        .on('sessions')
        .column('expires_at')
        .execute();
      await db.schema
        .createTable('login_attempts')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('attempted_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('login_attempts_key')
        .on('login_attempts')
        .columns(['key', 'attempted_at'])
        .execute();
      await db.schema
        .createIndex('login_attempts_attempted_at')
        .on('login_attempts')
        .column('attempted_at')
        .execute();
      await db.schema
        .createTable('applicant_profiles')
        .addColumn('user_id', 'text', (c) =>
          c.primaryKey().references('users.id').onDelete('cascade'),
        )
        .addColumn('country_of_training', 'text')
        .addColumn('medical_school', 'text')
        .addColumn('graduation_year', 'integer')
        .addColumn('applicant_type', 'text')
        .addColumn('step1', 'text')
        .addColumn('step1_attempts', 'integer')
        .addColumn('step2_score', 'integer')
        .addColumn('step2_attempts', 'integer')
        .addColumn('step3', 'text')
        .addColumn('ecfmg_status', 'text')
        .addColumn('pathway', 'text')
        .addColumn('oet_status', 'text')
        .addColumn('visa_need', 'text')
        .addColumn('usce_months', 'integer')
        .addColumn('research_items', 'integer')
        .addColumn('specialties', 'text', (c) => c.notNull())
        .addColumn('preferred_states', 'text', (c) => c.notNull())
        .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('match_instances')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner_id', 'text', (c) =>
          c.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('problem', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('match_instances_owner_id')
        .on('match_instances')
        .column('owner_id')
        .execute();
      await db.schema
        .createTable('match_runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('instance_id', 'text', (c) =>
          c.notNull().references('match_instances.id').onDelete('cascade'),
        )
        .addColumn('owner_id', 'text', (c) =>
          c.notNull().references('users.id').onDelete('cascade'),
        )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('duration_ms', 'double precision', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('stats', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('problem', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('match_runs_instance_id')
        .on('match_runs')
        .column('instance_id')
        .execute();
      await db.schema
        .createIndex('match_runs_owner_id')
        .on('match_runs')
        .column('owner_id')
        .execute();
    },
  },
  '0002-interview': interviewMigration,
  '0003-programs': programsMigration,
  '0004-mentorship': mentorshipMigration,
  '0005-mentorship-programs': mentorshipProgramsMigration,
  '0006-timeline-email': timelineMigration,
  '0007-hardening': hardeningMigration,
  '0008-organisation-approval': organisationApprovalMigration,
  '0009-program-invitations': programInvitationsMigration,
  '0010-mentorship-extras': mentorshipExtrasMigration,
  '0011-run-leases': runLeasesMigration,
  '0012-meeting-sequence': meetingSequenceMigration,
  '0013-digest-time': digestTimeMigration,
  '0014-pulse-reminders': pulseRemindersMigration,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export const MIGRATION_NAMES = Object.keys(migrations);

/**
 * Applies every pending migration; throws with the failing migration's error. `schema` names
 * the PostgreSQL schema of the bookkeeping table when the connection's search_path is not public.
 */
export async function migrateToLatest<T>(
  db: Kysely<T>,
  options: { schema?: string | undefined } = {},
): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${String(result.error)}`, {
      cause: result.error,
    });
  }
  return result;
}

/** Applies the migrations up to and including `name` (tests of a migration's data changes). */
export async function migrateUpTo<T>(db: Kysely<T>, name: string): Promise<void> {
  const result = await new Migrator({ db, provider }).migrateTo(name);
  if (result.error) throw new Error(`Migrating to ${name} failed: ${String(result.error)}`);
}
