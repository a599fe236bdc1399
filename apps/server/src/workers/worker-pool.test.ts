import { explainOutcome, generateInstance, type MatchProblem, solveMatch } from '@matchready/core';
import { generateSyntheticPrograms } from '@matchready/core/programs';
import { afterAll, describe, expect, it } from 'vitest';
import type { SimulationPart, TaskKind, TaskOf } from './pool-protocol.ts';
import { createWorkerPool, PoolBusyError } from './worker-pool.ts';

const problem: MatchProblem = generateInstance({
  applicants: 300,
  programs: 60,
  couples: 20,
  ranksPerApplicant: 8,
  seed: 7,
});
const programs = generateSyntheticPrograms({ seed: 5, count: 200 }).programs.filter(
  (p) => p.specialty === 'internal-medicine',
);
/** A background task that keeps one worker busy for a while (a simulation part). */
const slowPart: TaskOf<'simulate'> = {
  kind: 'simulate',
  input: {
    profile: {
      applicantType: 'non-us-img',
      step2: 244,
      failedAttempts: 0,
      graduationYear: 2022,
      visa: 'j1',
      step3: false,
      usceMonths: 4,
      specialties: ['internal-medicine'],
      states: ['NY'],
    },
    rankList: programs.slice(0, 4).map((p) => p.id),
    programs,
    seed: 3,
    runs: 40,
    competitors: 2000,
    matchYear: 2027,
    firstRun: 0,
    progressEvery: 10,
  } satisfies SimulationPart,
};
const solve: TaskOf<'solve'> = { kind: 'solve', problemJson: JSON.stringify(problem) };

const pool = createWorkerPool({ size: 1, maxWaiting: 2, idleMs: 1000 });
afterAll(() => pool.close());

describe('the one worker pool', () => {
  it('solves and explains in a worker exactly what the core returns in process', async () => {
    const solved = await pool.run(solve, { priority: 'interactive' });
    expect(solved).toEqual(solveMatch(problem));
    if (!solved.ok) throw new Error('the sample instance solves');
    const applicant = problem.applicants[5]?.id ?? '';
    const explained = await pool.run(
      {
        kind: 'explain',
        problemJson: solve.problemJson,
        outcomeJson: JSON.stringify(solved.value),
        applicantId: applicant,
      },
      { priority: 'interactive' },
    );
    expect(explained).toEqual(explainOutcome(problem, solved.value, applicant));
    expect(explained.ok).toBe(true);
  }, 60_000);

  it('runs waiting interactive tasks before waiting background ones', async () => {
    const order: string[] = [];
    const track = (name: string) => ({ onStart: () => order.push(name) });
    const tasks = [
      pool.run(slowPart, { priority: 'background', ...track('simulation 1') }),
      pool.run(slowPart, { priority: 'background', ...track('simulation 2') }),
      pool.run(solve, { priority: 'interactive', ...track('match run') }),
    ];
    expect(pool.waiting('background')).toBe(1);
    expect(pool.waiting('interactive')).toBe(1);
    await Promise.all(tasks);
    expect(order).toEqual(['simulation 1', 'match run', 'simulation 2']);
  }, 60_000);

  it('refuses an interactive task at once when maxWaiting already wait, and recovers', async () => {
    const running = pool.run(slowPart, { priority: 'background' });
    const waiting = [
      pool.run(solve, { priority: 'interactive' }),
      pool.run(solve, { priority: 'interactive' }),
    ];
    await expect(pool.run(solve, { priority: 'interactive' })).rejects.toBeInstanceOf(
      PoolBusyError,
    );
    // Background work is bounded by its callers (the simulation service counts its jobs).
    const background = pool.run(slowPart, { priority: 'background' });
    expect(pool.waiting('background')).toBe(1);
    await Promise.all([running, ...waiting, background]);
    expect(pool.waiting('interactive')).toBe(0);
    expect((await pool.run(solve, { priority: 'interactive' })).ok).toBe(true);
  }, 60_000);

  it('drops a cancelled waiting task and rejects a task that throws in the worker', async () => {
    const controller = new AbortController();
    const running = pool.run(slowPart, { priority: 'background' });
    let started = false;
    const cancelled = pool.run(solve, {
      priority: 'interactive',
      signal: controller.signal,
      onStart: () => {
        started = true;
      },
    });
    controller.abort();
    await expect(cancelled).rejects.toThrow('the task was cancelled');
    expect(started).toBe(false);
    await running;
    const broken = { kind: 'solve', problemJson: '{"programs":' } satisfies TaskOf<TaskKind>;
    await expect(pool.run(broken, { priority: 'interactive' })).rejects.toThrow(/JSON/);
    expect((await pool.run(solve, { priority: 'interactive' })).ok).toBe(true);
  }, 60_000);

  it('fails waiting and running tasks when it closes, and refuses new ones', async () => {
    const other = createWorkerPool({ size: 1 });
    const outcomes = Promise.allSettled([
      other.run(slowPart, { priority: 'background' }),
      other.run(solve, { priority: 'interactive' }),
    ]);
    await other.close();
    for (const outcome of await outcomes) {
      expect(outcome.status).toBe('rejected');
      if (outcome.status === 'rejected') expect(String(outcome.reason)).toMatch(/closed/);
    }
    await expect(other.run(solve, { priority: 'interactive' })).rejects.toThrow(/closed/);
  }, 60_000);
});
