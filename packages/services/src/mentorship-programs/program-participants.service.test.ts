import { describe, expect, it } from 'vitest';
import type { User } from '../account/account-domain.ts';
import type { AppError } from '../shared/app-error.ts';
import { signUpForTest } from '../testing/approve-organisation.ts';
import { createInMemoryServices } from '../testing/in-memory-services.ts';
import { addMonths } from './program-invitation-domain.ts';

const DAY = 24 * 60 * 60 * 1000;
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as AppError,
  );

const base = (line: number, id: string, specialties: string[]) => ({
  line,
  id,
  name: `Person ${id}`,
  email: `${id.toLowerCase()}@example.org`,
  specialties,
  mentorTypes: ['career' as const],
  languages: ['English'],
  timeZone: 'America/Chicago',
});

/** A program with mentors M1 (Internal Medicine) and M2 (Pediatrics), mentee E1; all accepted. */
async function setup() {
  const { ports, services } = createInMemoryServices('2026-06-01T12:00:00.000Z');
  const user = (email: string, role: User['role']) => signUpForTest(services, email, role);
  const admin = await user('admin@example.org', 'organisation-admin');
  const program = await services.mentorshipPrograms.create(admin, {
    name: 'Spring cohort',
    mode: 'total',
  });
  await services.mentorshipPrograms.importPeople(admin, program.id, {
    role: 'mentor',
    people: [
      { ...base(2, 'M1', ['Internal Medicine']), imgCountry: null, capacity: 1 },
      { ...base(3, 'M2', ['Pediatrics']), imgCountry: null, capacity: 1 },
    ],
  });
  await services.mentorshipPrograms.importPeople(admin, program.id, {
    role: 'mentee',
    people: [
      {
        ...base(2, 'E1', ['Internal Medicine']),
        country: 'Egypt',
        wantsImgMentor: false,
        goals: [],
      },
    ],
  });
  await services.programInvitations.invite(admin, program.id, {});
  const accept = async (email: string, role: User['role']) => {
    const account = await user(email, role);
    const mail = ports.mailer.sent.find((m) => m.to === email);
    const token = decodeURIComponent(mail?.text.match(/token=([^\s]+)/)?.[1] ?? '');
    await services.programInvitations.accept(account, token);
    return account;
  };
  const e1 = await accept('e1@example.org', 'applicant');
  const m1 = await accept('m1@example.org', 'mentor');
  const m2 = await accept('m2@example.org', 'mentor');
  const solve = async () => {
    const draft = await services.programDrafts.solve(admin, program.id);
    await services.programDrafts.settled();
    return services.programDrafts.review(admin, program.id, draft.id);
  };
  return { ports, services, user, admin, program, e1, m1, m2, solve };
}

const menteeDetails = {
  role: 'mentee' as const,
  specialties: ['Pediatrics'],
  mentorTypes: ['research' as const],
  languages: ['English', 'Arabic'],
  timeZone: 'Africa/Cairo',
  country: 'Egypt',
  wantsImgMentor: false,
  goals: ['A research year'],
};

