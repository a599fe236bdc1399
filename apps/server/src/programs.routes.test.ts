import {
  api,
  type CatalogueResponse,
  type ErrorBody,
  type ProgramImportResponse,
  type ProgramListResponse,
  pathFor,
  type RankListResponse,
  type SavedListResponse,
  type SimulationResponse,
} from '@matchready/contract';
import { createArgon2Hasher, createRepositories } from '@matchready/db';
import type { Services } from '@matchready/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from './compose.ts';
import {
  type Agent,
  createTestApp,
  signUp,
  signUpApprovedAdmin,
  type TestApp,
} from './test-app.ts';

let world: TestApp;
let services: Services;
let applicant: Agent;
let admin: Agent;

const J1_PROFILE = {
  applicantType: 'non-us-img',
  graduationYear: 2019,
  visaNeed: 'j1',
  step2Score: 240,
  step1: 'passed',
  step1Attempts: 1,
  step2Attempts: 1,
  usceMonths: 3,
  specialties: ['Internal Medicine'],
  preferredStates: ['NY', 'NJ'],
};

const error = (body: unknown) => (body as ErrorBody).error;
const list = async (query = '') => {
  const reply = await applicant.get(`${api.buildProgramList.path}${query}`);
  return { ...reply, list: reply.body as ProgramListResponse };
};

beforeAll(async () => {
  world = await createTestApp();
  services = composeServices(createRepositories(world.database.db), {
    sessionTtlMs: 60_000,
    passwords: createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 }),
  });
  await services.programs.catalogue.seedSampleIfEmpty();
  applicant = await signUp(world.app, 'applicant');
  admin = await signUpApprovedAdmin(world);
});
afterAll(() => world.dispose());

