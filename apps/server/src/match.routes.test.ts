import type {
  ErrorBody,
  ExplanationResponse,
  InstanceListResponse,
  InstanceResponse,
  RunListResponse,
  RunResponse,
} from '@matchready/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgent, createTestApp, SMALL_PROBLEM, signUp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.dispose());

const content = JSON.stringify(SMALL_PROBLEM);
const issues = (body: unknown) =>
  (body as ErrorBody).error.issues?.map((issue) => [issue.path, issue.message]);

describe('match instances', () => {
  it('creates, lists, reads, updates and deletes my instances', async () => {
    const me = await signUp(t.app, 'applicant');
    const created = await me.post('/api/match/instances', {
      name: 'Cycle 2026',
      format: 'json',
      content,
    });
    expect(created.status).toBe(201);
    const { instance } = created.body as InstanceResponse;
    expect(instance).toMatchObject({
      name: 'Cycle 2026',
      summary: { applicants: 2, programs: 2, couples: 0, positions: 2 },
      problem: SMALL_PROBLEM,
    });
    const list = (await me.get('/api/match/instances')).body as InstanceListResponse;
    expect(list.instances.map((i) => [i.id, i.name])).toEqual([[instance.id, 'Cycle 2026']]);
    expect(list.instances[0]).not.toHaveProperty('problem');
    expect(
      ((await me.get(`/api/match/instances/${instance.id}`)).body as InstanceResponse).instance,
    ).toEqual(instance);

    const csv = 'type,id,detail,ranking\nprogram,P1,3,A1\napplicant,A1,,P1\n';
    const updated = await me.put(`/api/match/instances/${instance.id}`, {
      format: 'csv',
      content: csv,
    });
    expect(updated.status).toBe(200);
    expect((updated.body as InstanceResponse).instance).toMatchObject({
      name: 'Cycle 2026',
      summary: { applicants: 1, programs: 1, couples: 0, positions: 3 },
    });
    expect((await me.delete(`/api/match/instances/${instance.id}`)).status).toBe(204);
    expect((await me.get(`/api/match/instances/${instance.id}`)).status).toBe(404);
  });

  it('answers 400 with every issue and its path: shape, engine rules and CSV lines', async () => {
    const me = await signUp(t.app, 'applicant');
    const shape = await me.post('/api/match/instances', {
      name: 'bad',
      format: 'json',
      content: '{"programs":[{"id":"P1","capacity":"two","ranking":[]}],"applicants":{}}',
    });
    expect(shape.status).toBe(400);
    expect(issues(shape.body)).toEqual([
      [['programs', 0, 'capacity'], 'Expected a number, got string.'],
      [['applicants'], 'Expected an array, got object.'],
    ]);
    const rules = await me.post('/api/match/instances', {
      name: 'bad',
      format: 'json',
      content:
        '{"programs":[{"id":"P1","capacity":1,"ranking":["A9"]}],"applicants":[{"id":"A1","ranking":["P2"]}]}',
    });
    expect(issues(rules.body)).toEqual([
      [['programs', 0, 'ranking', 0], 'Unknown applicant id.'],
      [['applicants', 0, 'ranking', 0], 'Unknown program id.'],
    ]);
    const csv = await me.post('/api/match/instances', {
      name: 'bad',
      format: 'csv',
      content: 'program,P1,many,A1\napplicant,A1,,P1\nstudent,S1,,\n',
    });
    expect(issues(csv.body)).toEqual([
      [['line', 1], 'Line 1: capacity must be a whole number ≥ 0, got "many"'],
      [['line', 3], 'Line 3: unknown row type "student" (expected program, applicant or couple)'],
    ]);
    const request = await me.post('/api/match/instances', { format: 'xml', content: '' });
    expect(issues(request.body)?.map(([path]) => path)).toEqual([
      ['name'],
      ['format'],
      ['content'],
    ]);
    expect(((await me.get('/api/match/instances')).body as InstanceListResponse).instances).toEqual(
      [],
    );
  });

  it('caps saved instances at 5,000 applicants', async () => {
    const me = await signUp(t.app, 'applicant');
    const applicants = Array.from({ length: 5001 }, (_, i) => ({ id: `A${i}`, ranking: [] }));
    const reply = await me.post('/api/match/instances', {
      name: 'too big',
      format: 'json',
      content: JSON.stringify({ programs: [], applicants }),
    });
    expect(reply.status).toBe(400);
    expect(issues(reply.body)?.[0]?.[1]).toContain('at most 5000 applicants (this one has 5001)');
  });
});

describe('match runs', () => {
  it('solves an instance, lists its runs, and explains an applicant', async () => {
    const me = await signUp(t.app, 'applicant');
    const created = await me.post('/api/match/instances', { name: 'x', format: 'json', content });
    const instanceId = (created.body as InstanceResponse).instance.id;
    const ran = await me.post(`/api/match/instances/${instanceId}/runs`);
    expect(ran.status).toBe(201);
    const { run } = ran.body as RunResponse;
    expect(run.instanceId).toBe(instanceId);
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
    expect(run.outcome.assignments).toEqual({ A1: 'P2', A2: 'P1' });
    expect(run.outcome.stable).toBe(true);
    expect(((await me.get(`/api/match/runs/${run.id}`)).body as RunResponse).run).toEqual(run);
    const runs = (await me.get(`/api/match/instances/${instanceId}/runs`)).body as RunListResponse;
    expect(runs.runs.map((r) => [r.id, r.status, r.stats.matchedApplicants])).toEqual([
      [run.id, 'stable', 2],
    ]);

    const why = await me.get(`/api/match/runs/${run.id}/explain/A1`);
    const { explanation } = why.body as ExplanationResponse;
    expect(explanation).toMatchObject({ applicantId: 'A1', matchedProgram: 'P2', matchedRank: 2 });
    expect(explanation.entries.map((e) => [e.rank, e.programId, e.verdict])).toEqual([
      [1, 'P1', 'filled-with-preferred'],
      [2, 'P2', 'matched'],
    ]);
    expect((await me.get(`/api/match/runs/${run.id}/explain/NOBODY`)).status).toBe(404);
  });

  it('serves the bundled sample instance to anyone', async () => {
    const reply = await createAgent(t.app).get('/api/match/sample');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(SMALL_PROBLEM);
  });
});