describe('my program details', () => {
  it('shows what was imported and lets the person correct it; the admin sees it was edited; a re-solve uses it', async () => {
    const { services, admin, program, e1, solve } = await setup();
    const [mine] = await services.programParticipants.list(e1);
    expect(mine?.program.name).toBe('Spring cohort');
    expect(mine?.person).toMatchObject({ personId: 'E1', specialties: ['Internal Medicine'] });
    expect((await solve()).pairs.map((p) => [p.mentee, p.mentor])).toEqual([['E1', 'M1']]);

    const edited = await services.programParticipants.editDetails(e1, program.id, menteeDetails);
    expect(edited).toMatchObject({ specialties: ['Pediatrics'], goals: ['A research year'] });
    expect(edited.editedAt).toBe('2026-06-01T12:00:00.000Z');
    const seen = await services.mentorshipPrograms.people(admin, program.id);
    expect(seen.mentees[0]?.editedAt).toBe('2026-06-01T12:00:00.000Z');
    expect((await services.mentorshipPrograms.report(admin, program.id)).invitations).toEqual({
      notInvited: 0,
      invited: 0,
      accepted: 3,
      edited: 1,
    });
    // The next solve reads the corrected specialty: the Pediatrics mentor now fits best.
    expect((await solve()).pairs.map((p) => [p.mentee, p.mentor])).toEqual([['E1', 'M2']]);
  });

  it('refuses the other role’s details, another program, and a capacity below published mentees', async () => {
    const { services, admin, program, e1, m1, m2, solve } = await setup();
    const wrong = await rejection(
      services.programParticipants.editDetails(m1, program.id, menteeDetails),
    );
    expect(wrong.details.issues?.[0]?.code).toBe('wrong-role');
    const other = await rejection(
      services.programParticipants.editDetails(e1, 'nope', menteeDetails),
    );
    expect(other.code).toBe('not-found');
    expect(
      (await rejection(services.programParticipants.editDetails(admin, program.id, menteeDetails)))
        .code,
    ).toBe('not-found');
    const draft = await solve();
    await services.programDrafts.publish(admin, program.id, draft.id);
    const mentorOfE1 = draft.pairs[0]?.mentor === 'M1' ? m1 : m2;
    const lower = await rejection(
      services.programParticipants.editDetails(mentorOfE1, program.id, {
        role: 'mentor',
        specialties: [],
        mentorTypes: [],
        languages: [],
        timeZone: 'UTC',
        imgCountry: null,
        capacity: 0,
      }),
    );
    expect(lower.details.issues?.[0]?.code).toBe('capacity-below-published');
  });
});

