// The pg-boss adapter on a real PostgreSQL (TEST_POSTGRES_URL, scripts/with-postgres.sh): several
// queues on one database stand for several server processes.
import { openTestPostgresDatabase } from '@matchready/db';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import type { JobQueue, OneOffJob, RecurringJob } from './job-queue.ts';
import { startPgBossJobQueue } from './pg-boss-job-queue.adapter.ts';

let database: Awaited<ReturnType<typeof openTestPostgresDatabase>>;
/** A pg-boss client that only reads (no workers, no maintenance): the test's window on the queue. */
let observer: PgBoss;
const queues: JobQueue[] = [];
const lines: string[] = [];

beforeAll(async () => {
  database = await openTestPostgresDatabase();
});

afterAll(async () => {
  for (const queue of queues) await queue.stop();
  await observer?.stop({ graceful: false });
  await database?.dispose();
});

async function startQueue(): Promise<JobQueue> {
  const queue = await startPgBossJobQueue({
    connectionString: database.url,
    logger: createLogger('debug', (line) => lines.push(line)),
    pollingIntervalSeconds: 0.5,
    stopTimeoutMs: 5000,
  });
  queues.push(queue);
  return queue;
}

async function jobStates(name: string): Promise<{ state: string; slot: string | null }[]> {
  if (!observer) {
    observer = new PgBoss({ connectionString: database.url, supervise: false, schedule: false });
    observer.on('error', () => {});
    await observer.start();
  }
  const { rows } = await observer
    .getDb()
    .executeSql(
      'SELECT state, singleton_on::text AS slot FROM pgboss.job WHERE name = $1 ORDER BY created_on',
      [name],
    );
  return rows as { state: string; slot: string | null }[];
}

/** Polls `condition` every 100 ms; fails with `what` after a generous deadline. */
async function eventually(what: string, condition: () => Promise<boolean> | boolean) {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const numbered = (data: unknown): { n: number } => {
  if (typeof data === 'object' && data !== null && 'n' in data && typeof data.n === 'number')
    return { n: data.n };
  throw new Error('expected { n: number }');
};

describe('pg-boss job queue', () => {
  it('runs each slot of a recurring job once, whichever process offers it', async () => {
    const runs: string[] = [];
    const job = (who: string): RecurringJob => ({
      name: 'hourly-tick',
      everyMs: 60 * 60 * 1000,
      run: async () => {
        runs.push(who);
        return { done: 1 };
      },
    });
    const [a, b] = [await startQueue(), await startQueue()];
    await a.schedule(job('a'));
    await b.schedule(job('b'));
    await eventually('the hourly tick to be done', async () => {
      const states = await jobStates('hourly-tick');
      return states.length > 0 && states.every((s) => s.state === 'completed');
    });
    const jobs = await jobStates('hourly-tick');
    // One job per slot (both processes offered the current one; the second offer was dropped),
    // and each job was run by exactly one of the two.
    expect(new Set(jobs.map((j) => j.slot)).size).toBe(jobs.length);
    expect(jobs.every((j) => j.slot !== null)).toBe(true);
    expect(runs).toHaveLength(jobs.length);
    const ranLines = lines.filter((l) => l.includes('DEBUG job ran {"job":"hourly-tick"'));
    expect(ranLines).toHaveLength(jobs.length);
  });

  it('gives each one-off job to one worker, and keeps a job queued while no worker runs', async () => {
    const done: { n: number; by: string }[] = [];
    const echo = (by: string): OneOffJob<{ n: number }> => ({
      name: 'echo',
      retryLimit: 0,
      parse: numbered,
      run: async ({ n }) => {
        done.push({ n, by });
      },
    });
    const [a, b] = [await startQueue(), await startQueue()];
    await a.handle(echo('a'));
    await b.handle(echo('b'));
    for (let n = 0; n < 30; n += 1) await (n % 2 ? a : b).enqueue('echo', { n });
    await eventually('30 echo jobs', () => done.length >= 30);
    await eventually('no echo job left', async () =>
      (await jobStates('echo')).every((s) => s.state === 'completed'),
    );
    expect(done.map((d) => d.n).sort((x, y) => x - y)).toEqual([...Array(30).keys()]);

    // A "restart": the job is stored by a process with no worker, which then stops…
    await a.stop();
    await b.stop();
    const sender = await startQueue();
    await sender.enqueue('echo', { n: 99 });
    await sender.stop();
    expect((await jobStates('echo')).filter((s) => s.state === 'created')).toHaveLength(1);
    // … and the next process to work on the queue does it.
    const restarted = await startQueue();
    await restarted.handle(echo('restarted'));
    await eventually('the job queued before the restart', () => done.some((d) => d.n === 99));
    expect(done.filter((d) => d.n === 99)).toEqual([{ n: 99, by: 'restarted' }]);
    await restarted.stop();
  });

  it('records a failed one-off job as failed and a malformed one as failed, not done', async () => {
    const queue = await startQueue();
    await queue.handle({
      name: 'always-fails',
      retryLimit: 0,
      parse: numbered,
      run: async () => {
        throw new Error('smtp refused');
      },
    });
    await queue.enqueue('always-fails', { n: 1 });
    await queue.enqueue('always-fails', { wrong: 'shape' });
    await eventually('both jobs to fail', async () => {
      const states = await jobStates('always-fails');
      return states.length === 2 && states.every((s) => s.state === 'failed');
    });
    await queue.stop();
  });

  it('stop waits for the job a worker is running', async () => {
    const events: string[] = [];
    let release: () => void = () => {};
    const queue = await startQueue();
    await queue.handle({
      name: 'slow',
      retryLimit: 0,
      parse: numbered,
      run: async () => {
        events.push('started');
        await new Promise<void>((resolve) => (release = resolve));
        events.push('finished');
      },
    });
    await queue.enqueue('slow', { n: 1 });
    await eventually('the slow job to start', () => events.includes('started'));
    const stopped = queue.stop().then(() => events.push('stopped'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await stopped;
    expect(events).toEqual(['started', 'finished', 'stopped']);
    expect((await jobStates('slow')).map((s) => s.state)).toEqual(['completed']);
  });
});