describe('program list', () => {
  it('asks for the profile first (400 with the missing answers)', async () => {
    const reply = await list();
    expect(reply.status).toBe(400);
    expect(error(reply.body).issues?.map((i) => i.code)).toEqual(['profile-incomplete']);
  });

  it('judges every program of the profile’s specialty: reasons, tiers, factors, paging', async () => {
    expect((await applicant.put(api.putProfile.path, J1_PROFILE)).status).toBe(200);
    const reply = await list('?pageSize=500');
    expect(reply.status).toBe(200);
    const { list: view } = reply;
    expect(view.syntheticNotice).toMatch(/^Synthetic sample data/);
    expect(view.profile).toMatchObject({
      visa: 'j1',
      specialties: ['internal-medicine'],
      states: ['NY', 'NJ'],
    });
    expect(view.summary.tiers.safety + view.summary.tiers.target + view.summary.tiers.reach).toBe(
      view.summary.eligible,
    );
    expect(view.entries.length).toBe(Math.min(500, view.total));
    const ineligible = view.entries.find((e) => !e.eligible);
    expect(ineligible?.tier).toBeNull();
    expect(ineligible?.reasons.length).toBeGreaterThan(0);
    const eligible = view.entries.find((e) => e.eligible);
    expect(eligible?.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(
      Math.log((eligible?.score ?? 0) / (1 - (eligible?.score ?? 0))),
      6,
    );
    expect(eligible?.tierReasonText).toEqual(expect.any(String));
  });

  it('filters by tier, eligibility, visa and state', async () => {
    const targets = await list('?tier=target,safety&state=NY');
    expect(targets.status).toBe(200);
    expect(targets.list.entries.every((e) => e.tier !== 'reach' && e.tier !== null)).toBe(true);
    expect(targets.list.entries.every((e) => e.program.state === 'NY')).toBe(true);
    const ineligible = await list('?eligibility=ineligible&visa=j1');
    expect(ineligible.list.entries.every((e) => !e.eligible && e.program.j1 !== false)).toBe(true);
  });

  it('answers bad filters with 400 and the issues', async () => {
    const tier = await list('?tier=easy');
    expect(tier.status).toBe(400);
    expect(error(tier.body).issues?.[0]?.path).toEqual(['tier', 0]);
    const specialty = await list('?specialty=Astrology');
    expect(specialty.status).toBe(400);
    expect(error(specialty.body).issues?.[0]?.message).toMatch(/Unknown specialty "Astrology"/);
    expect((await list('?pageSize=0')).status).toBe(400);
  });
});

describe('match calculator', () => {
  it('estimates with sources and caveats; unknown specialties list the known ones', async () => {
    const ok = await applicant.get(
      `${api.calculateMatch.path}?specialty=Pediatrics&ranks=6&type=us-img&step2=245`,
    );
    expect(ok.status).toBe(200);
    const { estimate } = ok.body as {
      estimate: { probability: number; sources: unknown[]; caveats: string[] };
    };
    expect(estimate.probability).toBeGreaterThan(0);
    expect(estimate.probability).toBeLessThanOrEqual(0.95);
    expect(estimate.sources.length).toBeGreaterThan(0);
    expect(estimate.caveats.join(' ')).toMatch(/visa/);
    const unknown = await applicant.get(
      `${api.calculateMatch.path}?specialty=Astrology&ranks=3&type=us-img`,
    );
    expect(unknown.status).toBe(400);
    expect(error(unknown.body).issues?.[0]?.message).toMatch(/Available: internal-medicine/);
    const bad = await applicant.get(
      `${api.calculateMatch.path}?specialty=IM&ranks=lots&type=us-img`,
    );
    expect(bad.status).toBe(400);
  });
});

describe('catalogue import and export', () => {
  const csv =
    'id,name,specialty,state,positions,img_share,j1,h1b\nORG-1,Org Medicine,Internal Medicine,NY,10,0.5,true,false\n';

  it('imports for admins, all or nothing, with line numbers', async () => {
    const bad = await admin.post(api.importPrograms.path, {
      format: 'csv',
      content: `${csv}ORG-2,Broken,Internal Medicine,NY,ten,2,maybe,false\n`,
    });
    expect(bad.status).toBe(400);
    expect(error(bad.body).issues).toEqual([
      expect.objectContaining({
        path: ['line', 3],
        message: expect.stringMatching(/^Line 3: positions/),
      }),
    ]);
    const search = () => applicant.get(`${api.searchCatalogue.path}?ids=ORG-1`);
    expect(((await search()).body as CatalogueResponse).total).toBe(0);
    const ok = await admin.post(api.importPrograms.path, {
      format: 'csv',
      content: csv,
      dataset: 'Org list',
    });
    expect(ok.status).toBe(201);
    expect((ok.body as ProgramImportResponse).import).toMatchObject({
      programs: 1,
      dataset: 'Org list',
    });
    expect(((await search()).body as CatalogueResponse).programs[0]).toMatchObject({
      id: 'ORG-1',
      synthetic: false,
      dataset: 'Org list',
    });
    expect(
      (await applicant.post(api.importPrograms.path, { format: 'csv', content: csv })).status,
    ).toBe(403);
  });

  it('refuses an import that would replace another organisation’s or the sample’s programs (issue 12)', async () => {
    const other = await signUpApprovedAdmin(world);
    const mine = `${csv.split('\n')[0]}\nOWN-7,Own program,Internal Medicine,NY,10,0.2,true,false\n`;
    expect(
      (await other.post(api.importPrograms.path, { format: 'csv', content: mine })).status,
    ).toBe(201);
    const hijack = `${mine}SYN-0001,Hijacked,Internal Medicine,NY,10,0.2,true,false\n`;
    const reply = await admin.post(api.importPrograms.path, { format: 'csv', content: hijack });
    expect(reply.status).toBe(400);
    expect(error(reply.body).issues?.map((i) => i.path)).toEqual([
      ['programs', 'OWN-7'],
      ['programs', 'SYN-0001'],
    ]);
    const search = await applicant.get(`${api.searchCatalogue.path}?ids=SYN-0001,OWN-7`);
    const names = (search.body as CatalogueResponse).programs.map((p) => p.name);
    expect(names).toContain('Own program');
    expect(names).not.toContain('Hijacked');
    // The owner may replace its own program.
    const again = await other.post(api.importPrograms.path, { format: 'csv', content: mine });
    expect((again.body as ProgramImportResponse).import.replaced).toBe(1);
  });

  it('refuses files over 10 MB with 413 and writes nothing', async () => {
    const big = `${csv}${'#'.repeat(10 * 1024 * 1024)}\n`;
    const reply = await admin.post(api.importPrograms.path, { format: 'csv', content: big });
    expect(reply.status).toBe(413);
    expect(error(reply.body).code).toBe('payload-too-large');
  });

  it('exports CSV and JSON as attachments, synthetic records labelled', async () => {
    const reply = await admin.get(`${api.exportPrograms.path}?format=csv`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(reply.headers.get('content-disposition')).toMatch(
      /^attachment; filename="matchready-programs-/,
    );
    expect(reply.text.split('\r\n')[0]).toMatch(/^# SYNTHETIC SAMPLE/);
    const json = await admin.get(`${api.exportPrograms.path}?format=json&dataset=imported`);
    const body = json.body as { label?: string; programs: { id: string }[] };
    expect(body.label).toBeUndefined();
    expect(body.programs.map((p) => p.id)).toContain('ORG-1');
  });
});

describe('saved list, rank list and simulation', () => {
  let imIds: string[] = [];

  it('saves the list with notes and exports it as CSV', async () => {
    const { list: view } = await list('?eligibility=eligible&visa=j1&pageSize=12');
    imIds = view.entries.filter((e) => e.program.track === 'categorical').map((e) => e.id);
    expect(imIds.length).toBeGreaterThanOrEqual(8);
    const put = await applicant.put(api.putSavedList.path, {
      entries: imIds.slice(0, 3).map((programId, i) => ({ programId, note: `note ${i}` })),
    });
    expect(put.status).toBe(200);
    expect((put.body as SavedListResponse).list.entries.map((e) => e.note)).toEqual([
      'note 0',
      'note 1',
      'note 2',
    ]);
    const dup = await applicant.put(api.putSavedList.path, {
      entries: [{ programId: imIds[0] }, { programId: imIds[0] }],
    });
    expect(dup.status).toBe(400);
    const file = await applicant.get(api.exportSavedList.path);
    expect(file.headers.get('content-disposition')).toMatch(/attachment/);
    expect(file.text).toContain('note 2');
  });

  it('runs a simulation off the request thread while the server keeps answering', async () => {
    const created = await applicant.post(api.createRankList.path, {
      name: 'IM final',
      entries: imIds.slice(0, 8).map((programId) => ({ programId, note: '' })),
    });
    expect(created.status).toBe(201);
    const rankList = (created.body as RankListResponse).rankList;
    const started = await applicant.post(api.createSimulation.path, {
      rankListId: rankList.id,
      runs: 200,
    });
    expect(started.status).toBe(202);
    const id = (started.body as SimulationResponse).simulation.id;
    const path = pathFor(api.getSimulation, { id });
    // The simulation runs in a worker thread: health checks are answered while it is running.
    // (Latency is a benchmark figure, not a test assertion: it depends on the machine's load.)
    let whileRunning = 0;
    let last = (await applicant.get(path)).body as SimulationResponse;
    const deadline = Date.now() + 90_000;
    while (
      last.simulation.status !== 'done' &&
      last.simulation.status !== 'failed' &&
      Date.now() < deadline
    ) {
      const health = await applicant.get(api.health.path);
      expect(health.status).toBe(200);
      if (last.simulation.status === 'running') whileRunning++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      last = (await applicant.get(path)).body as SimulationResponse;
    }
    expect(last.simulation.status).toBe('done');
    expect(whileRunning).toBeGreaterThan(0);
    const result = last.simulation.result;
    expect(result?.runs).toBe(200);
    expect(result?.rankList).toEqual(imIds.slice(0, 8));
    expect(result?.distribution.reduce((n, d) => n + d.count, 0)).toBe(200);
    expect(result?.rankSensitivity).toHaveLength(8);
  }, 120_000);

  it('limits unfinished simulations per applicant (429) and validates the request', async () => {
    const body = { programIds: imIds.slice(0, 2), runs: 1000, competitors: 500 };
    expect((await applicant.post(api.createSimulation.path, body)).status).toBe(202);
    expect((await applicant.post(api.createSimulation.path, body)).status).toBe(202);
    const third = await applicant.post(api.createSimulation.path, body);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('10');
    const both = await applicant.post(api.createSimulation.path, {
      rankListId: 'x',
      programIds: ['y'],
    });
    expect(both.status).toBe(400);
    const tooMany = await applicant.post(api.createSimulation.path, {
      programIds: ['y'],
      runs: 1001,
    });
    expect(tooMany.status).toBe(400);
    // Let both finish, so no worker keeps computing after this file.
    for (let i = 0; i < 600; i++) {
      const { simulations } = (await applicant.get(api.listSimulations.path)).body as {
        simulations: { status: string }[];
      };
      if (simulations.every((s) => s.status === 'done' || s.status === 'failed')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 90_000);
});
