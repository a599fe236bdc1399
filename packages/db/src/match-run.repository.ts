import type { MatchOutcome, MatchProblem } from '@matchready/core';
import type { MatchRunRepository, MatchRunSummary } from '@matchready/services';
import type { Kysely } from 'kysely';
import { insertWithinQuota } from './owner-quota.ts';
import type { Database } from './schema.ts';

export function createMatchRunRepository(db: Kysely<Database>): MatchRunRepository {
  return {
    create(run, quota) {
      return insertWithinQuota(db, 'match_runs', run.ownerId, quota, (trx) =>
        trx
          .insertInto('match_runs')
          .values({
            id: run.id,
            instance_id: run.instanceId,
            owner_id: run.ownerId,
            created_at: run.createdAt,
            duration_ms: run.durationMs,
            status: run.outcome.status,
            stats: JSON.stringify(run.outcome.stats),
            outcome: JSON.stringify(run.outcome),
            // Text read from the instance is stored as is (decision 042).
            problem: 'problemJson' in run ? run.problemJson : JSON.stringify(run.problem),
          })
          .execute(),
      );
    },

    async findById(id) {
      const row = await db
        .selectFrom('match_runs')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        instanceId: row.instance_id,
        ownerId: row.owner_id,
        createdAt: row.created_at,
        durationMs: Number(row.duration_ms),
        outcome: JSON.parse(row.outcome) as MatchOutcome,
        problem: JSON.parse(row.problem) as MatchProblem,
      };
    },

    async listByInstance(instanceId) {
      const rows = await db
        .selectFrom('match_runs')
        .select(['id', 'instance_id', 'created_at', 'duration_ms', 'status', 'stats'])
        .where('instance_id', '=', instanceId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(
        (row): MatchRunSummary => ({
          id: row.id,
          instanceId: row.instance_id,
          createdAt: row.created_at,
          durationMs: Number(row.duration_ms),
          status: row.status as MatchRunSummary['status'],
          stats: JSON.parse(row.stats) as MatchRunSummary['stats'],
        }),
      );
    },

    async listByOwner(ownerId) {
      const rows = await db
        .selectFrom('match_runs')
        .select(['id', 'instance_id', 'created_at', 'duration_ms', 'outcome'])
        .where('owner_id', '=', ownerId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        instanceId: row.instance_id,
        createdAt: row.created_at,
        durationMs: Number(row.duration_ms),
        outcome: JSON.parse(row.outcome) as MatchOutcome,
      }));
    },
  };
}
