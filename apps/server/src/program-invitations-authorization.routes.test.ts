import {
  api,
  ENDPOINTS,
  type EndpointDefinition,
  isProgramInvitationEndpoint,
  type ProgramInvitationEndpointId,
  pathFor,
} from '@matchready/contract';
import { createArgon2Hasher, createRepositories } from '@matchready/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from './compose.ts';
import { type Agent, createAgent, createTestApp, type TestApp, uniqueEmail } from './test-app.ts';
import {
  buildProgramInvitationsWorld,
  newestToken,
  type ProgramInvitationsWorld,
} from './testing/program-invitations-world.ts';

const ACTORS = [
  'anonymous',
  'mentee',
  'mentor',
  'other mentee',
  'org admin',
  'other org admin',
  'site admin',
] as const;
type Actor = (typeof ACTORS)[number];

interface Entry {
  /** Expected status per actor; `[own, other]` for token endpoints. */
  readonly expect: Record<Actor, number | readonly [number, number]>;
  request(
    w: ProgramInvitationsWorld,
    actor: Actor,
    token: string,
  ): { path: string; body?: unknown };
}

const at = (endpoint: EndpointDefinition, id: string, body?: unknown) => ({
  path: pathFor(endpoint, { id }),
  ...(body === undefined ? {} : { body }),
});
const ADMIN_ONLY = {
  anonymous: 401,
  mentee: 403,
  mentor: 403,
  'other mentee': 403,
  'other org admin': 404,
  'site admin': 403,
} as const;
const PARTICIPANTS_OF_A = {
  anonymous: 401,
  mentee: 0, // the endpoint's status
  mentor: 0,
  'other mentee': 404,
  'org admin': 403,
  'other org admin': 403,
  'site admin': 403,
} as const;
const details = (actor: Actor) =>
  actor === 'mentor'
    ? {
        role: 'mentor',
        specialties: ['Cardiology'],
        mentorTypes: ['research'],
        languages: ['English'],
        timeZone: 'Europe/Paris',
        imgCountry: 'France',
        capacity: 2,
      }
    : {
        role: 'mentee',
        specialties: ['Cardiology'],
        mentorTypes: ['research'],
        languages: ['English'],
        timeZone: 'Europe/Paris',
        country: 'Egypt',
        wantsImgMentor: true,
        goals: ['Research year'],
      };

/** One entry per program-invitation endpoint (checked below). */
const MATRIX: Record<ProgramInvitationEndpointId, Entry> = {
  inviteProgramPeople: {
    expect: { ...ADMIN_ONLY, 'org admin': 200 },
    request: (w) => at(api.inviteProgramPeople, w.programA, {}),
  },
  addProgramPerson: {
    expect: { ...ADMIN_ONLY, 'org admin': 201 },
    request: (w) =>
      at(api.addProgramPerson, w.programA, {
        role: 'mentee',
        name: 'Added',
        email: uniqueEmail('added'),
      }),
  },
  previewProgramInvitation: {
    expect: {
      anonymous: 401,
      mentee: [200, 404],
      mentor: [200, 404],
      'other mentee': [200, 404],
      'org admin': [200, 404],
      'other org admin': [200, 404],
      'site admin': [200, 404],
    },
    request: (_w, _a, token) => ({ path: api.previewProgramInvitation.path, body: { token } }),
  },
  acceptProgramInvitation: {
    expect: {
      anonymous: 401,
      mentee: [200, 404],
      mentor: [200, 404],
      'other mentee': [200, 404],
      'org admin': 403,
      'other org admin': 403,
      'site admin': 403,
    },
    request: (_w, _a, token) => ({ path: api.acceptProgramInvitation.path, body: { token } }),
  },
  listMyMentorshipPrograms: {
    expect: { ...PARTICIPANTS_OF_A, mentee: 200, mentor: 200, 'other mentee': 200 },
    request: () => ({ path: api.listMyMentorshipPrograms.path }),
  },
  updateMyProgramDetails: {
    expect: { ...PARTICIPANTS_OF_A, mentee: 200, mentor: 200 },
    request: (w, actor) => at(api.updateMyProgramDetails, w.programA, details(actor)),
  },
  answerProgramPulse: {
    expect: { ...PARTICIPANTS_OF_A, mentee: 201, mentor: 201 },
    request: (w) =>
      at(api.answerProgramPulse, w.programA, {
        scores: { helpful: 5, fit: 4, communication: 4 },
        comment: 'Useful',
      }),
  },
};

