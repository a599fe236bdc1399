import { DEFAULT_COMPATIBILITY_WEIGHTS } from '@matchready/core/mentorship';
import { type ProgramSolveJob, solveProgramJob } from '@matchready/core/mentorship/assignment';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerAssignmentRunner } from './assignment-runner.ts';

const person = {
  specialties: ['Internal Medicine'],
  mentorTypes: ['career' as const],
  languages: ['English'],
};
const job = (capacity: number): ProgramSolveJob => ({
  mentees: ['e1', 'e2', 'e3'].map((id) => ({
    ...person,
    id,
    country: 'Egypt',
    timeZone: 'Africa/Cairo',
    wantsImgMentor: true,
  })),
  mentors: ['m1', 'm2'].map((id, i) => ({
    ...person,
    id,
    imgCountry: i === 0 ? 'Egypt' : null,
    timeZone: 'America/Chicago',
    capacity,
    activeMentees: 0,
    acceptingRequests: true,
  })),
  weights: DEFAULT_COMPATIBILITY_WEIGHTS,
  now: '2026-12-01T12:00:00.000Z',
  mode: 'fair',
  minimumScore: null,
  pins: [],
  forbids: [],
  published: [],
});

const runner = createWorkerAssignmentRunner({ idleMs: 1000 });
afterAll(() => runner.close());

describe('worker assignment runner', () => {
  it('returns in a worker thread exactly what the core returns in process, in FIFO order', async () => {
    const [a, b] = await Promise.all([runner.run(job(1)), runner.run(job(2))]);
    expect(a).toEqual(solveProgramJob(job(1)));
    expect(b).toEqual(solveProgramJob(job(2)));
    expect(a.ok && a.value.matched).toBe(2);
    expect(b.ok && b.value.matched).toBe(3);
  }, 60_000);

  it("passes the core's issues back (pins beyond a capacity)", async () => {
    const result = await runner.run({
      ...job(1),
      pins: [
        { mentee: 'e1', mentor: 'm1' },
        { mentee: 'e2', mentor: 'm1' },
      ],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain('pins-exceed-capacity');
  }, 60_000);
});
