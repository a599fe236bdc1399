import {
  type AdminOrganisation,
  api,
  type ErrorBody,
  type OrganisationResponse,
  pathFor,
} from '@matchready/contract';
import { createArgon2Hasher, createRepositories } from '@matchready/db';
import { ORGANISATION_PENDING_MESSAGE } from '@matchready/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from './compose.ts';
import {
  type Agent,
  createAgent,
  createTestApp,
  PASSWORD,
  signUp,
  signUpApprovedAdmin,
  type TestApp,
  uniqueEmail,
} from './test-app.ts';

let world: TestApp;
let siteAdmin: Agent;

const csv = (prefix: string) =>
  `id,name,specialty\n${prefix}-1,First program,Internal Medicine\n${prefix}-2,Second program,Pediatrics\n`;
const importAs = (agent: Agent, prefix: string, dataset = 'Spring list') =>
  agent.post(api.importPrograms.path, { format: 'csv', dataset, content: csv(prefix) });
const error = (body: unknown) => (body as ErrorBody).error;
const approval = (agent: Agent, id: string, body: unknown) =>
  agent.put(pathFor(api.setOrganisationApproval, { id }), body);
const organisationOf = async (agent: Agent) =>
  ((await agent.get(api.getOrganisation.path)).body as OrganisationResponse).organisation.id;
const deleteDataset = (agent: Agent, dataset: string) =>
  agent.delete(`${api.deleteOrganisationDataset.path}?dataset=${encodeURIComponent(dataset)}`);

beforeAll(async () => {
  world = await createTestApp();
  const email = uniqueEmail('site');
  const services = composeServices(createRepositories(world.database.db), {
    sessionTtlMs: 60_000,
    passwords: createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 }),
  });
  await services.directory.createSiteAdmin({ email, password: PASSWORD });
  siteAdmin = createAgent(world.app);
  await siteAdmin.post(api.signIn.path, { email, password: PASSWORD });
});
afterAll(() => world.dispose());

describe('organisation approval over HTTP (decision 040)', () => {
  it('answers a waiting organisation admin 403 with the pending code and message', async () => {
    const admin = await signUp(world.app, 'organisation-admin');
    const mine = (await admin.get(api.getOrganisation.path)).body as OrganisationResponse;
    expect(mine.approval).toEqual({
      status: 'pending',
      approvedAt: null,
      revokedAt: null,
      revokedReason: null,
    });
    for (const reply of [
      await importAs(admin, 'WAIT'),
      await admin.post(api.createMentorshipProgram.path, { name: 'Cohort' }),
      await deleteDataset(admin, 'Spring list'),
    ]) {
      expect(reply.status, reply.text).toBe(403);
      expect(error(reply.body)).toEqual({
        code: 'forbidden',
        message: ORGANISATION_PENDING_MESSAGE,
        issues: [
          {
            code: 'organisation-pending',
            path: ['organisation'],
            message: ORGANISATION_PENDING_MESSAGE,
          },
        ],
      });
    }
    // It cannot approve itself.
    const self = await approval(admin, mine.organisation.id, { approved: true });
    expect(self.status).toBe(403);
    expect(
      ((await admin.get(api.getOrganisation.path)).body as OrganisationResponse).approval.status,
    ).toBe('pending');
  });

  it('lets a site admin list waiting organisations first, approve, then revoke with a reason', async () => {
    const admin = await signUp(world.app, 'organisation-admin');
    const id = await organisationOf(admin);
    const listed = (await siteAdmin.get(api.adminListOrganisations.path)).body as {
      organisations: AdminOrganisation[];
    };
    const statuses = listed.organisations.map((o) => o.approval.status);
    expect(
      statuses.indexOf('approved') === -1 ||
        statuses.lastIndexOf('pending') < statuses.indexOf('approved'),
    ).toBe(true);
    expect(listed.organisations.find((o) => o.id === id)).toMatchObject({
      name: 'Test Org',
      adminEmails: [admin.email],
      members: 1,
      programs: 0,
      mentorshipPrograms: 0,
      approval: { status: 'pending' },
    });

    const approved = await approval(siteAdmin, id, { approved: true });
    expect(approved.status, approved.text).toBe(200);
    expect(
      (approved.body as { organisation: AdminOrganisation }).organisation.approval.status,
    ).toBe('approved');
    expect((await importAs(admin, 'APPROVED')).status).toBe(201);

    const noReason = await approval(siteAdmin, id, { approved: false, reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(error(noReason.body).issues?.[0]?.path).toEqual(['reason']);

    const revoked = await approval(siteAdmin, id, { approved: false, reason: 'Duplicate account' });
    expect(revoked.status).toBe(200);
    const refused = await importAs(admin, 'APPROVED');
    expect(refused.status).toBe(403);
    expect(error(refused.body).issues?.[0]?.code).toBe('organisation-revoked');
    expect(error(refused.body).message).toContain('Duplicate account');
    expect(
      ((await admin.get(api.getOrganisation.path)).body as OrganisationResponse).approval,
    ).toMatchObject({ status: 'revoked', revokedReason: 'Duplicate account' });
  });

  it('answers an unknown organisation 404 and a malformed body 400', async () => {
    expect((await approval(siteAdmin, 'no-such-org', { approved: true })).status).toBe(404);
    const bad = await approval(siteAdmin, 'no-such-org', { approved: 'yes' });
    expect(bad.status).toBe(400);
  });
});

describe('organisation datasets', () => {
  it('lists the organisation’s datasets and deletes one, never another’s nor the sample', async () => {
    const mine = await signUpApprovedAdmin(world);
    const theirs = await signUpApprovedAdmin(world);
    expect((await importAs(mine, 'MINE')).status).toBe(201);
    expect((await importAs(theirs, 'THEIRS')).status).toBe(201);
    const listed = await mine.get(api.listOrganisationDatasets.path);
    expect(listed.body).toMatchObject({
      datasets: [{ dataset: 'Spring list', programs: 2, importedBy: [mine.email] }],
    });

    const deleted = await deleteDataset(mine, 'Spring list');
    expect(deleted.status, deleted.text).toBe(200);
    expect(deleted.body).toEqual({ deleted: 2 });
    expect((await mine.get(api.listOrganisationDatasets.path)).body).toEqual({ datasets: [] });
    const again = await deleteDataset(mine, 'Spring list');
    expect(again.status).toBe(404);
    expect((await deleteDataset(mine, 'synthetic-sample')).status).toBe(404);
    expect((await mine.delete(api.deleteOrganisationDataset.path)).status).toBe(400);

    const search = await mine.get(`${api.searchCatalogue.path}?q=THEIRS&pageSize=10`);
    expect((search.body as { total: number }).total).toBe(2);
    expect((await theirs.get(api.listOrganisationDatasets.path)).body).toMatchObject({
      datasets: [{ dataset: 'Spring list', programs: 2 }],
    });
  });
});
