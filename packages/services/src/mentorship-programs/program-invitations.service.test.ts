import { describe, expect, it } from 'vitest';
import type { User } from '../account/account-domain.ts';
import type { AppError } from '../shared/app-error.ts';
import { signUpForTest } from '../testing/approve-organisation.ts';
import { createInMemoryServices } from '../testing/in-memory-services.ts';
import type { ImportedMentee, ImportedMentor } from './mentorship-program.service.ts';

const DAY = 24 * 60 * 60 * 1000;

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as AppError,
  );

const person = (line: number, id: string) => ({
  line,
  id,
  name: `Person ${id}`,
  email: `${id.toLowerCase()}@example.org`,
  specialties: ['Internal Medicine'],
  mentorTypes: ['career' as const],
  languages: ['English'],
  timeZone: 'America/Chicago',
});
const mentor = (line: number, id: string, capacity: number): ImportedMentor => ({
  ...person(line, id),
  imgCountry: 'Egypt',
  capacity,
});
const mentee = (line: number, id: string, over: Partial<ImportedMentee> = {}): ImportedMentee => ({
  ...person(line, id),
  country: 'Egypt',
  wantsImgMentor: true,
  goals: ['Two US letters'],
  ...over,
});

async function setup() {
  const { ports, services } = createInMemoryServices('2026-06-01T12:00:00.000Z');
  const user = (email: string, role: User['role']) => signUpForTest(services, email, role);
  const admin = await user('admin@example.org', 'organisation-admin');
  const program = await services.mentorshipPrograms.create(admin, { name: 'Spring cohort' });
  await services.mentorshipPrograms.importPeople(admin, program.id, {
    role: 'mentor',
    people: [mentor(2, 'M1', 1), { ...mentor(3, 'M2', 2), specialties: ['Pediatrics'] }],
  });
  await services.mentorshipPrograms.importPeople(admin, program.id, {
    role: 'mentee',
    people: [mentee(2, 'E1'), mentee(3, 'E2', { email: null })],
  });
  /** The token in the newest invitation mailed to `to`. */
  const tokenFor = (to: string) => {
    const mail = ports.mailer.sent
      .filter((m) => m.to === to && m.kind === 'program-invitation')
      .at(-1);
    const token = mail?.text.match(/token=([^\s]+)/)?.[1];
    if (!token) throw new Error(`no invitation mailed to ${to}`);
    return decodeURIComponent(token);
  };
  const solveAndPublish = async () => {
    const draft = await services.programDrafts.solve(admin, program.id);
    await services.programDrafts.settled();
    return services.programDrafts.publish(admin, program.id, draft.id);
  };
  return { ports, services, user, admin, program, tokenFor, solveAndPublish };
}

