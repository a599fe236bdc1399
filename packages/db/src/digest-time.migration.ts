import { type Kysely, type Migration, sql } from 'kysely';

/**
 * 0013-digest-time (decision 053): the daily reminder follows the applicant's own morning.
 * `time_zone` is the IANA zone they chose (null = none), `next_digest_at` the UTC instant the next
 * reminder is due (null = never sent: due at once). Rows that already had a reminder are due at
 * 07:00 UTC the day after it, so nobody gets a second one on the day of the upgrade.
 */
export const digestTimeMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('timeline_settings').addColumn('time_zone', 'text').execute();
    await db.schema.alterTable('timeline_settings').addColumn('next_digest_at', 'text').execute();
    const days = await sql<{ day: string }>`
      select distinct last_digest_on as day from timeline_settings where last_digest_on is not null
    `.execute(db);
    for (const { day } of days.rows) {
      const next = new Date(Date.parse(`${day}T07:00:00.000Z`) + 24 * 60 * 60 * 1000);
      if (Number.isNaN(next.getTime())) continue;
      await sql`
        update timeline_settings set next_digest_at = ${next.toISOString()} where last_digest_on = ${day}
      `.execute(db);
    }
  },
};
