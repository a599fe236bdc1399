import { readFileSync } from 'node:fs';
import {
  api,
  type EndpointDefinition,
  type MentorshipProgramResponse,
  type ProgramDraftResponse,
  type ProgramDraftReviewResponse,
  pathFor,
} from '@matchready/contract';
import type { Agent } from '../test-app.ts';

/** What a mentorship-programs matrix entry needs of the party whose program it addresses. */
export interface MentorshipProgramsTarget {
  readonly programId: string;
  readonly draftId: string;
}

interface Entry {
  readonly scoped: boolean;
  request(target: MentorshipProgramsTarget): { path: string; body?: unknown };
}

const sample = (name: string) =>
  readFileSync(new URL(`../../../../docs/samples/${name}`, import.meta.url), 'utf8');
export const SAMPLE_MENTORS = sample('program-mentors.csv');
export const SAMPLE_MENTEES = sample('program-mentees.csv');

const program =
  (endpoint: EndpointDefinition, body?: unknown) => (t: MentorshipProgramsTarget) => ({
    path: pathFor(endpoint, { id: t.programId }),
    ...(body === undefined ? {} : { body }),
  });
const draft =
  (endpoint: EndpointDefinition, body?: unknown, query = '') =>
  (t: MentorshipProgramsTarget) => ({
    path: `${pathFor(endpoint, { id: t.programId, draftId: t.draftId })}${query}`,
    ...(body === undefined ? {} : { body }),
  });
let imported = 0;

/** The mentorship-programs endpoints' rows of the authorization matrix. */
export const MENTORSHIP_PROGRAMS_MATRIX = {
  listMentorshipPrograms: {
    scoped: false,
    request: () => ({ path: api.listMentorshipPrograms.path }),
  },
  createMentorshipProgram: {
    scoped: false,
    request: () => ({ path: api.createMentorshipProgram.path, body: { name: 'Matrix cohort' } }),
  },
  getMentorshipProgram: { scoped: true, request: program(api.getMentorshipProgram) },
  updateMentorshipProgram: {
    scoped: true,
    request: program(api.updateMentorshipProgram, { mode: 'total', weights: { language: 20 } }),
  },
  importProgramPeople: {
    scoped: true,
    request: (t: MentorshipProgramsTarget) => ({
      path: pathFor(api.importProgramPeople, { id: t.programId }),
      body: {
        role: 'mentor',
        content: `id,name,email,specialties,mentor_types,languages,time_zone,img_country,capacity\nX-${++imported},Extra Mentor,,Pediatrics,career,English,UTC,,1\n`,
      },
    }),
  },
  listProgramPeople: { scoped: true, request: program(api.listProgramPeople) },
  listProgramRules: { scoped: true, request: program(api.listProgramRules) },
  addProgramRule: {
    scoped: true,
    request: program(api.addProgramRule, { kind: 'forbid', mentee: 'E-02', mentor: 'M-02' }),
  },
  removeProgramRule: {
    scoped: true,
    request: (t: MentorshipProgramsTarget) => ({
      path: pathFor(api.removeProgramRule, {
        id: t.programId,
        kind: 'forbid',
        mentee: 'E-01',
        mentor: 'M-05',
      }),
    }),
  },
  solveMentorshipProgram: { scoped: true, request: program(api.solveMentorshipProgram) },
  listProgramDrafts: { scoped: true, request: program(api.listProgramDrafts) },
  getProgramDraft: { scoped: true, request: draft(api.getProgramDraft) },
  swapProgramPair: {
    scoped: true,
    request: draft(api.swapProgramPair, { mentee: 'E-07', mentor: 'M-02' }),
  },
  diffProgramDrafts: {
    scoped: true,
    request: (t: MentorshipProgramsTarget) =>
      draft(api.diffProgramDrafts, undefined, `?against=${t.draftId}`)(t),
  },
  publishProgramDraft: { scoped: true, request: draft(api.publishProgramDraft) },
  getProgramReport: { scoped: true, request: program(api.getProgramReport) },
  exportProgramPairs: { scoped: true, request: program(api.exportProgramPairs) },
  programPeopleTemplate: {
    scoped: false,
    request: () => ({ path: pathFor(api.programPeopleTemplate, { role: 'mentee' }) }),
  },
} as const satisfies Record<string, Entry>;

/** Polls a draft until it is solved (or failed). */
export async function settledDraft(agent: Agent, programId: string, draftId: string) {
  for (let i = 0; i < 400; i++) {
    const reply = await agent.get(pathFor(api.getProgramDraft, { id: programId, draftId }));
    const review = (reply.body as ProgramDraftReviewResponse).draft;
    if (review.status === 'done' || review.status === 'failed') return review;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the draft was not solved in time');
}

/**
 * Gives an organisation admin a program with the sample people, a forbid rule and a solved
 * draft, as the matrix's targets. Other roles own none of these.
 */
export async function mentorshipProgramsParty(
  agent: Agent,
  organisationAdmin: boolean,
): Promise<MentorshipProgramsTarget> {
  if (!organisationAdmin) return { programId: 'none', draftId: 'none' };
  const created = await agent.post(api.createMentorshipProgram.path, { name: 'Mine' });
  if (created.status !== 201) throw new Error(`program failed: ${created.text}`);
  const programId = (created.body as MentorshipProgramResponse).program.id;
  for (const [role, content] of [
    ['mentor', SAMPLE_MENTORS],
    ['mentee', SAMPLE_MENTEES],
  ] as const) {
    const reply = await agent.post(pathFor(api.importProgramPeople, { id: programId }), {
      role,
      content,
    });
    if (reply.status !== 201) throw new Error(`import failed: ${reply.text}`);
  }
  await agent.post(pathFor(api.addProgramRule, { id: programId }), {
    kind: 'forbid',
    mentee: 'E-01',
    mentor: 'M-05',
  });
  const solved = await agent.post(pathFor(api.solveMentorshipProgram, { id: programId }));
  if (solved.status !== 202) throw new Error(`solve failed: ${solved.text}`);
  const draftId = (solved.body as ProgramDraftResponse).draft.id;
  await settledDraft(agent, programId, draftId);
  return { programId, draftId };
}
