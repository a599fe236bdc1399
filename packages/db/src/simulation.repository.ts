import type { SimulationResult } from '@matchready/core/programs';
import type {
  Simulation,
  SimulationRecord,
  SimulationRepository,
  SimulationStatus,
} from '@matchready/services';
import type { Kysely, Selectable } from 'kysely';
import type { ProgramSimulationsTable } from './program-tables.ts';
import type { Database } from './schema.ts';

type Row = Selectable<ProgramSimulationsTable>;

const toSummary = (
  row: Omit<Row, 'result' | 'heartbeat_at'>,
): Omit<SimulationRecord, 'result'> => ({
  id: row.id,
  ownerId: row.owner_id,
  status: row.status as SimulationStatus,
  progress: Number(row.progress),
  rankListId: row.rank_list_id,
  programIds: JSON.parse(row.program_ids) as string[],
  runs: Number(row.runs),
  competitors: row.competitors === null ? null : Number(row.competitors),
  seed: Number(row.seed),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  finishedAt: row.finished_at,
  error: row.error,
});

const toRecord = (row: Row): SimulationRecord => ({
  ...toSummary(row),
  result: row.result === null ? null : (JSON.parse(row.result) as SimulationResult),
});

const UNFINISHED = ['queued', 'running'];
const SUMMARY_COLUMNS = [
  'id',
  'owner_id',
  'status',
  'progress',
  'rank_list_id',
  'program_ids',
  'runs',
  'competitors',
  'seed',
  'created_at',
  'updated_at',
  'finished_at',
  'error',
] as const;

export function createSimulationRepository(db: Kysely<Database>): SimulationRepository {
  return {
    async create(s) {
      await db
        .insertInto('program_simulations')
        .values({
          id: s.id,
          owner_id: s.ownerId,
          rank_list_id: s.rankListId,
          program_ids: JSON.stringify(s.programIds),
          runs: s.runs,
          competitors: s.competitors,
          seed: s.seed,
          status: s.status,
          progress: s.progress,
          result: s.result === null ? null : JSON.stringify(s.result),
          error: s.error,
          created_at: s.createdAt,
          updated_at: s.updatedAt,
          finished_at: s.finishedAt,
          heartbeat_at: s.updatedAt,
        })
        .execute();
    },

    async update(id, u) {
      await db
        .updateTable('program_simulations')
        .set({
          status: u.status,
          progress: u.progress,
          updated_at: u.updatedAt,
          ...(u.finishedAt === undefined ? {} : { finished_at: u.finishedAt }),
          ...(u.error === undefined ? {} : { error: u.error }),
          ...(u.result === undefined
            ? {}
            : { result: u.result === null ? null : JSON.stringify(u.result) }),
        })
        .where('id', '=', id)
        .execute();
    },

    async findById(id) {
      const row = await db
        .selectFrom('program_simulations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async listByOwner(ownerId): Promise<Omit<Simulation, 'result'>[]> {
      const rows = await db
        .selectFrom('program_simulations')
        .select(SUMMARY_COLUMNS)
        .where('owner_id', '=', ownerId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map((row) => {
        const { ownerId: _o, ...s } = toSummary(row);
        return s;
      });
    },

    async listRecordsByOwner(ownerId) {
      const rows = await db
        .selectFrom('program_simulations')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },

    async countUnfinished(ownerId) {
      const row = await db
        .selectFrom('program_simulations')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('owner_id', '=', ownerId)
        .where('status', 'in', UNFINISHED)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async refreshHeartbeats(ids, at) {
      if (ids.length === 0) return;
      await db
        .updateTable('program_simulations')
        .set({ heartbeat_at: at })
        .where('id', 'in', [...ids])
        .execute();
    },

    async failAbandoned(error, cutoff, now) {
      const result = await db
        .updateTable('program_simulations')
        .set({ status: 'failed', error, updated_at: now, finished_at: now })
        .where('status', 'in', UNFINISHED)
        .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<=', cutoff)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
