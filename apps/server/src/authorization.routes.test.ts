import {
  ENDPOINTS as ALL_ENDPOINTS,
  type EndpointId as AnyEndpointId,
  api,
  type EndpointDefinition,
  type InstanceResponse,
  isMentorshipEndpoint,
  isProgramInvitationEndpoint,
  type MentorshipEndpointId,
  type ProgramInvitationEndpointId,
  pathFor,
  type Role,
  type RunResponse,
} from '@matchready/contract';
import { createArgon2Hasher, createRepositories } from '@matchready/db';
import type { Services } from '@matchready/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from './compose.ts';
import {
  type Agent,
  createAgent,
  createTestApp,
  PASSWORD,
  SMALL_PROBLEM,
  signUp,
  type TestApp,
  uniqueEmail,
} from './test-app.ts';
import { INTERVIEW_MATRIX, interviewParty } from './testing/interview-matrix.ts';
import {
  MENTORSHIP_PROGRAMS_MATRIX,
  type MentorshipProgramsTarget,
  mentorshipProgramsParty,
} from './testing/mentorship-programs-matrix.ts';
import {
  ORGANISATION_ADMIN_MATRIX,
  type OrganisationAdminTarget,
  organisationAdminParty,
  useSpareOrganisation,
} from './testing/organisation-admin-matrix.ts';
import { PROGRAMS_MATRIX, type ProgramsTarget, programsParty } from './testing/programs-matrix.ts';
import { TIMELINE_MATRIX, type TimelineTarget, timelineParty } from './testing/timeline-matrix.ts';

/** A user and what they own. */
interface Party
  extends ProgramsTarget,
    MentorshipProgramsTarget,
    TimelineTarget,
    OrganisationAdminTarget {
  readonly agent: Agent;
  readonly email: string;
  readonly instanceId: string;
  readonly runId: string;
  readonly attemptId: string;
  readonly mockId: string;
  readonly mockQuestionId: string;
}

// Mentorship endpoints have their own pair-aware matrix (mentorship-authorization.routes.test.ts),
// and so do program invitations (program-invitations-authorization.routes.test.ts).
type EndpointId = Exclude<AnyEndpointId, MentorshipEndpointId | ProgramInvitationEndpointId>;
const ENDPOINTS = ALL_ENDPOINTS.filter(
  (endpoint) => !isMentorshipEndpoint(endpoint.id) && !isProgramInvitationEndpoint(endpoint.id),
);

type Actor = 'anonymous' | Role;
const ACTORS: readonly Actor[] = [
  'anonymous',
  'applicant',
  'mentor',
  'organisation-admin',
  'site-admin',
];

interface Target
  extends ProgramsTarget,
    MentorshipProgramsTarget,
    TimelineTarget,
    OrganisationAdminTarget {
  readonly instanceId: string;
  readonly runId: string;
  readonly attemptId: string;
  readonly mockId: string;
  readonly mockQuestionId: string;
}

interface MatrixEntry {
  /** The endpoint addresses a resource by id: run it against the actor's own and another's. */
  readonly scoped: boolean;
  request(target: Target, actor: { email: string }): { path: string; body?: unknown };
}

const content = JSON.stringify(SMALL_PROBLEM);
const plain = (endpoint: EndpointDefinition, body?: unknown) => () => ({
  path: endpoint.path,
  ...(body === undefined ? {} : { body }),
});
const instance = (endpoint: EndpointDefinition, body?: unknown) => (t: Target) => ({
  path: pathFor(endpoint, { id: t.instanceId }),
  ...(body === undefined ? {} : { body }),
});

/** One entry per endpoint: the matrix must grow with the contract (checked below). */
const MATRIX: Record<EndpointId, MatrixEntry> = {
  health: { scoped: false, request: plain(api.health) },
  openApi: { scoped: false, request: plain(api.openApi) },
  signUp: {
    scoped: false,
    request: () => ({
      path: api.signUp.path,
      body: {
        email: uniqueEmail('matrix'),
        password: PASSWORD,
        displayName: 'New',
        role: 'mentor',
      },
    }),
  },
  signIn: {
    scoped: false,
    request: (_t, actor) => ({
      path: api.signIn.path,
      body: { email: actor.email, password: PASSWORD },
    }),
  },
  signOut: { scoped: false, request: plain(api.signOut) },
  me: { scoped: false, request: plain(api.me) },
  session: { scoped: false, request: plain(api.session) },
  changePassword: {
    scoped: false,
    request: plain(api.changePassword, {
      currentPassword: PASSWORD,
      newPassword: 'another long password',
    }),
  },
  deleteAccount: { scoped: false, request: plain(api.deleteAccount, { password: PASSWORD }) },
  exportAccount: { scoped: false, request: plain(api.exportAccount) },
  getProfile: { scoped: false, request: plain(api.getProfile) },
  putProfile: { scoped: false, request: plain(api.putProfile, { countryOfTraining: 'Kenya' }) },
  listInstances: { scoped: false, request: plain(api.listInstances) },
  createInstance: {
    scoped: false,
    request: plain(api.createInstance, { name: 'New', format: 'json', content }),
  },
  getInstance: { scoped: true, request: instance(api.getInstance) },
  updateInstance: {
    scoped: true,
    request: instance(api.updateInstance, { name: 'Renamed', format: 'json', content }),
  },
  deleteInstance: { scoped: true, request: instance(api.deleteInstance) },
  createRun: { scoped: true, request: instance(api.createRun) },
  listRuns: { scoped: true, request: instance(api.listRuns) },
  getRun: { scoped: true, request: (t) => ({ path: pathFor(api.getRun, { id: t.runId }) }) },
  explainRun: {
    scoped: true,
    request: (t) => ({ path: pathFor(api.explainRun, { id: t.runId, applicantId: 'A1' }) }),
  },
  sampleInstance: { scoped: false, request: plain(api.sampleInstance) },
  adminListUsers: { scoped: false, request: plain(api.adminListUsers) },
  getOrganisation: { scoped: false, request: plain(api.getOrganisation) },
  ...INTERVIEW_MATRIX,
  ...PROGRAMS_MATRIX,
  ...MENTORSHIP_PROGRAMS_MATRIX,
  ...TIMELINE_MATRIX,
  ...ORGANISATION_ADMIN_MATRIX,
};

