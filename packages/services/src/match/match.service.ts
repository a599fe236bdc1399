import type { Issue, MatchProblem } from '@matchready/core';
import type { User } from '../account/account-domain.ts';
import { AppError, invalidInput, notFound } from '../shared/app-error.ts';
import { ownedBy } from '../shared/ownership.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import type {
  MatchInstance,
  MatchInstanceListItem,
  MatchInstanceRecord,
  MatchRun,
  MatchRunRecord,
  MatchRunSummary,
} from './match-domain.ts';
import { layoutExplanation, type MatchExplanation } from './match-explanation.ts';
import type {
  EngineBusy,
  MatchEngine,
  MatchInstanceRepository,
  MatchRunRepository,
} from './match-ports.ts';
import { type InstanceLimits, readProblem, summarise } from './match-problem.ts';

/**
 * What one account may keep (issue 12: 20 runs of the largest instance grew the database by
 * 165 MB in 7 s). Enforced in the repository's transaction, so parallel requests cannot beat it.
 */
export const MATCH_QUOTAS = { instances: 50, runs: 200 } as const;

const overQuota = (what: string, one: string): AppError =>
  new AppError(
    'conflict',
    `You already keep ${what}, the most one account can. Delete an older ${one} to save another.`,
    { issues: [{ code: 'quota', path: [], message: `At most ${what} per account` }] },
  );

export interface MatchServiceDeps {
  readonly instances: MatchInstanceRepository;
  readonly runs: MatchRunRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly limits: InstanceLimits;
  /** Milliseconds from a monotonic clock, for run durations (performance.now in production). */
  readonly elapsed: () => number;
  /** Solves and explains (a worker pool in the server, decision 042). */
  readonly engine: MatchEngine;
}

/** A match problem from an uploaded file (the contract's parseInstanceFile read its syntax). */
export interface InstanceUpload {
  readonly name: string;
  /** Checked here: the engine's shape and rules, then the size caps. */
  readonly problem: unknown;
  /** Where an issue about an entry points in the uploaded file (e.g. its CSV line). */
  readonly locate?: ((issue: Issue) => Issue) | undefined;
}

export type MatchService = ReturnType<typeof createMatchService>;

const isBusy = (value: object): value is EngineBusy => 'busy' in value;

/** The engine's queue is full: a 429 with Retry-After rather than a queue without bound. */
const busy = ({ retryAfterSeconds }: EngineBusy): AppError =>
  new AppError(
    'rate-limited',
    `The match engine is busy with other runs. Try again in ${retryAfterSeconds} seconds.`,
    { retryAfterSeconds },
  );

const withoutOwner = ({ ownerId: _owner, ...instance }: MatchInstanceRecord): MatchInstance =>
  instance;
const publicRun = ({ ownerId: _o, problem: _p, ...run }: MatchRunRecord): MatchRun => run;

export function createMatchService(deps: MatchServiceDeps) {
  const { instances, runs, clock, ids } = deps;

  const ownInstance = async (user: User, id: string): Promise<MatchInstanceRecord> =>
    ownedBy(await instances.findById(id), user.id, 'Match instance');
  const ownRun = async (user: User, id: string): Promise<MatchRunRecord> =>
    ownedBy(await runs.findById(id), user.id, 'Match run');

  function read(upload: Pick<InstanceUpload, 'problem' | 'locate'>): MatchProblem {
    const result = readProblem(upload.problem, deps.limits);
    if (!result.ok) {
      const count = result.issues.length === 1 ? '1 issue' : `${result.issues.length} issues`;
      const issues = upload.locate ? result.issues.map(upload.locate) : result.issues;
      throw invalidInput(`The instance is not valid (${count})`, issues);
    }
    return result.value;
  }

  return {
    list(user: User): Promise<MatchInstanceListItem[]> {
      return instances.listByOwner(user.id);
    },

    async create(user: User, upload: InstanceUpload): Promise<MatchInstance> {
      const problem = read(upload);
      const now = clock.now().toISOString();
      const record: MatchInstanceRecord = {
        id: ids.newId(),
        ownerId: user.id,
        name: upload.name.trim(),
        createdAt: now,
        updatedAt: now,
        summary: summarise(problem),
        problem,
      };
      if ((await instances.create(record, MATCH_QUOTAS.instances)) === 'over-quota')
        throw overQuota(`${MATCH_QUOTAS.instances} saved instances`, 'instance');
      return withoutOwner(record);
    },

    async get(user: User, id: string): Promise<MatchInstance> {
      return withoutOwner(await ownInstance(user, id));
    },

    async update(
      user: User,
      id: string,
      upload: Omit<InstanceUpload, 'name'> & { name?: string | undefined },
    ): Promise<MatchInstance> {
      const existing = await ownInstance(user, id);
      const problem = read(upload);
      const record: MatchInstanceRecord = {
        ...existing,
        name: upload.name?.trim() || existing.name,
        updatedAt: clock.now().toISOString(),
        summary: summarise(problem),
        problem,
      };
      await instances.update(record);
      return withoutOwner(record);
    },

    async remove(user: User, id: string): Promise<void> {
      await ownInstance(user, id);
      await instances.delete(id);
    },

    /** Solves the saved problem within the request (saved instances are capped in size). */
    async run(user: User, instanceId: string): Promise<MatchRun> {
      // Unparsed: the engine parses it where it solves it (a worker for a large problem).
      const stored = ownedBy(
        await instances.findProblemJson(instanceId),
        user.id,
        'Match instance',
      );
      const started = deps.elapsed();
      const result = await deps.engine.solve(stored.problemJson);
      if (isBusy(result)) throw busy(result);
      // Includes any wait for a worker: the time the user waited for the outcome.
      const durationMs = Math.max(0, Math.round((deps.elapsed() - started) * 100) / 100);
      if (!result.ok) {
        throw new AppError('invalid-input', 'The engine could not solve this instance', {
          issues: result.issues,
        });
      }
      const run: MatchRun = {
        id: ids.newId(),
        instanceId,
        createdAt: clock.now().toISOString(),
        durationMs,
        outcome: result.value,
      };
      const saved = await runs.create(
        { ...run, ownerId: user.id, problemJson: stored.problemJson },
        MATCH_QUOTAS.runs,
      );
      if (saved === 'over-quota') throw overQuota(`${MATCH_QUOTAS.runs} saved runs`, 'run');
      return run;
    },

    async listRuns(user: User, instanceId: string): Promise<MatchRunSummary[]> {
      await ownInstance(user, instanceId);
      return runs.listByInstance(instanceId);
    },

    async getRun(user: User, runId: string): Promise<MatchRun> {
      return publicRun(await ownRun(user, runId));
    },

    async explain(user: User, runId: string, applicantId: string): Promise<MatchExplanation> {
      const run = await ownRun(user, runId);
      const result = await deps.engine.explain(run.problem, run.outcome, applicantId);
      if (isBusy(result)) throw busy(result);
      if (!result.ok) throw notFound(`Applicant "${applicantId}" in this run`);
      return layoutExplanation(run, result.value);
    },
  };
}
