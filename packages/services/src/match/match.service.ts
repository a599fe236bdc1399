import { solveMatch } from '@matchready/core';
import type { User } from '../account/account-domain.ts';
import { AppError, invalidInput, notFound } from '../shared/app-error.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import type {
  MatchInstance,
  MatchInstanceListItem,
  MatchInstanceRecord,
  MatchRun,
  MatchRunRecord,
  MatchRunSummary,
} from './match-domain.ts';
import { explainApplicant, type MatchExplanation } from './match-explanation.ts';
import type { MatchInstanceRepository, MatchRunRepository } from './match-ports.ts';
import {
  type InstanceFormat,
  type InstanceLimits,
  readInstance,
  summarise,
} from './match-problem.ts';

export interface MatchServiceDeps {
  readonly instances: MatchInstanceRepository;
  readonly runs: MatchRunRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly limits: InstanceLimits;
  /** Milliseconds from a monotonic clock, for run durations (performance.now in production). */
  readonly elapsed: () => number;
}

export interface InstanceUpload {
  readonly name: string;
  readonly format: InstanceFormat;
  readonly content: string;
}

export type MatchService = ReturnType<typeof createMatchService>;

const withoutOwner = ({ ownerId: _owner, ...instance }: MatchInstanceRecord): MatchInstance =>
  instance;
const publicRun = ({ ownerId: _o, problem: _p, ...run }: MatchRunRecord): MatchRun => run;

export function createMatchService(deps: MatchServiceDeps) {
  const { instances, runs, clock, ids } = deps;

  /** The instance when `user` owns it; anyone else gets not-found (existence is not leaked). */
  async function ownInstance(user: User, id: string): Promise<MatchInstanceRecord> {
    const instance = await instances.findById(id);
    if (!instance || instance.ownerId !== user.id) throw notFound('Match instance');
    return instance;
  }

  async function ownRun(user: User, id: string): Promise<MatchRunRecord> {
    const run = await runs.findById(id);
    if (!run || run.ownerId !== user.id) throw notFound('Match run');
    return run;
  }

  function read(format: InstanceFormat, content: string) {
    const result = readInstance(format, content, deps.limits);
    if (!result.ok) {
      const count = result.issues.length === 1 ? '1 issue' : `${result.issues.length} issues`;
      throw invalidInput(`The instance is not valid (${count})`, result.issues);
    }
    return result.value;
  }

  return {
    list(user: User): Promise<MatchInstanceListItem[]> {
      return instances.listByOwner(user.id);
    },

    async create(user: User, upload: InstanceUpload): Promise<MatchInstance> {
      const problem = read(upload.format, upload.content);
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
      await instances.create(record);
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
      const problem = read(upload.format, upload.content);
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

    /** Solves the saved problem now (synchronously: saved instances are capped in size). */
    async run(user: User, instanceId: string): Promise<MatchRun> {
      const instance = await ownInstance(user, instanceId);
      const started = deps.elapsed();
      const result = solveMatch(instance.problem);
      const durationMs = Math.max(0, Math.round((deps.elapsed() - started) * 100) / 100);
      if (!result.ok) {
        throw new AppError('invalid-input', 'The engine could not solve this instance', {
          issues: result.issues,
        });
      }
      const record: MatchRunRecord = {
        id: ids.newId(),
        instanceId,
        ownerId: user.id,
        createdAt: clock.now().toISOString(),
        durationMs,
        outcome: result.value,
        problem: instance.problem,
      };
      await runs.create(record);
      return publicRun(record);
    },

    async listRuns(user: User, instanceId: string): Promise<MatchRunSummary[]> {
      await ownInstance(user, instanceId);
      return runs.listByInstance(instanceId);
    },

    async getRun(user: User, runId: string): Promise<MatchRun> {
      return publicRun(await ownRun(user, runId));
    },

    async explain(user: User, runId: string, applicantId: string): Promise<MatchExplanation> {
      const explanation = explainApplicant(await ownRun(user, runId), applicantId);
      if (!explanation) throw notFound(`Applicant "${applicantId}" in this run`);
      return explanation;
    },
  };
}
