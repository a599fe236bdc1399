import { createInMemoryServices } from '@matchready/services/testing';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from './logger.ts';
import { housekeepingJobs, runJob, type ScheduledJob, startScheduler } from './scheduler.ts';

const DAY = 86_400_000;

function recordingLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', (line) => lines.push(line)) };
}

function setup() {
  const { ports, services } = createInMemoryServices('2026-12-01T12:00:00.000Z');
  let n = 0;
  const user = async (role: 'applicant' | 'mentor') =>
    (
      await services.auth.signUp({
        email: `person${++n}@example.org`,
        password: 'a long password',
        displayName: `Person ${n}`,
        role,
      })
    ).user;
  return { ports, services, user };
}

describe('scheduler', () => {
  it('logs a failing job and still runs the others', async () => {
    const { lines, logger } = recordingLogger();
    const ran: string[] = [];
    const jobs: ScheduledJob[] = [
      {
        name: 'broken',
        everyMs: 60_000,
        run: async () => {
          throw new Error('database unavailable');
        },
      },
      {
        name: 'fine',
        everyMs: 60_000,
        run: async () => {
          ran.push('fine');
          return { done: 1 };
        },
      },
    ];
    const results = [];
    for (const job of jobs) results.push(await runJob(job, new Date(), logger));
    expect(results).toEqual([false, true]);
    expect(ran).toEqual(['fine']);
    expect(lines.some((l) => l.includes('ERROR scheduled job failed: broken'))).toBe(true);
    expect(lines.some((l) => l.includes('database unavailable'))).toBe(true);
    expect(lines.some((l) => l.includes('INFO scheduled: fine {"done":1}'))).toBe(true);
  });

  it('does not start a job again while it is still running, and stop waits for it', async () => {
    vi.useFakeTimers();
    try {
      const { logger } = recordingLogger();
      let starts = 0;
      let release: () => void = () => {};
      const job: ScheduledJob = {
        name: 'slow',
        everyMs: 5,
        run: () => {
          starts += 1;
          return new Promise((resolve) => {
            release = () => resolve({});
          });
        },
      };
      const scheduler = startScheduler([job], { logger });
      expect(starts).toBe(1); // runs once at start
      await vi.advanceTimersByTimeAsync(50); // ten ticks while the first run is unfinished
      expect(starts).toBe(1);
      release();
      await vi.advanceTimersByTimeAsync(5); // finished: the next tick starts it again
      expect(starts).toBe(2);
      const stopped = scheduler.stop();
      release();
      await stopped;
      await vi.advanceTimersByTimeAsync(50); // stopped: no more runs
      expect(starts).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('expires a mentorship request left for 14 days and tells the mentee, once', async () => {
    const { ports, services, user } = setup();
    const [mentee, mentor] = [await user('applicant'), await user('mentor')];
    await services.mentorship.mentors.save(mentor, {
      specialties: ['Pediatrics'],
      institution: 'Example Children’s Hospital',
      state: 'TX',
      role: 'fellow',
      mentorTypes: ['clinical'],
      imgCountry: null,
      languages: ['English'],
      timeZone: 'America/Chicago',
      capacity: 2,
      acceptingRequests: true,
      helpsWith: 'Research',
      availability: [],
    });
    const request = await services.mentorship.requests.create(mentee, {
      mentorId: mentor.id,
      message: 'Hello',
    });
    const job = housekeepingJobs(services).find((j) => j.name === 'mentorship requests');
    if (!job) throw new Error('no mentorship job');
    const start = ports.clock.now().getTime();
    const { logger, lines } = recordingLogger();

    await runJob(job, new Date(start + 6 * DAY), logger);
    expect(lines.at(-1)).toContain('{"expired":0,"nudged":1}');
    await runJob(job, new Date(start + 15 * DAY), logger);
    expect(lines.at(-1)).toContain('{"expired":1,"nudged":0}');
    await runJob(job, new Date(start + 16 * DAY), logger);
    expect(lines).toHaveLength(2); // nothing left to do: nothing logged

    expect((await ports.mentorship.requests.findById(request.id))?.status).toBe('expired');
    expect(ports.mailer.sent.map((m) => m.kind)).toEqual(
      expect.arrayContaining(['mentorship-request-nudge', 'mentorship-request-expired']),
    );
    expect(ports.mailer.sent.filter((m) => m.kind === 'mentorship-request-expired')).toHaveLength(
      1,
    );
  });

  it('sends the daily digest through every batch and not again the same day', async () => {
    const { ports, services, user } = setup();
    const applicant = await user('applicant');
    await services.timeline.addInterview(applicant, {
      program: 'Riverside Internal Medicine',
      date: '2026-11-30',
    });
    const job = housekeepingJobs(services).find((j) => j.name === 'daily digest');
    if (!job) throw new Error('no digest job');
    const { logger } = recordingLogger();
    const now = ports.clock.now();
    await runJob(job, now, logger);
    await runJob(job, new Date(now.getTime() + 60_000), logger);
    const digests = ports.mailer.sent.filter((m) => m.kind === 'daily-digest');
    expect(digests.map((m) => m.to)).toEqual([applicant.email]);
    expect(digests[0]?.text).toContain('Riverside Internal Medicine');
  });
});
