import { describe, expect, it } from 'vitest';
import type { User } from '../account/account-domain.ts';
import type { AppError } from '../shared/app-error.ts';
import { signUpForTest } from '../testing/approve-organisation.ts';
import { createInMemoryServices } from '../testing/in-memory-services.ts';
import type { ImportedMentee, ImportedMentor } from './mentorship-program.service.ts';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as AppError,
  );

const mentor = (
  line: number,
  id: string,
  capacity: number,
  over: Partial<ImportedMentor> = {},
): ImportedMentor => ({
  line,
  id,
  name: `Mentor ${id}`,
  email: `${id.toLowerCase()}@example.org`,
  specialties: ['Internal Medicine'],
  mentorTypes: ['career'],
  languages: ['English'],
  timeZone: 'America/Chicago',
  imgCountry: 'Egypt',
  capacity,
  ...over,
});
const mentee = (line: number, id: string, over: Partial<ImportedMentee> = {}): ImportedMentee => ({
  line,
  id,
  name: `Mentee ${id}`,
  email: `${id.toLowerCase()}@example.org`,
  specialties: ['Internal Medicine'],
  mentorTypes: ['career'],
  languages: ['English'],
  timeZone: 'Africa/Cairo',
  country: 'Egypt',
  wantsImgMentor: true,
  goals: ['Two US letters'],
  ...over,
});

async function setup() {
  const { ports, services } = createInMemoryServices('2026-06-01T12:00:00.000Z');
  const mailer = ports.mailer;
  /** Organisation admins are approved by a site admin unless `pending` (decision 040). */
  const user = (email: string, role: User['role'] = 'organisation-admin', pending = false) =>
    signUpForTest(services, email, role, { pending });
  const admin = await user('admin@example.org');
  const program = await services.mentorshipPrograms.create(admin, {
    name: 'Spring cohort',
    mode: 'total',
  });
  await services.mentorshipPrograms.importPeople(admin, program.id, {
    role: 'mentor',
    people: [
      mentor(2, 'M1', 1),
      mentor(3, 'M2', 2, { specialties: ['Pediatrics'], imgCountry: null }),
    ],
  });
  await services.mentorshipPrograms.importPeople(admin, program.id, {
    role: 'mentee',
    people: [mentee(2, 'E1'), mentee(3, 'E2'), mentee(4, 'E3', { specialties: ['Pediatrics'] })],
  });
  const solve = async (start: Promise<{ id: string }>) => {
    const draft = await start;
    await services.programDrafts.settled();
    return services.programDrafts.review(admin, program.id, draft.id);
  };
  return { ports, services, mailer, admin, program, user, solve };
}

