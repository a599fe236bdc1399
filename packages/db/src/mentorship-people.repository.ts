import type {
  GoalRecord,
  MenteePreferencesRecord,
  MenteeRepository,
  MentorProfileRecord,
  MentorProfileRepository,
  TrustRepository,
  WaitlistRepository,
} from '@matchready/services';
import type { Kysely, Selectable } from 'kysely';
import { isUniqueViolation } from './database.ts';
import type {
  MenteeGoalsTable,
  MenteePreferencesTable,
  MentorProfilesTable,
} from './mentorship-tables.ts';
import type { Database } from './schema.ts';
import { lockUserRow } from './user-row-lock.ts';

const json = <T>(text: string): T => JSON.parse(text) as T;

function toProfile(row: Selectable<MentorProfilesTable>): MentorProfileRecord {
  return {
    userId: row.user_id,
    specialties: json(row.specialties),
    institution: row.institution,
    state: row.state,
    role: row.role as MentorProfileRecord['role'],
    mentorTypes: json(row.mentor_types),
    imgCountry: row.img_country,
    languages: json(row.languages),
    timeZone: row.time_zone,
    capacity: Number(row.capacity),
    acceptingRequests: Number(row.accepting) === 1,
    helpsWith: row.helps_with,
    availability: json(row.availability),
    verifiedBy: row.verified_by,
    verifiedAt: row.verified_at,
    lastActiveAt: row.last_active_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toPreferences(row: Selectable<MenteePreferencesTable>): MenteePreferencesRecord {
  return {
    userId: row.user_id,
    specialties: json(row.specialties),
    mentorTypes: json(row.mentor_types),
    country: row.country,
    languages: json(row.languages),
    timeZone: row.time_zone,
    wantsImgMentor: Number(row.wants_img_mentor) === 1,
    challenges: json(row.challenges),
    updatedAt: row.updated_at,
  };
}

const toGoal = (row: Selectable<MenteeGoalsTable>): GoalRecord => ({
  id: row.id,
  menteeId: row.mentee_id,
  text: row.text,
  status: row.status as GoalRecord['status'],
  targetOn: row.target_on,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function createMentorProfileRepository(db: Kysely<Database>): MentorProfileRepository {
  const select = () => db.selectFrom('mentor_profiles').selectAll();
  return {
    async find(userId) {
      const row = await select().where('user_id', '=', userId).executeTakeFirst();
      return row ? toProfile(row) : null;
    },
    async save(profile) {
      const values = {
        specialties: JSON.stringify(profile.specialties),
        institution: profile.institution,
        state: profile.state,
        role: profile.role,
        mentor_types: JSON.stringify(profile.mentorTypes),
        img_country: profile.imgCountry,
        languages: JSON.stringify(profile.languages),
        time_zone: profile.timeZone,
        capacity: profile.capacity,
        accepting: profile.acceptingRequests ? 1 : 0,
        helps_with: profile.helpsWith,
        availability: JSON.stringify(profile.availability),
        verified_by: profile.verifiedBy,
        verified_at: profile.verifiedAt,
        last_active_at: profile.lastActiveAt,
        updated_at: profile.updatedAt,
      };
      await db
        .insertInto('mentor_profiles')
        .values({ user_id: profile.userId, created_at: profile.createdAt, ...values })
        .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
        .execute();
    },
    async list() {
      return (await select().orderBy('user_id').execute()).map(toProfile);
    },
    async activeCounts() {
      const rows = await db
        .selectFrom('mentorship_relationships')
        .select((eb) => ['mentor_id', eb.fn.countAll().as('active')])
        .where('status', '=', 'active')
        .groupBy('mentor_id')
        .execute();
      return new Map(rows.map((row) => [row.mentor_id, Number(row.active)]));
    },
  };
}

export function createMenteeRepository(db: Kysely<Database>): MenteeRepository {
  const goalRow = (goal: GoalRecord) => ({
    id: goal.id,
    mentee_id: goal.menteeId,
    text: goal.text,
    status: goal.status,
    target_on: goal.targetOn,
    created_at: goal.createdAt,
    updated_at: goal.updatedAt,
  });
  return {
    async findPreferences(userId) {
      const row = await db
        .selectFrom('mentee_preferences')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row ? toPreferences(row) : null;
    },
    async savePreferences(p) {
      const values = {
        specialties: JSON.stringify(p.specialties),
        mentor_types: JSON.stringify(p.mentorTypes),
        country: p.country,
        languages: JSON.stringify(p.languages),
        time_zone: p.timeZone,
        wants_img_mentor: p.wantsImgMentor ? 1 : 0,
        challenges: JSON.stringify(p.challenges),
        updated_at: p.updatedAt,
      };
      await db
        .insertInto('mentee_preferences')
        .values({ user_id: p.userId, ...values })
        .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
        .execute();
    },
    async createGoal(goal) {
      await db.insertInto('mentee_goals').values(goalRow(goal)).execute();
    },
    createGoalWithinLimit(goal, limit) {
      return db.transaction().execute(async (trx) => {
        // A no-op write to the mentee's user row first: on PostgreSQL it locks that row, so a
        // second add for the same mentee waits here and then counts the first one's goal
        // (SQLite runs write transactions one at a time already). Same as createOpen.
        await lockUserRow(trx, goal.menteeId);
        const { count } = await trx
          .selectFrom('mentee_goals')
          .select((eb) => eb.fn.countAll<number | string>().as('count'))
          .where('mentee_id', '=', goal.menteeId)
          .executeTakeFirstOrThrow();
        if (Number(count) >= limit) return 'limit' as const;
        await trx.insertInto('mentee_goals').values(goalRow(goal)).execute();
        return 'created' as const;
      });
    },
    async updateGoal(goal) {
      const { id, mentee_id: _m, created_at: _c, ...values } = goalRow(goal);
      await db.updateTable('mentee_goals').set(values).where('id', '=', id).execute();
    },
    async findGoal(id) {
      const row = await db
        .selectFrom('mentee_goals')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toGoal(row) : null;
    },
    async listGoals(menteeId) {
      const rows = await db
        .selectFrom('mentee_goals')
        .selectAll()
        .where('mentee_id', '=', menteeId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toGoal);
    },
  };
}

export function createWaitlistRepository(db: Kysely<Database>): WaitlistRepository {
  const select = () =>
    db
      .selectFrom('mentor_waitlist')
      .select([
        'id',
        'mentor_id as mentorId',
        'mentee_id as menteeId',
        'joined_at as joinedAt',
        'offered_at as offeredAt',
      ]);
  return {
    async add(entry) {
      try {
        await db
          .insertInto('mentor_waitlist')
          .values({
            id: entry.id,
            mentor_id: entry.mentorId,
            mentee_id: entry.menteeId,
            joined_at: entry.joinedAt,
            offered_at: entry.offeredAt,
          })
          .execute();
        return 'added';
      } catch (error) {
        if (isUniqueViolation(error)) return 'duplicate';
        throw error;
      }
    },
    findById: async (id) => (await select().where('id', '=', id).executeTakeFirst()) ?? null,
    listByMentor: (mentorId) =>
      select().where('mentor_id', '=', mentorId).orderBy('joined_at').orderBy('id').execute(),
    listByMentee: (menteeId) =>
      select().where('mentee_id', '=', menteeId).orderBy('joined_at').orderBy('id').execute(),
    async remove(id) {
      await db.deleteFrom('mentor_waitlist').where('id', '=', id).execute();
    },
    async markOffered(id, at) {
      await db
        .updateTable('mentor_waitlist')
        .set({ offered_at: at })
        .where('id', '=', id)
        .execute();
    },
  };
}

export function createTrustRepository(db: Kysely<Database>): TrustRepository {
  return {
    async addReport(report) {
      await db
        .insertInto('mentor_reports')
        .values({
          id: report.id,
          mentor_id: report.mentorId,
          reporter_id: report.reporterId,
          reason: report.reason,
          created_at: report.createdAt,
        })
        .execute();
    },
    listReports: () =>
      db
        .selectFrom('mentor_reports')
        .select([
          'id',
          'mentor_id as mentorId',
          'reporter_id as reporterId',
          'reason',
          'created_at as createdAt',
        ])
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute(),
    async block(menteeId, mentorId, at) {
      await db
        .insertInto('mentor_blocks')
        .values({ mentee_id: menteeId, mentor_id: mentorId, created_at: at })
        .onConflict((oc) => oc.columns(['mentee_id', 'mentor_id']).doNothing())
        .execute();
    },
    async unblock(menteeId, mentorId) {
      await db
        .deleteFrom('mentor_blocks')
        .where('mentee_id', '=', menteeId)
        .where('mentor_id', '=', mentorId)
        .execute();
    },
    async blockedBy(menteeId) {
      const rows = await db
        .selectFrom('mentor_blocks')
        .select('mentor_id')
        .where('mentee_id', '=', menteeId)
        .execute();
      return new Set(rows.map((row) => row.mentor_id));
    },
  };
}