describe('pulse survey and program report activity', () => {
  it('opens 3 months after publishing, takes one answer per person, and reports it aggregated', async () => {
    const { ports, services, admin, program, e1, m1, m2, solve } = await setup();
    const draft = await solve();
    await services.programDrafts.publish(admin, program.id, draft.id);
    const mentor = draft.pairs[0]?.mentor === 'M1' ? m1 : m2;
    const scores = { helpful: 4, fit: 5, communication: 3 };
    const early = await rejection(
      services.programParticipants.answerPulse(e1, program.id, { scores }),
    );
    expect([early.code, early.message]).toEqual([
      'conflict',
      'The pulse survey opens on 2026-09-01, three months after your pair was published',
    ]);
    ports.clock.advance(92 * DAY);
    await services.programParticipants.answerPulse(e1, program.id, {
      scores,
      comment: '=HYPERLINK("x") very kind',
    });
    await services.programParticipants.answerPulse(mentor, program.id, {
      scores: { helpful: 2, fit: 3, communication: 5 },
    });
    const twice = await rejection(
      services.programParticipants.answerPulse(e1, program.id, { scores }),
    );
    expect(twice.code).toBe('conflict');
    expect((await services.programParticipants.list(e1))[0]?.pulse).toEqual({
      opensAt: '2026-09-01T12:00:00.000Z',
      answered: true,
    });
    const report = await services.mentorshipPrograms.report(admin, program.id);
    expect(report.pulse).toEqual({
      mentee: { answers: 1, averages: { helpful: 4, fit: 5, communication: 3 } },
      mentor: { answers: 1, averages: { helpful: 2, fit: 3, communication: 5 } },
      comments: [{ role: 'mentee', comment: '=HYPERLINK("x") very kind' }],
    });
    const { rows } = await services.mentorshipPrograms.exportPairs(admin, program.id);
    expect(rows[0]).toMatchObject({
      menteePulse: '4/5/3',
      menteeComment: '=HYPERLINK("x") very kind',
      mentorPulse: '2/3/5',
      mentorComment: '',
    });
  });

  it('tells each paired person once, by mail, when their survey opens; not who answered', async () => {
    const { ports, services, admin, program, e1, m1, m2, solve } = await setup();
    const draft = await solve();
    await services.programDrafts.publish(admin, program.id, draft.id);
    const mentor = draft.pairs[0]?.mentor === 'M1' ? m1 : m2;
    const unpaired = mentor === m1 ? m2 : m1;
    const told = () => ports.mailer.sent.filter((m) => m.kind === 'program-pulse-open');

    // A minute before it opens (2026-09-01T12:00Z): nobody is told.
    ports.clock.set('2026-09-01T11:59:00.000Z');
    expect(await services.pulseReminders.sendDue(ports.clock.now())).toEqual({
      sent: 0,
      more: false,
    });
    // The mentee answers the moment it opens; the mentor has not yet.
    ports.clock.set('2026-09-01T12:00:00.000Z');
    await services.programParticipants.answerPulse(e1, program.id, {
      scores: { helpful: 5, fit: 5, communication: 5 },
    });
    expect((await services.pulseReminders.sendDue(ports.clock.now())).sent).toBe(1);
    expect(told().map((m) => m.to)).toEqual([mentor.email]);
    expect(told()[0]?.subject).toBe('Your 3-month check-in for “Spring cohort” is open');
    expect(told()[0]?.text).toContain('https://matchready.test/my-programs');
    expect(told()[0]?.text).toContain('never to the person you are paired');
    // Later runs tell nobody again, and never the mentor who has no pair.
    ports.clock.advance(30 * DAY);
    expect((await services.pulseReminders.sendDue(ports.clock.now())).sent).toBe(0);
    expect(told().map((m) => m.to)).not.toContain(unpaired.email);
  });

  it('counts meetings held per pair and flags a pair with none in 8 weeks', async () => {
    const { ports, services, admin, program, e1, solve } = await setup();
    const draft = await solve();
    await services.programDrafts.publish(admin, program.id, draft.id);
    const [relationship] = await ports.mentorship.relationships.listByMentee(e1.id);
    if (!relationship) throw new Error('the pair did not become a relationship');
    const meeting = (id: string, scheduledAt: string, heldAt: string | null) => ({
      id,
      relationshipId: relationship.id,
      createdAt: scheduledAt,
      scheduledAt,
      minutes: 30,
      agenda: '',
      sharedNotes: '',
      menteePrivateNotes: '',
      mentorPrivateNotes: '',
      heldAt,
      thankedAt: null,
      dismissedAt: null,
      sequence: 0,
      createdBy: e1.id,
    });
    await ports.mentorship.meetings.create(
      meeting('m-1', '2026-06-10T15:00:00.000Z', '2026-06-10T15:30:00.000Z'),
    );
    await ports.mentorship.meetings.create(meeting('m-2', '2026-06-24T15:00:00.000Z', null));
    ports.clock.advance(30 * DAY);
    const soon = await services.mentorshipPrograms.report(admin, program.id);
    expect(soon.activity).toMatchObject({ tracked: 1, meetings: 1, flagged: 0 });
    expect(soon.activity.pairs[0]).toMatchObject({
      mentee: 'E1',
      tracked: true,
      meetings: 1,
      lastMeetingAt: '2026-06-10T15:00:00.000Z',
      noRecentMeeting: false,
    });
    // 8 weeks after the last meeting held (the planned one was never held): flagged.
    ports.clock.advance(6 * 7 * DAY);
    const later = await services.mentorshipPrograms.report(admin, program.id);
    expect(later.activity.flagged).toBe(1);
    expect(later.activity.pairs[0]?.noRecentMeeting).toBe(true);
  });
});

describe('addMonths', () => {
  it('adds calendar months and clamps to the end of a shorter month', () => {
    expect(addMonths('2026-06-01T12:00:00.000Z', 3)).toBe('2026-09-01T12:00:00.000Z');
    expect(addMonths('2026-11-30T08:30:00.000Z', 3)).toBe('2027-02-28T08:30:00.000Z');
  });
});
