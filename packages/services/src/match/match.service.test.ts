import type { Issue, MatchProblem } from '@matchready/core';
import { describe, expect, it } from 'vitest';
import type { User } from '../account/account-domain.ts';
import { AppError } from '../shared/app-error.ts';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import { createInProcessMatchEngine } from './in-process-match-engine.ts';
import { createMatchService, MATCH_QUOTAS } from './match.service.ts';
import type { MatchEngine } from './match-ports.ts';

/** P1 prefers A2, so A1 (who ranks P1 first) ends at P2, their 2nd choice. */
const problem: MatchProblem = {
  programs: [
    { id: 'P1', capacity: 1, ranking: ['A2', 'A1'] },
    { id: 'P2', capacity: 1, ranking: ['A1'] },
  ],
  applicants: [
    { id: 'A1', ranking: ['P1', 'P2'] },
    { id: 'A2', ranking: ['P1'] },
  ],
};

const user = (id: string): User => ({
  id,
  email: `${id}@example.org`,
  displayName: id,
  role: 'applicant',
  createdAt: '2025-01-01T00:00:00.000Z',
  organisationId: null,
  isDemo: false,
});
const [owner, other] = [user('owner'), user('other')];

const setup = (engine: MatchEngine = createInProcessMatchEngine()) => {
  const ports = createInMemoryPorts();
  let ms = 100;
  const match = createMatchService({
    ...ports,
    engine,
    limits: { maxApplicants: 3, maxPrograms: 3 },
    elapsed: () => {
      ms += 12.5;
      return ms;
    },
  });
  return { ports, match };
};

const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error('expected an AppError');
  return { code: error.code, issues: error.details.issues?.map((i) => [i.path, i.message]) };
};

describe('match instances', () => {
  it('saves a JSON instance with its summary and lists only the owner’s', async () => {
    const { match } = setup();
    const instance = await match.create(owner, { name: ' First ', problem });
    expect(instance).toEqual({
      id: 'id-1',
      name: 'First',
      createdAt: '2025-03-01T12:00:00.000Z',
      updatedAt: '2025-03-01T12:00:00.000Z',
      summary: { applicants: 2, programs: 2, couples: 0, positions: 2 },
      problem,
    });
    expect((await match.list(owner)).map((i) => i.id)).toEqual(['id-1']);
    expect(await match.list(other)).toEqual([]);
  });

  it('keeps at most 50 instances per account, with a clear message (issue 12)', async () => {
    const { match } = setup();
    for (let k = 0; k < MATCH_QUOTAS.instances; k++)
      await match.create(owner, { name: `i${k}`, problem });
    const error = await issuesOf(match.create(owner, { name: 'one more', problem }));
    expect(error.code).toBe('conflict');
    expect(error.issues).toEqual([[[], 'At most 50 saved instances per account']]);
    expect(await match.list(owner)).toHaveLength(50);
    expect((await match.create(other, { name: 'mine', problem })).name).toBe('mine');
  });

  it('rejects bad problems with every issue and its path, saving nothing', async () => {
    const { ports, match } = setup();
    const upload = (problem: unknown, locate?: (issue: Issue) => Issue) =>
      issuesOf(match.create(owner, { name: 'x', problem, locate }));
    expect(
      await upload({ programs: [{ id: 'P1', capacity: 'two', ranking: [] }], applicants: [] }),
    ).toEqual({
      code: 'invalid-input',
      issues: [[['programs', 0, 'capacity'], 'Expected a number, got string.']],
    });
    const unknownId = {
      programs: [{ id: 'P1', capacity: 1, ranking: ['A9'] }],
      applicants: [],
    };
    expect(await upload(unknownId)).toEqual({
      code: 'invalid-input',
      issues: [[['programs', 0, 'ranking', 0], 'Unknown applicant id.']],
    });
    // Issues move to where the entry was in the uploaded file (the CSV reader's `locate`).
    const toLine = (issue: Issue): Issue => ({ ...issue, path: ['line', 7] });
    expect(await upload(unknownId, toLine)).toEqual({
      code: 'invalid-input',
      issues: [[['line', 7], 'Unknown applicant id.']],
    });
    const big = {
      programs: [],
      applicants: ['A1', 'A2', 'A3', 'A4'].map((id) => ({ id, ranking: [] })),
    };
    expect(await upload(big)).toMatchObject({
      issues: [[['applicants'], expect.stringContaining('at most 3 applicants (this one has 4)')]],
    });
    expect(await upload('not a problem')).toMatchObject({ code: 'invalid-input' });
    expect(ports.stores.instanceRows.size).toBe(0);
  });

  it('updates and deletes an instance for its owner only; others get not-found', async () => {
    const { match } = setup();
    const { id } = await match.create(owner, { name: 'First', problem });
    for (const attempt of [
      match.get(other, id),
      match.update(other, id, { problem }),
      match.remove(other, id),
      match.run(other, id),
      match.listRuns(other, id),
      match.get(owner, 'missing'),
    ]) {
      expect((await issuesOf(attempt)).code).toBe('not-found');
    }
    const single = {
      ...problem,
      applicants: problem.applicants.slice(0, 1),
      programs: [{ id: 'P1', capacity: 2, ranking: ['A1'] }],
    };
    const updated = await match.update(owner, id, {
      problem: { ...single, applicants: [{ id: 'A1', ranking: ['P1'] }] },
    });
    expect(updated.name).toBe('First');
    expect(updated.summary).toEqual({ applicants: 1, programs: 1, couples: 0, positions: 2 });
    await match.remove(owner, id);
    expect(await match.list(owner)).toEqual([]);
  });
});

