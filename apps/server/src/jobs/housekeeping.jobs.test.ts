import { RESTART_ERROR, RUN_LEASE_MS } from '@matchready/services';
import { createInMemoryServices, simulationRecord } from '@matchready/services/testing';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { housekeepingJobs } from './housekeeping.jobs.ts';
import { runRecurring } from './job-queue.ts';

const DAY = 86_400_000;

function recordingLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger('info', (line) => lines.push(line)) };
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

describe('housekeeping jobs', () => {
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
    const job = housekeepingJobs(services).find((j) => j.name === 'mentorship-requests');
    if (!job) throw new Error('no mentorship job');
    const start = ports.clock.now().getTime();
    const { logger, lines } = recordingLogger();

    await runRecurring(job, new Date(start + 6 * DAY), logger);
    expect(lines.at(-1)).toContain('{"expired":0,"nudged":1}');
    await runRecurring(job, new Date(start + 15 * DAY), logger);
    expect(lines.at(-1)).toContain('{"expired":1,"nudged":0}');
    await runRecurring(job, new Date(start + 16 * DAY), logger);
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
    const job = housekeepingJobs(services).find((j) => j.name === 'daily-digest');
    if (!job) throw new Error('no digest job');
    const { logger, lines } = recordingLogger();
    const digests = () => ports.mailer.sent.filter((m) => m.kind === 'daily-digest');
    // 12:00 UTC is past a first reminder's morning: it is scheduled for 07:00, not sent.
    await runRecurring(job, ports.clock.now(), logger);
    expect(digests()).toEqual([]);
    expect(lines.at(-1)).toContain('"waiting":1');
    const morning = new Date('2026-12-02T07:00:00.000Z');
    await runRecurring(job, morning, logger);
    await runRecurring(job, new Date(morning.getTime() + 60_000), logger);
    expect(digests().map((m) => m.to)).toEqual([applicant.email]);
    expect(digests()[0]?.text).toContain('Riverside Internal Medicine');
  });

  it('fails a simulation whose process stopped beating once its lease is past', async () => {
    const { ports, services, user } = setup();
    const owner = await user('applicant');
    const at = ports.clock.now().toISOString();
    // As a crashed process leaves it: running, last heartbeat at its creation.
    await ports.programs.simulations.create(
      simulationRecord('crashed', owner.id, at, { status: 'running', progress: 0.4 }),
    );
    const job = housekeepingJobs(services).find((j) => j.name === 'abandoned-runs');
    if (!job) throw new Error('no abandoned-runs job');
    expect(job.everyMs).toBeLessThanOrEqual(60_000);
    const start = ports.clock.now().getTime();
    const { logger, lines } = recordingLogger();

    await runRecurring(job, new Date(start + RUN_LEASE_MS - 1), logger);
    expect(lines).toHaveLength(0); // still within its lease: nothing done, nothing logged
    expect((await ports.programs.simulations.findById('crashed'))?.status).toBe('running');
    await runRecurring(job, new Date(start + RUN_LEASE_MS), logger);
    expect(lines.at(-1)).toContain('{"simulations":1,"drafts":0}');
    expect(await ports.programs.simulations.findById('crashed')).toMatchObject({
      status: 'failed',
      error: RESTART_ERROR,
    });
  });
});