const TOKEN_ENDPOINTS = new Set(['previewProgramInvitation', 'acceptProgramInvitation']);
const endpoints = ENDPOINTS.filter((e) => isProgramInvitationEndpoint(e.id));
const cases = endpoints.flatMap((endpoint) =>
  ACTORS.flatMap((actor) =>
    (TOKEN_ENDPOINTS.has(endpoint.id) ? (['own', 'other'] as const) : (['own'] as const))
      .filter(
        (whose) => !(actor === 'anonymous' && whose === 'own' && TOKEN_ENDPOINTS.has(endpoint.id)),
      )
      .map((whose) => ({ endpoint, actor, whose })),
  ),
);

let world: TestApp;
let w: ProgramInvitationsWorld;
let siteAdmin: Agent & { email: string };

const agentOf = (actor: Actor): (Agent & { email: string }) | null =>
  ({
    anonymous: null,
    mentee: w.mentee,
    mentor: w.mentor,
    'other mentee': w.otherMentee,
    'org admin': w.adminA,
    'other org admin': w.adminB,
    'site admin': siteAdmin,
  })[actor];

/** A fresh invitation to `email` in a new program of organisation A, as the account sees it. */
async function freshToken(email: string, reader: Agent, role: 'mentee' | 'mentor') {
  const created = await w.adminA.post(api.createMentorshipProgram.path, { name: 'Fresh' });
  const id = (created.body as { program: { id: string } }).program.id;
  const added = await w.adminA.post(pathFor(api.addProgramPerson, { id }), {
    role,
    name: 'Invited',
    email,
  });
  if (added.status !== 201) throw new Error(`add failed: ${added.text}`);
  return newestToken(reader);
}

describe('program invitations authorization matrix (actor × endpoint × own/other token)', () => {
  beforeAll(async () => {
    world = await createTestApp();
    w = await buildProgramInvitationsWorld(world.app, world.database.db, world.approve);
    const email = uniqueEmail('site-admin');
    const services = composeServices(createRepositories(world.database.db), {
      sessionTtlMs: 60_000,
      passwords: createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 }),
    });
    await services.directory.createSiteAdmin({ email, password: 'correct horse battery' });
    siteAdmin = Object.assign(createAgent(world.app), { email });
    await siteAdmin.post(api.signIn.path, { email, password: 'correct horse battery' });
  }, 120_000);
  afterAll(() => world.dispose());

  it('has an entry for every program-invitation endpoint, and no other', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(endpoints.map((e) => e.id).sort());
    expect(cases).toHaveLength(7 * 5 + 2 * (6 * 2 + 1));
  });

  it.each(cases)(
    '$endpoint.method $endpoint.path as $actor with $whose',
    async ({ endpoint, actor, whose }) => {
      const me = agentOf(actor);
      const entry = MATRIX[endpoint.id as ProgramInvitationEndpointId];
      let token = 'none';
      if (TOKEN_ENDPOINTS.has(endpoint.id)) {
        const role = actor === 'mentor' ? 'mentor' : 'mentee';
        // Someone else's link: the other mentee's (or, for the other mentee, the mentee's).
        const owner =
          whose === 'own' && me ? me : actor === 'other mentee' ? w.mentee : w.otherMentee;
        token = await freshToken(owner.email, owner, whose === 'own' ? role : 'mentee');
      }
      const request = entry.request(w, actor, token);
      const reply = await (me ?? createAgent(world.app)).request(endpoint.method, request.path, {
        ...(request.body === undefined ? {} : { body: request.body }),
      });
      const expected = entry.expect[actor];
      const status = typeof expected === 'number' ? expected : expected[whose === 'own' ? 0 : 1];
      expect(reply.status, reply.text).toBe(status);
      // Nothing of organisation B's program reaches anyone outside it, and the reverse.
      if (actor !== 'other mentee' && actor !== 'other org admin')
        expect(reply.text).not.toContain(w.programB);
      if (actor === 'other mentee' || actor === 'other org admin')
        expect(reply.text).not.toContain(w.programA);
    },
  );
});