describe('mentorship programs', () => {
  it('solves a draft in the background: pairs with factors, unmatched with reasons, a certificate', async () => {
    const { services, admin, program, solve } = await setup();
    const started = await services.programDrafts.solve(admin, program.id);
    expect(started.status).toBe('queued');
    const review = await solve(Promise.resolve(started));
    expect(review.status).toBe('done');
    expect(review.matched).toBe(3);
    expect(review.certificate).toMatch(/^Optimal total: LP dual bound \d+ = objective \d+/);
    const e3 = review.pairs.find((p) => p.mentee === 'E3');
    expect(e3?.mentor).toBe('M2');
    // Contributions add up to the score, factor by factor.
    for (const pair of review.pairs)
      expect(pair.factors.reduce((sum, f) => sum + f.contribution, 0)).toBe(pair.score);
  });

  it('refuses a second solve while one is running (conflict)', async () => {
    const { services, admin, program } = await setup();
    await services.programDrafts.solve(admin, program.id);
    const error = await rejection(services.programDrafts.solve(admin, program.id));
    expect(error.code).toBe('conflict');
    await services.programDrafts.settled();
  });

  it('swaps a pair by re-solving with a pin and a forbid, and diffs the drafts', async () => {
    const { services, admin, program, solve } = await setup();
    const first = await solve(services.programDrafts.solve(admin, program.id));
    const before = first.pairs.find((p) => p.mentor === 'M1')?.mentee;
    const other = before === 'E1' ? 'E2' : 'E1';
    const second = await solve(
      services.programDrafts.swap(admin, program.id, first.id, { mentee: other, mentor: 'M1' }),
    );
    expect(second.pairs.find((p) => p.mentee === other)).toMatchObject({
      mentor: 'M1',
      pinned: true,
    });
    const diff = await services.programDrafts.diff(admin, program.id, second.id, first.id);
    expect(diff.changed).toEqual(
      [
        { mentee: other, from: 'M2', to: 'M1' },
        ...(before ? [{ mentee: before, from: 'M1', to: 'M2' }] : []),
      ].sort((a, b) => (a.mentee < b.mentee ? -1 : 1)),
    );
    const rules = await services.mentorshipPrograms.rules(admin, program.id);
    expect(rules.map((r) => [r.kind, r.mentee, r.mentor])).toContainEqual(['pin', other, 'M1']);
  });

  it('publishes once, mails both sides, and never moves a published pair on re-solve', async () => {
    const { services, mailer, admin, program, solve } = await setup();
    const draft = await solve(services.programDrafts.solve(admin, program.id));
    expect(await services.programDrafts.publish(admin, program.id, draft.id)).toEqual({
      published: 3,
      linked: 0, // nobody in this cohort has accepted an invitation
      awaitingAcceptance: 3,
    });
    expect(mailer.sent).toHaveLength(6);
    expect(mailer.sent.every((m) => m.kind === 'mentorship-program-pair')).toBe(true);
    const e1 = draft.pairs.find((p) => p.mentee === 'E1');
    expect(
      mailer.sent.some((m) => m.to === 'e1@example.org' && m.text.includes(`Mentor ${e1?.mentor}`)),
    ).toBe(true);
    // Publishing the same draft again adds nobody; a later solve keeps every pair where it is.
    expect(await services.programDrafts.publish(admin, program.id, draft.id)).toEqual({
      published: 0,
      linked: 0,
      awaitingAcceptance: 0,
    });
    const again = await solve(services.programDrafts.solve(admin, program.id));
    for (const pair of draft.pairs)
      expect(again.pairs.find((p) => p.mentee === pair.mentee)).toMatchObject({
        mentor: pair.mentor,
        published: true,
      });
    // A swap that would move a published mentee is refused.
    const moved = await rejection(
      services.programDrafts.swap(admin, program.id, again.id, {
        mentee: 'E1',
        mentor: e1?.mentor === 'M1' ? 'M2' : 'M1',
      }),
    );
    expect(moved.code).toBe('conflict');
    const report = await services.mentorshipPrograms.report(admin, program.id);
    expect(report).toMatchObject({
      mentees: 3,
      mentors: 2,
      matched: 3,
      matchedShare: 1,
      capacity: 3,
    });
    expect(report.distribution.reduce((sum, b) => sum + b.pairs, 0)).toBe(3);
  });

  it('never links people by the imported email alone: accounts with those addresses stay unlinked', async () => {
    const { ports, services, mailer, admin, program, user, solve } = await setup();
    // Everyone has an account with the imported address, but nobody accepted an invitation, so
    // nothing proves the organisation's file is right about whose address it is (decision 046).
    const e1 = await user('E1@example.org', 'applicant');
    await user('m1@example.org', 'mentor');
    await user('m2@example.org', 'mentor');
    const draft = await solve(services.programDrafts.solve(admin, program.id));
    expect(await services.programDrafts.publish(admin, program.id, draft.id)).toEqual({
      published: 3,
      linked: 0,
      awaitingAcceptance: 3,
    });
    expect(await ports.mentorship.relationships.listByMentee(e1.id)).toEqual([]);
    const toE1 = mailer.sent.find((m) => m.to === 'e1@example.org');
    expect(toE1?.text).toContain('Once you have both accepted your program invitations');
  });

  it('refuses a stale draft after a newer one was published', async () => {
    const { services, admin, program, solve } = await setup();
    const older = await solve(services.programDrafts.solve(admin, program.id));
    const newer = await solve(services.programDrafts.solve(admin, program.id));
    await services.programDrafts.publish(admin, program.id, newer.id);
    const error = await rejection(services.programDrafts.publish(admin, program.id, older.id));
    expect(error.code).toBe('conflict');
  });

  it('imports all or nothing: an id already in the program names its line', async () => {
    const { services, admin, program } = await setup();
    const error = await rejection(
      services.mentorshipPrograms.importPeople(admin, program.id, {
        role: 'mentor',
        people: [mentor(2, 'M9', 1), mentor(3, 'M1', 1)],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.details.issues).toEqual([
      {
        code: 'duplicate-id',
        path: ['line', 3],
        message: 'Line 3: mentor M1 is already in the program',
      },
    ]);
    expect(
      (await services.mentorshipPrograms.people(admin, program.id)).mentors.map((m) => m.personId),
    ).toEqual(['M1', 'M2']);
  });

  it("hides another organisation's program (not-found) and refuses other roles", async () => {
    const { services, program, user } = await setup();
    const otherAdmin = await user('other@example.org');
    const applicant = await user('applicant@example.org', 'applicant');
    expect((await rejection(services.mentorshipPrograms.get(otherAdmin, program.id))).code).toBe(
      'not-found',
    );
    expect((await rejection(services.programDrafts.solve(otherAdmin, program.id))).code).toBe(
      'not-found',
    );
    expect(await services.mentorshipPrograms.list(otherAdmin)).toEqual([]);
    expect((await rejection(services.mentorshipPrograms.list(applicant))).code).toBe('forbidden');
  });

  it('rejects weights that are all zero and dates that end before they start', async () => {
    const { services, admin, program } = await setup();
    const zero = await rejection(
      services.mentorshipPrograms.update(admin, program.id, {
        weights: {
          specialty: 0,
          'mentor-type': 0,
          language: 0,
          'time-zone': 0,
          'img-background': 0,
          'free-capacity': 0,
        },
      }),
    );
    expect(zero.code).toBe('invalid-input');
    const dates = await rejection(
      services.mentorshipPrograms.update(admin, program.id, {
        startsOn: '2026-03-01',
        endsOn: '2026-02-01',
      }),
    );
    expect(dates.details.issues?.map((i) => i.path)).toEqual([['endsOn']]);
  });
});