describe('program invitations (decision 046)', () => {
  it('mails single-use links, stores only their hash, and accepts them for the invited address only', async () => {
    const { ports, services, user, admin, program, tokenFor } = await setup();
    expect(await services.programInvitations.invite(admin, program.id, {})).toEqual({
      invited: 3,
      withoutEmail: 1,
    });
    const token = tokenFor('e1@example.org');
    expect(await ports.mentorshipPrograms.findInvitation(token)).toBeNull();
    expect(ports.mailer.sent.find((m) => m.to === 'e1@example.org')?.text).toContain(
      `https://matchready.test/program-invitations/accept?token=${token}`,
    );
    // Another account (even one that knows the link) gets 404, like an unknown link.
    const stranger = await user('stranger@example.org', 'applicant');
    expect((await rejection(services.programInvitations.accept(stranger, token))).code).toBe(
      'not-found',
    );
    const e1 = await user('E1@example.org', 'applicant');
    expect(await services.programInvitations.preview(e1, token)).toEqual({
      programName: 'Spring cohort',
      role: 'mentee',
      name: 'Person E1',
      accountFits: true,
    });
    expect(await services.programInvitations.accept(e1, token)).toEqual({
      programId: program.id,
      role: 'mentee',
      relationships: 0,
    });
    expect((await rejection(services.programInvitations.accept(e1, token))).code).toBe('not-found');
    const people = await services.mentorshipPrograms.people(admin, program.id);
    expect(
      people.mentees.map((p) => [p.personId, p.userId === e1.id, p.invitedAt !== null]),
    ).toEqual([
      ['E1', true, true],
      ['E2', false, false],
    ]);
  });

  it('refuses an expired link, and a link for a mentor from an applicant account', async () => {
    const { ports, services, user, admin, program, tokenFor } = await setup();
    await services.programInvitations.invite(admin, program.id, { role: 'mentor' });
    const m1 = await user('m1@example.org', 'applicant');
    const wrongRole = await rejection(
      services.programInvitations.accept(m1, tokenFor('m1@example.org')),
    );
    expect([wrongRole.code, wrongRole.message]).toEqual([
      'conflict',
      'This invitation is for a mentor: accept it with a mentor account that uses this email address.',
    ]);
    const m2 = await user('m2@example.org', 'mentor');
    ports.clock.advance(31 * DAY);
    expect(
      (await rejection(services.programInvitations.accept(m2, tokenFor('m2@example.org')))).code,
    ).toBe('not-found');
  });

  it('lets only the own organisation admin invite, and names unknown ids', async () => {
    const { services, user, admin, program } = await setup();
    const other = await user('other-admin@example.org', 'organisation-admin');
    expect((await rejection(services.programInvitations.invite(other, program.id, {}))).code).toBe(
      'not-found',
    );
    const mentorUser = await user('someone@example.org', 'mentor');
    expect(
      (await rejection(services.programInvitations.invite(mentorUser, program.id, {}))).code,
    ).toBe('forbidden');
    const unknown = await rejection(
      services.programInvitations.invite(admin, program.id, { role: 'mentee', personIds: ['E9'] }),
    );
    expect(unknown.details.issues?.map((i) => i.message)).toEqual([
      'No mentee "E9" in this program',
    ]);
  });

  it('adds one person by email with empty details, invites them, and refuses the address twice', async () => {
    const { ports, services, admin, program } = await setup();
    const added = await services.programInvitations.addPerson(admin, program.id, {
      role: 'mentor',
      name: 'Dr. Lina Saleh',
      email: 'Lina@Example.org',
    });
    const people = await services.mentorshipPrograms.people(admin, program.id);
    expect(people.mentors.find((m) => m.personId === added.personId)).toMatchObject({
      name: 'Dr. Lina Saleh',
      email: 'lina@example.org',
      specialties: [],
      capacity: 1,
    });
    expect(ports.mailer.sent.map((m) => [m.to, m.kind])).toEqual([
      ['lina@example.org', 'program-invitation'],
    ]);
    const twice = await rejection(
      services.programInvitations.addPerson(admin, program.id, {
        role: 'mentor',
        name: 'Lina again',
        email: 'lina@example.org',
      }),
    );
    expect(twice.code).toBe('conflict');
  });

  it('publishes relationships only for accepted people, and links a pair when the last side accepts later', async () => {
    const { ports, services, user, admin, program, tokenFor, solveAndPublish } = await setup();
    await services.programInvitations.invite(admin, program.id, {});
    const e1 = await user('e1@example.org', 'applicant');
    const m1 = await user('m1@example.org', 'mentor');
    const m2 = await user('m2@example.org', 'mentor');
    await services.programInvitations.accept(e1, tokenFor('e1@example.org'));
    const published = await solveAndPublish();
    expect(published).toEqual({ published: 2, linked: 0, awaitingAcceptance: 2 });
    const pairs = await ports.mentorshipPrograms.listPublished(program.id);
    const e1Mentor = pairs.find((p) => p.mentee === 'E1')?.mentor;
    const [mine, notMine] = e1Mentor === 'M1' ? [m1, m2] : [m2, m1];
    // The mentor who is not E1's accepts: still nothing for E1.
    expect(
      (await services.programInvitations.accept(notMine, tokenFor(notMine.email))).relationships,
    ).toBe(0);
    expect(await ports.mentorship.relationships.listByMentee(e1.id)).toEqual([]);
    // E1's mentor accepts after publishing: their published pair becomes a relationship now.
    expect(
      (await services.programInvitations.accept(mine, tokenFor(mine.email))).relationships,
    ).toBe(1);
    const relationships = await ports.mentorship.relationships.listByMentee(e1.id);
    expect(relationships.map((r) => [r.mentorId, r.source, r.programId])).toEqual([
      [mine.id, 'program', program.id],
    ]);
  });
});
