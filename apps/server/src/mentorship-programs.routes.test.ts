import {
  api,
  type ErrorBody,
  type MentorshipProgramResponse,
  type MentorshipProgramsResponse,
  type ProgramDraftResponse,
  type ProgramReportResponse,
  pathFor,
} from '@matchready/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, signUpApprovedAdmin, type TestApp } from './test-app.ts';
import {
  SAMPLE_MENTEES,
  SAMPLE_MENTORS,
  settledDraft,
} from './testing/mentorship-programs-matrix.ts';

let world: TestApp;
let admin: Agent;
let otherAdmin: Agent;

const error = (body: unknown) => (body as ErrorBody).error;
const MENTOR_HEADER =
  'id,name,email,specialties,mentor_types,languages,time_zone,img_country,capacity';

async function newProgram(agent: Agent, name = 'Spring cohort') {
  const reply = await agent.post(api.createMentorshipProgram.path, { name, mode: 'fair' });
  expect(reply.status, reply.text).toBe(201);
  return (reply.body as MentorshipProgramResponse).program.id;
}
const importPeople = (agent: Agent, id: string, role: string, content: string) =>
  agent.post(pathFor(api.importProgramPeople, { id }), { role, content });

beforeAll(async () => {
  world = await createTestApp();
  admin = await signUpApprovedAdmin(world);
  otherAdmin = await signUpApprovedAdmin(world);
});
afterAll(() => world.dispose());

describe('mentorship program people files', () => {
  it('imports the sample files and lists the people as imported', async () => {
    const id = await newProgram(admin);
    expect((await importPeople(admin, id, 'mentor', SAMPLE_MENTORS)).body).toEqual({ imported: 5 });
    expect((await importPeople(admin, id, 'mentee', SAMPLE_MENTEES)).body).toEqual({ imported: 7 });
    const people = await admin.get(pathFor(api.listProgramPeople, { id }));
    const body = people.body as {
      mentors: { personId: string; capacity: number; imgCountry: string | null }[];
    };
    expect(body.mentors.map((m) => [m.personId, m.capacity, m.imgCountry])).toEqual([
      ['M-01', 2, 'Jordan'],
      ['M-02', 2, null],
      ['M-03', 1, 'Nigeria'],
      ['M-04', 2, 'India'],
      ['M-05', 1, 'Russia'],
    ]);
  });

  it('rejects a bad file whole, naming each line', async () => {
    const id = await newProgram(admin);
    const reply = await importPeople(
      admin,
      id,
      'mentor',
      `${MENTOR_HEADER}\nM1,Ok,,IM,career,English,UTC,,1\nM2,,,IM,coach,English,Mars/Olympus,,-1\nM1,Again,,IM,career,English,UTC,,1\n`,
    );
    expect(reply.status).toBe(400);
    expect(error(reply.body).message).toBe('Nothing was imported: the file has 2 problems');
    expect(error(reply.body).issues?.map((i) => i.message)).toEqual([
      'Line 3: name is required; mentor_types must be one of career, research, clinical, cultural (got "coach"); time_zone must be an IANA time zone such as America/Chicago (got "Mars/Olympus"); capacity must be a whole number from 0 to 20 (got "-1")',
      'Line 4: id M1 is already used on line 2',
    ]);
    const count = await admin.get(pathFor(api.getMentorshipProgram, { id }));
    expect((count.body as MentorshipProgramResponse).program.counts.mentors).toBe(0);
  });

  it('lists at most 100 problems, then how many more', async () => {
    const id = await newProgram(admin);
    const rows = Array.from(
      { length: 130 },
      (_, i) => `M${i},Name,,IM,career,English,UTC,,99`,
    ).join('\n');
    const reply = await importPeople(admin, id, 'mentor', `${MENTOR_HEADER}\n${rows}\n`);
    expect(reply.status).toBe(400);
    const issues = error(reply.body).issues ?? [];
    expect(issues).toHaveLength(101);
    expect(issues[100]).toEqual({
      code: 'more-issues',
      path: [],
      message: '…and 30 more issues',
    });
    expect(error(reply.body).message).toBe('Nothing was imported: the file has 130 problems');
  });

  it('names a wrong header', async () => {
    const id = await newProgram(admin);
    const reply = await importPeople(admin, id, 'mentee', `${MENTOR_HEADER}\n`);
    expect(reply.status).toBe(400);
    expect(error(reply.body).issues?.[0]?.message).toMatch(
      /^Line 1: unknown column "img_country"; unknown column "capacity"; missing column "country"/,
    );
  });

  it('serves the templates as CSV attachments', async () => {
    const reply = await admin.get(pathFor(api.programPeopleTemplate, { role: 'mentor' }));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toBe(
      'attachment; filename="matchready-program-mentors-template.csv"',
    );
    expect(reply.text.split('\r\n')[0]).toBe(MENTOR_HEADER);
  });
});