function expectedStatus(
  endpoint: EndpointDefinition,
  actor: Actor,
  target: 'own' | 'other',
): number {
  if (endpoint.access === 'public') return endpoint.status;
  if (actor === 'anonymous') return 401;
  if (typeof endpoint.access !== 'string' && !endpoint.access.includes(actor)) return 403;
  if (MATRIX[endpoint.id as EndpointId].scoped && target === 'other') return 404;
  return endpoint.status;
}

let world: TestApp;
/** The services the CLI uses to make site admins, on the same database. */
let services: Services;

async function party(role: Actor): Promise<Party | undefined> {
  if (role === 'anonymous') return undefined;
  let agent: Agent & { email: string };
  if (role === 'site-admin') {
    // Site admins are made by the operator, not by sign-up.
    const email = uniqueEmail('admin');
    await services.directory.createSiteAdmin({ email, password: PASSWORD });
    agent = Object.assign(createAgent(world.app), { email });
    const reply = await agent.post(api.signIn.path, { email, password: PASSWORD });
    if (reply.status !== 200) throw new Error(`admin sign-in failed: ${reply.text}`);
  } else {
    agent = await signUp(world.app, role);
  }
  // An organisation admin's organisation is approved by a site admin first (decision 040);
  // the approval endpoints' rows check that the admin cannot do it alone.
  const organisation = await organisationAdminParty(
    agent,
    role === 'organisation-admin' ? world.approve : null,
  );
  const created = await agent.post(api.createInstance.path, {
    name: 'Mine',
    format: 'json',
    content,
  });
  const instanceId = (created.body as InstanceResponse).instance.id;
  const run = await agent.post(pathFor(api.createRun, { id: instanceId }));
  return {
    agent,
    email: agent.email,
    instanceId,
    runId: (run.body as RunResponse).run.id,
    ...(await interviewParty(agent)),
    ...(await programsParty(agent, role === 'applicant')),
    ...(await mentorshipProgramsParty(agent, role === 'organisation-admin')),
    ...(await timelineParty(agent, role === 'applicant')),
    ...organisation,
  };
}

const cases = ENDPOINTS.flatMap((endpoint) =>
  ACTORS.flatMap((actor) =>
    (MATRIX[endpoint.id as EndpointId]?.scoped ? (['own', 'other'] as const) : (['own'] as const))
      .filter(
        (target) =>
          !(actor === 'anonymous' && target === 'own' && MATRIX[endpoint.id as EndpointId]?.scoped),
      )
      .map((target) => ({ endpoint, actor, target })),
  ),
);

describe('authorization matrix (role × endpoint × owner/other)', () => {
  beforeAll(async () => {
    world = await createTestApp();
    services = composeServices(createRepositories(world.database.db), {
      sessionTtlMs: 60_000,
      passwords: createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 }),
    });
    await services.programs.catalogue.seedSampleIfEmpty(60);
    // Starts the assignment worker thread once, so no single case pays for its start-up; its
    // (approved) organisation is the one the roles without an organisation try to approve.
    const first = await signUp(world.app, 'organisation-admin');
    useSpareOrganisation(await world.approve(first));
    await mentorshipProgramsParty(first, true);
  });
  afterAll(() => world.dispose());

  it('has an entry for every endpoint in the contract, and no other', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(ENDPOINTS.map((e) => e.id).sort());
  });

  it(`covers ${cases.length} cases`, () => {
    // Unscoped endpoints: every actor once. Id-scoped ones: each signed-in actor on its own
    // resource and on another user's, anonymous on the other's only (it owns nothing).
    const scoped = ENDPOINTS.filter((e) => MATRIX[e.id as EndpointId].scoped).length;
    const signedIn = ACTORS.length - 1;
    expect(scoped).toBe(16 + 15 + 4);
    expect(cases.length).toBe(
      (ENDPOINTS.length - scoped) * ACTORS.length + scoped * (2 * signedIn + 1),
    );
  });

  it.each(cases)(
    '$endpoint.method $endpoint.path as $actor on $target',
    async ({ endpoint, actor, target }) => {
      const me = await party(actor);
      const other = await party('applicant');
      if (!other) throw new Error('no other party');
      const owner = target === 'own' && me ? me : other;
      const request = MATRIX[endpoint.id as EndpointId].request(owner, {
        email: (me ?? other).email,
      });
      const agent = me?.agent ?? createAgent(world.app);
      const reply = await agent.request(endpoint.method, request.path, {
        ...(request.body === undefined ? {} : { body: request.body }),
      });
      expect(reply.status, reply.text).toBe(expectedStatus(endpoint, actor, target));
      if (reply.status >= 400) {
        expect((reply.body as { error: { code: string } }).error.code).toBeTypeOf('string');
      }
      // Nothing of the other user's may show up in what a signed-in actor gets back.
      if (me && endpoint.id !== 'adminListUsers') {
        expect(reply.text).not.toContain(other.instanceId);
        expect(reply.text).not.toContain(other.runId);
        expect(reply.text).not.toContain(other.attemptId);
        expect(reply.text).not.toContain(other.mockId);
        expect(reply.text).not.toContain(other.email);
      }
    },
  );
});
