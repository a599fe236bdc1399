import type { ErrorBody, InstanceResponse, RunResponse } from '@matchready/contract';
import { generateInstance } from '@matchready/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from './test-app.ts';
import type { TaskKind } from './workers/pool-protocol.ts';
import { createWorkerPool, type WorkerPool } from './workers/worker-pool.ts';

/**
 * Match runs off the request thread (issue 12 item 7, decision 042). The instance is as large as
 * a saved instance may be (5,000 × 5,000, 2,000 couples): about a second of solving each, but a
 * 1.7 MB file, so the main thread's own share (reading and posting it) stays small.
 */
const problem = generateInstance({
  applicants: 5_000,
  programs: 5_000,
  couples: 2_000,
  ranksPerApplicant: 20,
  meanCapacity: 1,
  seed: 1,
});
const content = JSON.stringify(problem);

/** A pool that tells the test how many tasks of each kind reached it. */
function countingPool(pool: WorkerPool) {
  const submitted: TaskKind[] = [];
  const waiters: { count: number; resolve(): void }[] = [];
  const counted: WorkerPool = {
    ...pool,
    run(task, options) {
      submitted.push(task.kind);
      for (const waiter of waiters) if (submitted.length >= waiter.count) waiter.resolve();
      return pool.run(task, options);
    },
  };
  const reached = (count: number) =>
    new Promise<void>((resolve) => {
      if (submitted.length >= count) resolve();
      else waiters.push({ count, resolve });
    });
  return { pool: counted, submitted, reached };
}

let t: TestApp | undefined;
let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  await t?.dispose();
});

async function bigInstance(app: TestApp['app']) {
  const me = await signUp(app, 'applicant');
  const created = await me.post('/api/match/instances', { name: 'Big', format: 'json', content });
  expect(created.status).toBe(201);
  return { me, id: (created.body as InstanceResponse).instance.id };
}

describe('match runs on the worker pool', () => {
  it('answers /api/health while several large runs are solved in parallel', async () => {
    pool = createWorkerPool({ size: 2 });
    const counting = countingPool(pool);
    t = await createTestApp({}, { pool: counting.pool });
    const { me, id } = await bigInstance(t.app);
    const RUNS = 3;
    let firstRunDoneAt = Number.POSITIVE_INFINITY;
    const runs = Array.from({ length: RUNS }, () =>
      me.post(`/api/match/instances/${id}/runs`).then((reply) => {
        firstRunDoneAt = Math.min(firstRunDoneAt, performance.now());
        return reply;
      }),
    );
    // Every run has left the main thread: the workers are solving (about a second each).
    await counting.reached(RUNS);
    const health = await me.get('/api/health');
    const healthDoneAt = performance.now();
    expect(health.status).toBe(200);
    // Solved in process, the runs would hold the event loop until the first of them is saved.
    expect(healthDoneAt).toBeLessThan(firstRunDoneAt);
    const replies = await Promise.all(runs);
    expect(replies.map((reply) => reply.status)).toEqual([201, 201, 201]);
    expect(counting.submitted).toEqual(['solve', 'solve', 'solve']);
    const outcomes = replies.map((reply) => (reply.body as RunResponse).run.outcome);
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[0]?.stats.matchedApplicants).toBeGreaterThan(0);

    // Explaining a run this large goes through the pool too, with the same answer shape.
    const [first] = replies;
    if (first === undefined) throw new Error('expected three replies');
    const runId = (first.body as RunResponse).run.id;
    const applicantId = problem.applicants[0]?.id;
    const explained = await me.get(`/api/match/runs/${runId}/explain/${applicantId}`);
    expect(explained.status).toBe(200);
    expect(explained.body).toMatchObject({ explanation: { runId, applicantId } });
    expect(counting.submitted.at(-1)).toBe('explain');
  }, 120_000);

  it('answers 429 with Retry-After when the queue of match runs is full, and saves nothing', async () => {
    pool = createWorkerPool({ size: 1, maxWaiting: 1 });
    t = await createTestApp({}, { pool });
    const { me, id } = await bigInstance(t.app);
    const replies = await Promise.all(
      Array.from({ length: 4 }, () => me.post(`/api/match/instances/${id}/runs`)),
    );
    const statuses = replies.map((reply) => reply.status).sort();
    // One solving, one waiting; the others are refused at once rather than queued.
    expect(statuses).toEqual([201, 201, 429, 429]);
    const refused = replies.find((reply) => reply.status === 429);
    if (refused === undefined) throw new Error('expected a 429');
    expect(refused.headers.get('retry-after')).toBe('5');
    expect((refused.body as ErrorBody).error).toEqual({
      code: 'rate-limited',
      message: 'The match engine is busy with other runs. Try again in 5 seconds.',
    });
    const listed = await me.get(`/api/match/instances/${id}/runs`);
    expect((listed.body as { runs: unknown[] }).runs).toHaveLength(2);
  }, 120_000);
});
