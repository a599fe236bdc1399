import type {
  TimelineInterview,
  TimelineRepository,
  TimelineSettings,
  TimelineTask,
} from '@matchready/services';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from './schema.ts';
import type { TimelineInterviewsTable, TimelineTasksTable } from './timeline-tables.ts';

const toTask = (row: Selectable<TimelineTasksTable>): TimelineTask => ({
  id: row.id,
  ownerId: row.user_id,
  kind: row.kind as TimelineTask['kind'],
  title: row.title,
  due: row.due,
  done: row.done === 1,
  detail: row.detail,
  createdAt: row.created_at,
});

const taskRow = (task: TimelineTask) => ({
  id: task.id,
  user_id: task.ownerId,
  kind: task.kind,
  title: task.title,
  due: task.due,
  done: task.done ? 1 : 0,
  detail: task.detail,
  created_at: task.createdAt,
});

const toInterview = (row: Selectable<TimelineInterviewsTable>): TimelineInterview => ({
  id: row.id,
  ownerId: row.user_id,
  program: row.program,
  date: row.date,
  interviewers: JSON.parse(row.interviewers) as string[],
  detail: row.detail,
  thankYouSent: row.thank_you_sent === 1,
  createdAt: row.created_at,
});

const interviewRow = (interview: TimelineInterview) => ({
  id: interview.id,
  user_id: interview.ownerId,
  program: interview.program,
  date: interview.date,
  interviewers: JSON.stringify(interview.interviewers),
  detail: interview.detail,
  thank_you_sent: interview.thankYouSent ? 1 : 0,
  created_at: interview.createdAt,
});

/**
 * Makes sure the user's settings row exists and writes to it: on PostgreSQL the row lock is held
 * until the transaction ends, so two inserts for one user count their rows one after the other
 * (SQLite serialises writers anyway).
 */
async function lockUser(trx: Transaction<Database>, userId: string, now: string) {
  await trx
    .insertInto('timeline_settings')
    .values({ user_id: userId, digest_enabled: 1, completed: '[]', updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ user_id: userId }))
    .execute();
}

export function createTimelineRepository(db: Kysely<Database>): TimelineRepository {
  async function createLimited(
    table: 'timeline_tasks' | 'timeline_interviews',
    row: ReturnType<typeof taskRow> | ReturnType<typeof interviewRow>,
    max: number,
  ): Promise<'created' | 'limit'> {
    return db.transaction().execute(async (trx) => {
      await lockUser(trx, row.user_id, row.created_at);
      const { n } = await trx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', row.user_id)
        .executeTakeFirstOrThrow();
      if (Number(n) >= max) return 'limit';
      if (table === 'timeline_tasks')
        await trx
          .insertInto(table)
          .values(row as ReturnType<typeof taskRow>)
          .execute();
      else
        await trx
          .insertInto(table)
          .values(row as ReturnType<typeof interviewRow>)
          .execute();
      return 'created';
    });
  }

  return {
    async findSettings(userId) {
      const row = await db
        .selectFrom('timeline_settings')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!row) return null;
      return {
        season: row.season,
        digestEnabled: row.digest_enabled === 1,
        completed: JSON.parse(row.completed) as string[],
        calendarFeed: row.calendar_token_hash !== null,
        timeZone: row.time_zone,
        updatedAt: row.updated_at,
      } satisfies TimelineSettings;
    },

    async saveSettings(userId, settings, updatedAt) {
      const values = {
        season: settings.season,
        digest_enabled: settings.digestEnabled ? 1 : 0,
        completed: JSON.stringify(settings.completed),
        updated_at: updatedAt,
        ...(settings.timeZone === undefined ? {} : { time_zone: settings.timeZone }),
        ...(settings.nextDigestAt === undefined ? {} : { next_digest_at: settings.nextDigestAt }),
      };
      await db
        .insertInto('timeline_settings')
        .values({ user_id: userId, ...values })
        .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
        .execute();
    },

    async setCalendarToken(userId, tokenHash, updatedAt) {
      await db
        .insertInto('timeline_settings')
        .values({
          user_id: userId,
          digest_enabled: 1,
          completed: '[]',
          calendar_token_hash: tokenHash,
          updated_at: updatedAt,
        })
        .onConflict((oc) =>
          oc
            .column('user_id')
            .doUpdateSet({ calendar_token_hash: tokenHash, updated_at: updatedAt }),
        )
        .execute();
    },

    async findUserByCalendarToken(tokenHash) {
      const row = await db
        .selectFrom('timeline_settings')
        .select('user_id')
        .where('calendar_token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row?.user_id ?? null;
    },

    async listTasks(userId) {
      const rows = await db
        .selectFrom('timeline_tasks')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('due')
        .orderBy('id')
        .execute();
      return rows.map(toTask);
    },

    async findTask(id) {
      const row = await db
        .selectFrom('timeline_tasks')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toTask(row) : null;
    },

    createTask: (task, max) => createLimited('timeline_tasks', taskRow(task), max),

    async updateTask(task) {
      const { id, user_id: _u, created_at: _c, ...values } = taskRow(task);
      await db.updateTable('timeline_tasks').set(values).where('id', '=', id).execute();
    },

    async deleteTask(id) {
      await db.deleteFrom('timeline_tasks').where('id', '=', id).execute();
    },

    async listInterviews(userId) {
      const rows = await db
        .selectFrom('timeline_interviews')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('date')
        .orderBy('id')
        .execute();
      return rows.map(toInterview);
    },

    async findInterview(id) {
      const row = await db
        .selectFrom('timeline_interviews')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toInterview(row) : null;
    },

    createInterview: (interview, max) =>
      createLimited('timeline_interviews', interviewRow(interview), max),

    async updateInterview(interview) {
      const { id, user_id: _u, created_at: _c, ...values } = interviewRow(interview);
      await db.updateTable('timeline_interviews').set(values).where('id', '=', id).execute();
    },

    async deleteInterview(id) {
      await db.deleteFrom('timeline_interviews').where('id', '=', id).execute();
    },

    async listDigestRecipients(now, limit) {
      const rows = await db
        .selectFrom('users')
        .leftJoin('timeline_settings', 'timeline_settings.user_id', 'users.id')
        .select([
          'users.id as user_id',
          'timeline_settings.next_digest_at',
          'timeline_settings.time_zone',
        ])
        .where('users.role', '=', 'applicant')
        .where((eb) =>
          eb.or([
            eb('timeline_settings.digest_enabled', 'is', null),
            eb('timeline_settings.digest_enabled', '=', 1),
          ]),
        )
        .where((eb) =>
          eb.or([
            eb('timeline_settings.next_digest_at', 'is', null),
            eb('timeline_settings.next_digest_at', '<=', now),
          ]),
        )
        .orderBy('users.created_at')
        .orderBy('users.id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        userId: row.user_id,
        nextDigestAt: row.next_digest_at,
        timeZone: row.time_zone,
      }));
    },

    async markDigestSent(userId, next, previous, day) {
      return db.transaction().execute(async (trx) => {
        await lockUser(trx, userId, new Date(0).toISOString());
        const result = await trx
          .updateTable('timeline_settings')
          .set(
            day === null ? { next_digest_at: next } : { next_digest_at: next, last_digest_on: day },
          )
          .where('user_id', '=', userId)
          .where((eb) =>
            previous === null
              ? eb('next_digest_at', 'is', null)
              : eb('next_digest_at', '=', previous),
          )
          .executeTakeFirst();
        return Number(result.numUpdatedRows) === 1;
      });
    },
  };
}
