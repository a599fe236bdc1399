import {
  type ApplicantProfile,
  generateSyntheticPrograms,
  simulateMatch,
} from '@matchready/core/programs';
import type { SimulationJob } from '@matchready/services';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerSimulationRunner, PART_RUNS } from './simulation-pool.ts';

const profile: ApplicantProfile = {
  applicantType: 'non-us-img',
  step2: 244,
  failedAttempts: 0,
  graduationYear: 2022,
  visa: 'j1',
  step3: false,
  usceMonths: 4,
  specialties: ['internal-medicine'],
  states: ['NY'],
};
const programs = generateSyntheticPrograms({ seed: 5, count: 600 }).programs.filter(
  (p) => p.specialty === 'internal-medicine',
);
const job: SimulationJob = {
  profile,
  rankList: programs.slice(0, 6).map((p) => p.id),
  programs,
  seed: 99,
  runs: 31,
  competitors: 1500,
  matchYear: 2027,
};

const pool = createWorkerSimulationRunner({ idleMs: 1000 });
afterAll(() => pool.close());

describe('the worker-thread simulation pool', () => {
  it('splits a job over two workers and merges exactly the single-thread result', async () => {
    const progress: number[] = [];
    let starts = 0;
    const result = await pool.run(job, {
      onStart: () => starts++,
      onProgress: (done, total) => {
        expect(total).toBe(31);
        progress.push(done);
      },
    });
    const direct = simulateMatch(job);
    expect(result).toEqual(direct);
    expect(starts).toBe(1);
    expect(progress.at(-1)).toBe(31);
    expect(Math.max(...progress)).toBe(31);
  }, 60_000);

  it('cuts a long job into parts of at most PART_RUNS runs and still merges it exactly', async () => {
    const long = { ...job, runs: 2 * PART_RUNS + 7, competitors: 200 };
    const progress: number[] = [];
    const result = await pool.run(long, {
      onStart: () => {},
      onProgress: (done) => progress.push(done),
    });
    expect(result).toEqual(simulateMatch(long));
    expect(progress.at(-1)).toBe(long.runs);
  }, 60_000);

  it('queues jobs FIFO, reports how many wait, and returns the core’s issues', async () => {
    const events = { onStart: () => {}, onProgress: () => {} };
    const first = pool.run({ ...job, runs: 4 }, events);
    const second = pool.run({ ...job, runs: 3, rankList: ['NOT-IN-MARKET'] }, events);
    expect(pool.queued()).toBe(1);
    expect((await first).ok).toBe(true);
    const failed = await second;
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.issues.length).toBeGreaterThan(0);
    expect(pool.queued()).toBe(0);
  }, 60_000);

  it('fails waiting jobs when it closes', async () => {
    const other = createWorkerSimulationRunner();
    const events = { onStart: () => {}, onProgress: () => {} };
    const running = other.run({ ...job, runs: 200 }, events);
    const waiting = other.run(job, events);
    const outcomes = Promise.allSettled([running, waiting]);
    await other.close();
    const [a, b] = await outcomes;
    expect(a.status === 'rejected' && String(a.reason)).toMatch(/closed/);
    expect(b.status === 'rejected' && String(b.reason)).toMatch(/closed/);
  }, 60_000);
});
