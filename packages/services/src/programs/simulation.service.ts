import type { Issue } from '@matchready/core';
import { normalizeSpecialty, type SimulationResult } from '@matchready/core/programs';
import type { User } from '../account/account-domain.ts';
import type { ProfileRepository } from '../account/account-ports.ts';
import { AppError, invalidInput } from '../shared/app-error.ts';
import { ownedBy } from '../shared/ownership.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import { createRunLeases, leaseCutoff, RUN_HEARTBEAT_MS } from '../shared/run-lease.ts';
import {
  entryProgramIds,
  type Simulation,
  type SimulationRecord,
  type SimulationUpdate,
} from './program-domain.ts';
import type {
  CatalogueReader,
  RankListRepository,
  SimulationJob,
  SimulationRepository,
  SimulationRunner,
} from './program-ports.ts';
import { nextMatchYear, toCoreProfile } from './program-profile.ts';

/** Unfinished (queued or running) simulations one applicant may have at a time. */
export const MAX_UNFINISHED_PER_USER = 2;
/** Jobs waiting for a worker across all users before new ones are refused. */
export const MAX_QUEUED_JOBS = 50;
export const RESTART_ERROR =
  'The server restarted before this simulation finished. Start it again.';

export interface SimulationServiceDeps {
  readonly simulations: SimulationRepository;
  readonly rankLists: RankListRepository;
  readonly catalogue: CatalogueReader;
  readonly profiles: ProfileRepository;
  readonly runner: SimulationRunner;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Least time between two progress writes (default 400 ms). */
  readonly progressIntervalMs?: number;
  /** How often the heartbeat of this process's unfinished simulations is refreshed (051). */
  readonly heartbeatMs?: number;
}

export interface SimulationRequest {
  readonly rankListId?: string | undefined;
  readonly programIds?: readonly string[] | undefined;
  readonly runs: number;
  readonly competitors?: number | undefined;
}

/** A 32-bit seed from the simulation id (FNV-1a): the same simulation always draws the same markets. */
export function seedFromId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 1) | 0;
}

const withoutOwner = ({ ownerId: _owner, ...simulation }: SimulationRecord): Simulation =>
  simulation;

export type SimulationService = ReturnType<typeof createSimulationService>;

/**
 * "Simulate my match" as a background job: validated and stored as `queued` in the request,
 * then run by the SimulationRunner (worker threads in the server) while progress is written to
 * the database for polling.
 */
