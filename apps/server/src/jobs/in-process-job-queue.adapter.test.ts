import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../logger.ts';
import { createInProcessJobQueue } from './in-process-job-queue.adapter.ts';
import type { OneOffJob, RecurringJob } from './job-queue.ts';

function recordingLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', (line) => lines.push(line)) };
}

const words = (data: unknown): { word: string } => {
  if (typeof data === 'object' && data !== null && 'word' in data && typeof data.word === 'string')
    return { word: data.word };
  throw new Error('expected { word: string }');
};

afterEach(() => {
  vi.useRealTimers();
});

describe('in-process job queue', () => {
  it('logs a failing recurring job and still runs the others', async () => {
    vi.useFakeTimers();
    const { lines, logger } = recordingLogger();
    const queue = createInProcessJobQueue({ logger });
    const ran: string[] = [];
    const broken: RecurringJob = {
      name: 'broken',
      everyMs: 60_000,
      run: async () => {
        throw new Error('database unavailable');
      },
    };
    const fine: RecurringJob = {
      name: 'fine',
      everyMs: 60_000,
      run: async () => {
        ran.push('fine');
        return { done: 1 };
      },
    };
    await queue.schedule(broken);
    await queue.schedule(fine);
    await vi.advanceTimersByTimeAsync(60_000); // the runs at start, then one tick each
    await queue.stop();
    expect(ran).toEqual(['fine', 'fine']);
    expect(lines.filter((l) => l.includes('ERROR scheduled job failed: broken'))).toHaveLength(2);
    expect(lines.some((l) => l.includes('database unavailable'))).toBe(true);
    expect(lines.some((l) => l.includes('INFO scheduled: fine {"done":1}'))).toBe(true);
  });

  it('does not start a recurring job again while it is still running, and stop waits for it', async () => {
    vi.useFakeTimers();
    const { logger } = recordingLogger();
    let starts = 0;
    let release: () => void = () => {};
    const job: RecurringJob = {
      name: 'slow',
      everyMs: 5,
      run: () => {
        starts += 1;
        return new Promise((resolve) => {
          release = () => resolve({});
        });
      },
    };
    const queue = createInProcessJobQueue({ logger });
    await queue.schedule(job);
    expect(starts).toBe(1); // runs once at start
    await vi.advanceTimersByTimeAsync(50); // ten ticks while the first run is unfinished
    expect(starts).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(5); // finished: the next tick starts it again
    expect(starts).toBe(2);
    let stopDone = false;
    const stopped = queue.stop().then(() => {
      stopDone = true;
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(stopDone).toBe(false); // still waiting for the second run
    release();
    await stopped;
    await vi.advanceTimersByTimeAsync(50); // stopped: no more runs
    expect(starts).toBe(2);
  });

  it('hands the clock it was given to recurring jobs', async () => {
    const { logger } = recordingLogger();
    const at = new Date('2026-12-01T08:00:00.000Z');
    const seen: Date[] = [];
    const queue = createInProcessJobQueue({ logger, now: () => at });
    await queue.schedule({
      name: 'clock',
      everyMs: 60_000,
      run: async (now) => {
        seen.push(now);
        return {};
      },
    });
    await queue.stop();
    expect(seen).toEqual([at]);
  });

  it('refuses a job scheduled twice, a bad name, and work after stop', async () => {
    const { logger } = recordingLogger();
    const queue = createInProcessJobQueue({ logger });
    const job: RecurringJob = { name: 'twice', everyMs: 60_000, run: async () => ({}) };
    await queue.schedule(job);
    await expect(queue.schedule(job)).rejects.toThrow('job "twice" is already scheduled');
    await expect(queue.schedule({ ...job, name: 'Not A Name' })).rejects.toThrow(
      'must be lower-case words joined by dashes',
    );
    await queue.stop();
    await expect(queue.schedule({ ...job, name: 'later' })).rejects.toThrow('stopped');
  });

  it('runs one-off jobs after enqueue returns, logs failures, and stop waits for them', async () => {
    const { lines, logger } = recordingLogger();
    const queue = createInProcessJobQueue({ logger });
    const done: string[] = [];
    let release: () => void = () => {};
    const echo: OneOffJob<{ word: string }> = {
      name: 'echo',
      retryLimit: 0,
      parse: words,
      run: async ({ word }) => {
        if (word === 'boom') throw new Error('smtp refused');
        if (word === 'slow') await new Promise<void>((resolve) => (release = resolve));
        done.push(word);
      },
    };
    await queue.handle(echo);
    await queue.enqueue('echo', { word: 'hello' });
    expect(done).toEqual([]); // not inside the caller's await
    await queue.enqueue('echo', { word: 'boom' });
    await queue.enqueue('echo', { word: 'slow' });
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toEqual(['hello']);
    expect(lines.some((l) => l.includes('ERROR job failed: echo {"error":"smtp refused"}'))).toBe(
      true,
    );
    let stopDone = false;
    const stopped = queue.stop().then(() => {
      stopDone = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopDone).toBe(false);
    release();
    await stopped;
    expect(done).toEqual(['hello', 'slow']);
    await expect(queue.enqueue('echo', { word: 'late' })).rejects.toThrow('stopped');
  });

  it('checks the data of a one-off job before queueing it, and refuses an unknown kind', async () => {
    const { logger } = recordingLogger();
    const queue = createInProcessJobQueue({ logger });
    await queue.handle({ name: 'echo', retryLimit: 0, parse: words, run: async () => {} });
    await expect(queue.enqueue('echo', { wrod: 'typo' })).rejects.toThrow(
      'expected { word: string }',
    );
    await expect(queue.enqueue('unknown', {})).rejects.toThrow('no handler for job "unknown"');
    await queue.stop();
  });
});