describe('match runs', () => {
  it('solves, stores the outcome with the time taken, and lists runs', async () => {
    const { match } = setup();
    const { id } = await match.create(owner, { name: 'First', problem });
    const run = await match.run(owner, id);
    expect(run).toMatchObject({ id: 'id-2', instanceId: id, durationMs: 12.5 });
    expect(run.outcome.assignments).toEqual({ A1: 'P2', A2: 'P1' });
    expect(await match.getRun(owner, run.id)).toEqual(run);
    expect(await match.listRuns(owner, id)).toEqual([
      {
        id: run.id,
        instanceId: id,
        createdAt: run.createdAt,
        durationMs: 12.5,
        status: 'stable',
        stats: run.outcome.stats,
      },
    ]);
    expect((await issuesOf(match.getRun(other, run.id))).code).toBe('not-found');
    expect((await issuesOf(match.explain(other, run.id, 'A1'))).code).toBe('not-found');
  });

  it('explains each choice of an applicant from the run’s own problem', async () => {
    const { match } = setup();
    const { id } = await match.create(owner, { name: 'First', problem });
    const run = await match.run(owner, id);
    // A later edit must not change what the earlier run explains.
    await match.update(owner, id, {
      problem: { programs: [], applicants: [] },
    });
    const explanation = await match.explain(owner, run.id, 'A1');
    expect(explanation).toMatchObject({
      runId: run.id,
      applicantId: 'A1',
      matchedProgram: 'P2',
      matchedRank: 2,
      summary: 'A1 matched at P2, their 2nd choice.',
    });
    expect(explanation.entries.map((e) => [e.rank, e.programId, e.verdict])).toEqual([
      [1, 'P1', 'filled-with-preferred'],
      [2, 'P2', 'matched'],
    ]);
    expect(explanation.entries[0]?.reasons[0]?.higherRanked).toEqual(['A2']);
    expect((await issuesOf(match.explain(owner, run.id, 'A9'))).code).toBe('not-found');
  });

  it('explains a couple member choice by choice, as pairs', async () => {
    const { match } = setup();
    // S takes P1's only position, so the couple gets its 2nd pair (P3 for A1, P2 for A2).
    const couple: MatchProblem = {
      programs: [
        { id: 'P1', capacity: 1, ranking: ['S', 'A1'] },
        { id: 'P2', capacity: 1, ranking: ['A2'] },
        { id: 'P3', capacity: 1, ranking: ['A1'] },
      ],
      applicants: [
        { id: 'S', ranking: ['P1'] },
        { id: 'A1', ranking: [] },
        { id: 'A2', ranking: [] },
      ],
      couples: [
        {
          id: 'C',
          members: ['A1', 'A2'],
          ranking: [
            ['P1', 'P2'],
            ['P3', 'P2'],
          ],
        },
      ],
    };
    const { id } = await match.create(owner, {
      name: 'c',
      problem: couple,
    });
    const run = await match.run(owner, id);
    const explanation = await match.explain(owner, run.id, 'A1');
    expect(explanation).toMatchObject({
      matchedProgram: 'P3',
      matchedRank: 2,
      couple: 'C',
      partner: 'A2',
      summary: 'A1 matched at P3, the couple’s 2nd choice.',
    });
    expect(explanation.entries.map((e) => [e.rank, e.programId, e.verdict, e.list])).toEqual([
      [1, 'P1 + P2', 'filled-with-preferred', 'couple'],
      [2, 'P3 + P2', 'matched', 'couple'],
    ]);
  });

  it('answers rate-limited with Retry-After when the engine’s queue is full, saving no run', async () => {
    const busy = { busy: true, retryAfterSeconds: 7 } as const;
    const { match } = setup({ solve: async () => busy, explain: async () => busy });
    const instance = await match.create(owner, { name: 'Busy', problem });
    const error = await match.run(owner, instance.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'rate-limited',
      message: 'The match engine is busy with other runs. Try again in 7 seconds.',
      details: { retryAfterSeconds: 7 },
    });
    expect(await match.listRuns(owner, instance.id)).toEqual([]);
  });
});