export function createSimulationService(deps: SimulationServiceDeps) {
  const { simulations, catalogue, clock, ids, runner } = deps;
  const interval = deps.progressIntervalMs ?? 400;
  const inFlight = new Set<Promise<void>>();
  const leases = createRunLeases({
    periodMs: deps.heartbeatMs ?? RUN_HEARTBEAT_MS,
    refresh: (held) => simulations.refreshHeartbeats(held, clock.now().toISOString()),
  });

  async function prepare(user: User, request: SimulationRequest) {
    const programIds = request.rankListId
      ? entryProgramIds(
          ownedBy(await deps.rankLists.findById(request.rankListId), user.id, 'Rank list').entries,
        )
      : [...(request.programIds ?? [])];
    const field = request.rankListId ? 'rankListId' : 'programIds';
    if (programIds.length === 0)
      throw invalidInput('The rank list is empty', [
        { code: 'empty', path: [field], message: 'Rank at least one program' },
      ]);
    const profile = toCoreProfile(await deps.profiles.find(user.id));
    if (!profile.ok)
      throw invalidInput('Complete your profile to simulate your match', profile.issues);
    const found = await catalogue.byIds(programIds);
    const issues: Issue[] = [];
    const seen = new Set<string>();
    const specialties = new Set<string>();
    programIds.forEach((id, i) => {
      const program = found.get(id);
      const path = request.rankListId ? ['rankListId'] : ['programIds', i];
      if (seen.has(id)) issues.push({ code: 'duplicate', path, message: `${id} is ranked twice` });
      else if (!program)
        issues.push({
          code: 'unknown-program',
          path,
          message: `No program "${id}" in the catalogue`,
        });
      else if (normalizeSpecialty(program.specialty) === null)
        issues.push({
          code: 'unknown-specialty',
          path,
          message: `${program.name} is in "${program.specialty}", a specialty the simulator has no public figures for`,
        });
      else specialties.add(program.specialty);
      seen.add(id);
    });
    if (issues.length > 0) throw invalidInput('The rank list cannot be simulated', issues);
    // Every specialty on the list gets its own market; the engine solves them together.
    const market = (await catalogue.all()).filter((p) => specialties.has(p.specialty));
    return { programIds, profile: profile.value, market };
  }

  function execute(record: SimulationRecord, job: SimulationJob): Promise<void> {
    let chain: Promise<void> = Promise.resolve();
    let lastWrite = 0;
    const write = (update: Omit<SimulationUpdate, 'updatedAt'>) => {
      const next = { ...update, updatedAt: clock.now().toISOString() };
      chain = chain.then(() => simulations.update(record.id, next)).catch(() => {});
    };
    const finish = (result: SimulationResult | null, error: string | null) => {
      const at = clock.now().toISOString();
      write({
        status: error ? 'failed' : 'done',
        progress: error ? 0 : 1,
        result,
        error,
        finishedAt: at,
      });
      return chain;
    };
    const run = runner
      .run(job, {
        onStart: () => write({ status: 'running', progress: 0 }),
        onProgress: (done, total) => {
          const now = clock.now().getTime();
          if (now - lastWrite < interval || done >= total) return;
          lastWrite = now;
          write({ status: 'running', progress: total === 0 ? 0 : done / total });
        },
      })
      .then(
        (result) =>
          result.ok
            ? finish(result.value, null)
            : finish(null, result.issues.map((i) => i.message).join(' ')),
        () => finish(null, 'The simulation stopped unexpectedly. Please try again.'),
      );
    inFlight.add(run);
    leases.hold(record.id);
    return run.finally(() => {
      inFlight.delete(run);
      leases.release(record.id);
    });
  }

  return {
    async create(user: User, request: SimulationRequest): Promise<Simulation> {
      const { programIds, profile, market } = await prepare(user, request);
      if ((await simulations.countUnfinished(user.id)) >= MAX_UNFINISHED_PER_USER)
        throw new AppError(
          'rate-limited',
          `You already have ${MAX_UNFINISHED_PER_USER} simulations running; wait for one to finish.`,
          { retryAfterSeconds: 10 },
        );
      if (runner.queued() >= MAX_QUEUED_JOBS)
        throw new AppError(
          'rate-limited',
          'The server is busy with simulations; try again shortly.',
          {
            retryAfterSeconds: 30,
          },
        );
      const now = clock.now().toISOString();
      const id = ids.newId();
      const record: SimulationRecord = {
        id,
        ownerId: user.id,
        status: 'queued',
        progress: 0,
        rankListId: request.rankListId ?? null,
        programIds,
        runs: request.runs,
        competitors: request.competitors ?? null,
        seed: seedFromId(id),
        createdAt: now,
        updatedAt: now,
        finishedAt: null,
        error: null,
        result: null,
      };
      await simulations.create(record);
      void execute(record, {
        profile,
        rankList: programIds,
        programs: market,
        seed: record.seed,
        runs: record.runs,
        matchYear: nextMatchYear(clock.now()),
        ...(request.competitors === undefined ? {} : { competitors: request.competitors }),
      });
      return withoutOwner(record);
    },

    async get(user: User, id: string): Promise<Simulation> {
      return withoutOwner(ownedBy(await simulations.findById(id), user.id, 'Simulation'));
    },

    list: (user: User) => simulations.listByOwner(user.id),

    /**
     * Fails the unfinished simulations whose process is gone: heartbeat older than `olderThanMs`
     * (0 after a restart on SQLite, where this was the only process; the lease elsewhere).
     */
    failAbandoned({ olderThanMs, now = clock.now() }: { olderThanMs: number; now?: Date }) {
      return simulations.failAbandoned(
        RESTART_ERROR,
        leaseCutoff(now, olderThanMs),
        now.toISOString(),
      );
    },

    /** Refreshes the heartbeat of this process's unfinished simulations now (the timer's work). */
    refreshHeartbeats: () => leases.beat(),

    /** Resolves when every started simulation has finished and been written (tests, shutdown). */
    async settled(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
