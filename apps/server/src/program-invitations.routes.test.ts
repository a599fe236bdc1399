import {
  api,
  type ErrorBody,
  type MyProgramsResponse,
  type ProgramPeopleResponse,
  type ProgramReportResponse,
  pathFor,
} from '@matchready/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';
import {
  buildProgramInvitationsWorld,
  newestToken,
  type ProgramInvitationsWorld,
} from './testing/program-invitations-world.ts';

let world: TestApp;
let w: ProgramInvitationsWorld;

beforeAll(async () => {
  world = await createTestApp();
  w = await buildProgramInvitationsWorld(world.app, world.database.db, world.approve);
}, 120_000);
afterAll(() => world.dispose());

const error = (body: unknown) => (body as ErrorBody).error;

describe('program invitations over HTTP', () => {
  it('shows the admin who accepted, and the accepted pair as a relationship in both trackers', async () => {
    const people = (await w.adminA.get(pathFor(api.listProgramPeople, { id: w.programA })))
      .body as ProgramPeopleResponse;
    expect(people.mentees.map((p) => [p.personId, p.status, p.editedAt])).toEqual([
      ['E-1', 'accepted', null],
    ]);
    expect(JSON.stringify(people)).not.toContain(w.mentee.userId);
    const mine = (await w.mentee.get(api.listMyMentorshipPrograms.path)).body as MyProgramsResponse;
    expect(mine.programs.map((p) => [p.program.name, p.person.personId, p.pairedWith])).toEqual([
      ['Program A', 'E-1', ['Mentor One']],
    ]);
    const relationships = await w.mentee.get(api.listRelationships.path);
    expect(relationships.text).toContain('Test mentor');
  });

  it('refuses invalid details with issues naming the field, and saves valid ones for the admin to see', async () => {
    const path = pathFor(api.updateMyProgramDetails, { id: w.programA });
    const base = {
      role: 'mentee',
      specialties: ['Cardiology'],
      mentorTypes: ['research'],
      languages: ['English', 'French'],
      timeZone: 'Europe/Paris',
      country: 'Egypt',
      wantsImgMentor: true,
      goals: ['Research year'],
    };
    const bad = await w.mentee.put(path, { ...base, timeZone: 'Mars/Olympus', mentorTypes: ['x'] });
    expect(bad.status).toBe(400);
    expect(
      error(bad.body)
        .issues?.map((i) => i.path.join('.'))
        .sort(),
    ).toEqual(['mentorTypes.0', 'timeZone']);
    const saved = await w.mentee.put(path, base);
    expect(saved.status, saved.text).toBe(200);
    const people = (await w.adminA.get(pathFor(api.listProgramPeople, { id: w.programA })))
      .body as ProgramPeopleResponse;
    expect(people.mentees[0]).toMatchObject({
      specialties: ['Cardiology'],
      languages: ['English', 'French'],
      status: 'accepted',
    });
    expect(people.mentees[0]?.editedAt).toEqual(expect.any(String));
  });

  it('takes the pulse once, reports it aggregated, and exports the comment formula-safe', async () => {
    const path = pathFor(api.answerProgramPulse, { id: w.programA });
    const answer = { scores: { helpful: 5, fit: 4, communication: 3 }, comment: '=CMD("x") great' };
    expect((await w.mentee.post(path, answer)).status).toBe(201);
    const twice = await w.mentee.post(path, answer);
    expect([twice.status, error(twice.body).code]).toEqual([409, 'conflict']);
    const outOfRange = await w.mentor.post(path, {
      scores: { helpful: 6, fit: 4, communication: 3 },
    });
    expect(outOfRange.status).toBe(400);
    const report = (await w.adminA.get(pathFor(api.getProgramReport, { id: w.programA })))
      .body as ProgramReportResponse;
    expect(report.pulse.mentee).toEqual({
      answers: 1,
      averages: { helpful: 5, fit: 4, communication: 3 },
    });
    expect(report.pulse.comments).toEqual([{ role: 'mentee', comment: '=CMD("x") great' }]);
    expect(report.activity).toMatchObject({ tracked: 1, meetings: 0, flagged: 1 });
    const csv = await w.adminA.get(pathFor(api.exportProgramPairs, { id: w.programA }));
    expect(csv.text).toContain(`"'=CMD(""x"") great"`);
    expect(csv.text).not.toMatch(/(^|,)=CMD/m);
    expect(csv.text.split('\r\n')[1]).toMatch(/,0,,yes,5\/4\/3,/);
  });

  it('adds a person by email, whose link another account cannot use', async () => {
    const email = 'late.joiner@example.org';
    const added = await w.adminA.post(pathFor(api.addProgramPerson, { id: w.programA }), {
      role: 'mentee',
      name: 'Late Joiner',
      email,
    });
    expect(added.status, added.text).toBe(201);
    const again = await w.adminA.post(pathFor(api.addProgramPerson, { id: w.programA }), {
      role: 'mentee',
      name: 'Late Joiner',
      email: 'LATE.joiner@example.org',
    });
    expect(again.status).toBe(409);
    const bad = await w.adminA.post(pathFor(api.addProgramPerson, { id: w.programA }), {
      role: 'mentee',
      name: '',
      email: 'not an email',
    });
    expect(
      error(bad.body)
        .issues?.map((i) => i.path.join('.'))
        .sort(),
    ).toEqual(['email', 'name']);
    // The outbox of that address is nobody's here; the other mentee's own new link is theirs only.
    await w.adminA.post(pathFor(api.addProgramPerson, { id: w.programA }), {
      role: 'mentee',
      name: 'Other',
      email: w.otherMentee.email,
    });
    const token = await newestToken(w.otherMentee);
    const stolen = await w.mentee.post(api.acceptProgramInvitation.path, { token });
    expect(stolen.status).toBe(404);
    const preview = await w.otherMentee.post(api.previewProgramInvitation.path, { token });
    expect(preview.body).toEqual({
      programName: 'Program A',
      role: 'mentee',
      name: 'Other',
      accountFits: true,
    });
  });
});
