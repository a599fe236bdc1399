// Two server processes on one database (decision 051): B fails only the drafts whose process
// stopped refreshing their heartbeat, never a draft A is still solving.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RUN_HEARTBEAT_MS, RUN_LEASE_MS } from '../shared/run-lease.ts';
import { signUpForTest } from '../testing/approve-organisation.ts';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import { createServicesOn } from '../testing/in-memory-services.ts';
import { createInProcessAssignmentRunner } from './in-process-assignment-runner.ts';
import type { AssignmentRunner } from './mentorship-program-ports.ts';
import { DRAFT_RESTART_ERROR } from './program-draft.service.ts';

const person = (id: string) => ({
  name: `Person ${id}`,
  email: `${id.toLowerCase()}@example.org`,
  specialties: ['Internal Medicine'],
  mentorTypes: ['career' as const],
  languages: ['English'],
  timeZone: 'America/Chicago',
});

/** Processes A and B on one set of ports; A's runner solves nothing until `release()`. */
async function twoProcesses() {
  const real = createInProcessAssignmentRunner();
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: AssignmentRunner = {
    run: async (job) => {
      await gate;
      return real.run(job);
    },
  };
  const ports = createInMemoryPorts('2026-06-01T12:00:00.000Z');
  const a = createServicesOn(ports, { assignmentRunner: held });
  const b = createServicesOn(ports);
  const admin = await signUpForTest(a, 'admin@example.org', 'organisation-admin');
  const program = await a.mentorshipPrograms.create(admin, { name: 'Cohort', mode: 'total' });
  await a.mentorshipPrograms.importPeople(admin, program.id, {
    role: 'mentor',
    people: [{ ...person('M1'), line: 2, id: 'M1', imgCountry: null, capacity: 1 }],
  });
  await a.mentorshipPrograms.importPeople(admin, program.id, {
    role: 'mentee',
    people: [
      {
        ...person('E1'),
        line: 2,
        id: 'E1',
        country: 'Egypt',
        wantsImgMentor: false,
        goals: [],
      },
    ],
  });
  const started = await a.programDrafts.solve(admin, program.id);
  const draft = () => a.programDrafts.review(admin, program.id, started.id);
  const status = async () => (await draft()).status;
  return { ports, a, b, draft, status, release };
}

describe('draft leases across two processes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("does not fail A's draft while A's timer refreshes its heartbeat; it is solved", async () => {
    const { ports, a, b, draft, status, release } = await twoProcesses();
    for (let t = 0; t < 6; t++) {
      ports.clock.advance(RUN_HEARTBEAT_MS);
      await vi.advanceTimersByTimeAsync(RUN_HEARTBEAT_MS);
    }
    expect(await b.programDrafts.failAbandoned({ olderThanMs: RUN_LEASE_MS })).toBe(0);
    expect(await status()).toBe('running');
    release();
    await a.programDrafts.settled();
    expect(await draft()).toMatchObject({ status: 'done', error: null, matched: 1 });
  });

  it("fails A's draft once A stops beating for longer than the lease", async () => {
    const { ports, b, draft } = await twoProcesses();
    ports.clock.advance(RUN_LEASE_MS - 1);
    expect(await b.programDrafts.failAbandoned({ olderThanMs: RUN_LEASE_MS })).toBe(0);
    ports.clock.advance(1);
    expect(await b.programDrafts.failAbandoned({ olderThanMs: RUN_LEASE_MS })).toBe(1);
    expect(await draft()).toMatchObject({ status: 'failed', error: DRAFT_RESTART_ERROR });
  });
});
