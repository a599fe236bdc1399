import {
  api,
  type MentorshipProgramResponse,
  type OutboxResponse,
  type ProgramDraftResponse,
  pathFor,
} from '@matchready/contract';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { type Agent, signUp, type TestApp } from '../test-app.ts';
import { settledDraft } from './mentorship-programs-matrix.ts';

type Person = Agent & { email: string; userId: string };

/**
 * Two organisations: A runs a program whose mentee and mentor accepted their invitations and
 * were published as a pair 4 months ago (so the pulse survey is open); B runs a program whose
 * only mentee is "other mentee". For the program-invitations matrix and routes tests.
 */
export interface ProgramInvitationsWorld {
  readonly adminA: Person;
  readonly adminB: Person;
  readonly mentee: Person;
  readonly mentor: Person;
  readonly otherMentee: Person;
  readonly programA: string;
  readonly programB: string;
}

/** The token in the newest invitation in the agent's outbox. */
export async function newestToken(agent: Agent): Promise<string> {
  const reply = await agent.get(api.listOutbox.path);
  const mail = (reply.body as OutboxResponse).messages.find((m) => m.kind === 'program-invitation');
  const token = mail?.text.match(/token=([^\s]+)/)?.[1];
  if (!token) throw new Error(`no invitation in the outbox: ${reply.text}`);
  return decodeURIComponent(token);
}

const MENTOR_HEADER =
  'id,name,email,specialties,mentor_types,languages,time_zone,img_country,capacity';
const MENTEE_HEADER =
  'id,name,email,specialties,mentor_types,languages,time_zone,country,wants_img_mentor,goals';

async function program(admin: Agent, name: string, mentors: string[], mentees: string[]) {
  const created = await admin.post(api.createMentorshipProgram.path, { name });
  const id = (created.body as MentorshipProgramResponse).program.id;
  const files = [
    ['mentor', MENTOR_HEADER, mentors],
    ['mentee', MENTEE_HEADER, mentees],
  ] as const;
  for (const [role, header, rows] of files) {
    if (rows.length === 0) continue;
    const reply = await admin.post(pathFor(api.importProgramPeople, { id }), {
      role,
      content: `${header}\n${rows.join('\n')}\n`,
    });
    if (reply.status !== 201) throw new Error(`import failed: ${reply.text}`);
  }
  const invited = await admin.post(pathFor(api.inviteProgramPeople, { id }), {});
  if (invited.status !== 200) throw new Error(`invite failed: ${invited.text}`);
  return id;
}

async function accept(person: Agent) {
  const token = await newestToken(person);
  const reply = await person.post(api.acceptProgramInvitation.path, { token });
  if (reply.status !== 200) throw new Error(`accept failed: ${reply.text}`);
}

export async function buildProgramInvitationsWorld(
  app: Hono<AppEnv>,
  db: TestApp['database']['db'],
  approve: TestApp['approve'],
): Promise<ProgramInvitationsWorld> {
  const adminA = await signUp(app, 'organisation-admin');
  const adminB = await signUp(app, 'organisation-admin');
  // Organisation admins act only once a site admin approved them (decision 040).
  await approve(adminA);
  await approve(adminB);
  const mentee = await signUp(app, 'applicant');
  const mentor = await signUp(app, 'mentor');
  const otherMentee = await signUp(app, 'applicant');
  const programA = await program(
    adminA,
    'Program A',
    [`M-1,Mentor One,${mentor.email},Internal Medicine,career,English,UTC,,1`],
    [`E-1,Mentee One,${mentee.email},Internal Medicine,career,English,UTC,Egypt,false,Letters`],
  );
  const programB = await program(
    adminB,
    'Program B',
    [],
    [`E-9,Mentee Nine,${otherMentee.email},Pediatrics,career,English,UTC,Peru,false,`],
  );
  await accept(mentee);
  await accept(mentor);
  await accept(otherMentee);
  const solved = await adminA.post(pathFor(api.solveMentorshipProgram, { id: programA }));
  const draftId = (solved.body as ProgramDraftResponse).draft.id;
  await settledDraft(adminA, programA, draftId);
  const published = await adminA.post(pathFor(api.publishProgramDraft, { id: programA, draftId }));
  if (published.status !== 200) throw new Error(`publish failed: ${published.text}`);
  // Published four months ago, so the 3-month pulse survey is open.
  await db
    .updateTable('mentorship_program_pairs')
    .set({ published_at: new Date(Date.now() - 122 * 24 * 60 * 60 * 1000).toISOString() })
    .where('program_id', '=', programA)
    .execute();
  return { adminA, adminB, mentee, mentor, otherMentee, programA, programB };
}