describe('mentorship program isolation', () => {
  it("gives another organisation's admin 404 for every program route and an empty list", async () => {
    const id = await newProgram(admin, 'Private cohort');
    await importPeople(admin, id, 'mentor', SAMPLE_MENTORS);
    const list = await otherAdmin.get(api.listMentorshipPrograms.path);
    expect((list.body as MentorshipProgramsResponse).programs).toEqual([]);
    for (const path of [
      pathFor(api.getMentorshipProgram, { id }),
      pathFor(api.listProgramPeople, { id }),
      pathFor(api.getProgramReport, { id }),
      pathFor(api.exportProgramPairs, { id }),
    ]) {
      const reply = await otherAdmin.get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.text).not.toContain('Private cohort');
    }
    const solve = await otherAdmin.post(pathFor(api.solveMentorshipProgram, { id }));
    expect(solve.status).toBe(404);
    // A bad file for someone else's program is still a 404, not a 400 that confirms the id.
    const upload = await importPeople(otherAdmin, id, 'mentor', 'nonsense');
    expect(upload.status).toBe(404);
  });
});

describe('solve, swap, publish, report, export', () => {
  it('runs the whole review in the worker and exports formula-safe CSV', async () => {
    const id = await newProgram(admin);
    await importPeople(
      admin,
      id,
      'mentor',
      SAMPLE_MENTORS.replace('Dr Ben Carter', '"=HYPERLINK(""x"")"'),
    );
    await importPeople(admin, id, 'mentee', SAMPLE_MENTEES);
    const solved = await admin.post(pathFor(api.solveMentorshipProgram, { id }));
    expect(solved.status).toBe(202);
    const first = await settledDraft(admin, id, (solved.body as ProgramDraftResponse).draft.id);
    expect(first.status).toBe('done');
    // 7 mentees, 8 places: everyone matched in mode fair, with the proof stated.
    expect(first.matched).toBe(7);
    expect(first.certificate).toMatch(/^Optimal \(fair\): a vertex cover of size \d+/);
    expect(first.pairs.every((p) => p.factors.length === 6)).toBe(true);

    const target = first.pairs.find((p) => p.mentor !== 'M-02');
    if (!target) throw new Error('fixture');
    const swapped = await admin.post(pathFor(api.swapProgramPair, { id, draftId: first.id }), {
      mentee: target.mentee,
      mentor: 'M-02',
    });
    expect(swapped.status, swapped.text).toBe(202);
    const second = await settledDraft(admin, id, (swapped.body as ProgramDraftResponse).draft.id);
    expect(second.pairs.find((p) => p.mentee === target.mentee)?.mentor).toBe('M-02');
    const diff = await admin.get(
      `${pathFor(api.diffProgramDrafts, { id, draftId: second.id })}?against=${first.id}`,
    );
    expect((diff.body as { changed: { mentee: string; to: string }[] }).changed).toContainEqual({
      mentee: target.mentee,
      from: target.mentor,
      to: 'M-02',
    });

    const published = await admin.post(
      pathFor(api.publishProgramDraft, { id, draftId: second.id }),
    );
    expect(published.body).toEqual({ published: 7, linked: 0, awaitingAcceptance: 7 });
    const stale = await admin.post(pathFor(api.publishProgramDraft, { id, draftId: first.id }));
    expect(stale.status).toBe(409);

    const report = (await admin.get(pathFor(api.getProgramReport, { id })))
      .body as ProgramReportResponse;
    expect(report).toMatchObject({
      mentees: 7,
      mentors: 5,
      matched: 7,
      matchedShare: 1,
      capacity: 8,
    });
    const csv = await admin.get(pathFor(api.exportProgramPairs, { id }));
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'mentee_id,mentee_name,mentor_id,mentor_name,score,published_at,meetings_logged,last_meeting_at,no_meeting_8_weeks,mentee_pulse_helpful_fit_communication,mentee_pulse_comment,mentor_pulse_helpful_fit_communication,mentor_pulse_comment',
    );
    expect(lines).toHaveLength(8);
    expect(csv.text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
