import { generateSyntheticPrograms } from '@matchready/core/programs';
import { describe, expect, it } from 'vitest';
import type { User } from '../account/account-domain.ts';
import type { AppError } from '../shared/app-error.ts';
import { approveOrganisationOf } from '../testing/approve-organisation.ts';
import { createInMemoryServices } from '../testing/in-memory-services.ts';
import { mentorProfile } from '../testing/mentorship.repository-suite.ts';
import { ORGANISATION_PENDING_MESSAGE } from './organisation-approval.ts';

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as AppError,
  );

const upload = (prefix: string, count = 2, dataset = 'Spring list') => ({
  format: 'csv' as const,
  dataset,
  programs: generateSyntheticPrograms({ seed: 9, count }).programs.map((p, i) => ({
    ...p,
    id: `${prefix}-${i + 1}`,
    synthetic: false,
  })),
});

async function setup() {
  const { ports, services } = createInMemoryServices('2026-06-01T12:00:00.000Z');
  await services.programs.catalogue.seedSampleIfEmpty(20);
  const signUp = async (
    email: string,
    role: 'organisation-admin' | 'mentor' = 'organisation-admin',
  ) =>
    (
      await services.auth.signUp({
        email,
        password: 'a long password',
        displayName: email,
        role,
        ...(role === 'organisation-admin' ? { organisationName: `Org of ${email}` } : {}),
      })
    ).user;
  const siteAdmin = await services.directory.createSiteAdmin({
    email: 'site@example.org',
    password: 'a long site password',
  });
  return { ports, services, signUp, siteAdmin };
}

/** The pending (or revoked) refusal: 403 'forbidden' with an issue code the web app reads. */
function expectRefused(error: AppError, code: 'organisation-pending' | 'organisation-revoked') {
  expect(error.code).toBe('forbidden');
  expect(error.details.issues?.map((i) => i.code)).toEqual([code]);
  if (code === 'organisation-pending') expect(error.message).toBe(ORGANISATION_PENDING_MESSAGE);
}

describe('organisation approval gate (decision 040)', () => {
  it('refuses every organisation-admin capability while the organisation waits', async () => {
    const { ports, services, signUp } = await setup();
    const admin = await signUp('new-org@example.org');
    const mentor = await signUp('mentor@example.org', 'mentor');
    await ports.mentorship.mentors.save(mentorProfile(mentor.id));

    expectRefused(
      await rejection(services.programs.catalogue.import(admin, upload('NEW'))),
      'organisation-pending',
    );
    expect((await services.programs.catalogue.all()).some((p) => p.id === 'NEW-1')).toBe(false);
    expectRefused(
      await rejection(services.programs.datasets.deleteMine(admin, 'Spring list')),
      'organisation-pending',
    );
    expectRefused(
      await rejection(services.mentorshipPrograms.create(admin, { name: 'Cohort' })),
      'organisation-pending',
    );
    expectRefused(
      await rejection(services.mentorship.mentors.verify(admin, mentor.id, true)),
      'organisation-pending',
    );
    // Reading what it has is allowed (nothing yet), so the pages can explain the wait.
    expect(await services.programs.datasets.listMine(admin)).toEqual([]);
    expect(await services.mentorshipPrograms.list(admin)).toEqual([]);
  });

  it('allows them once a site admin approves, and refuses changes again after a revoke', async () => {
    const { services, signUp, siteAdmin } = await setup();
    const admin = await signUp('org@example.org');
    const orgId = admin.organisationId as string;
    await services.organisations.setApproval(siteAdmin, orgId, { approved: true });

    const imported = await services.programs.catalogue.import(admin, upload('ORG'));
    expect(imported.import.programs).toBe(2);
    const program = await services.mentorshipPrograms.create(admin, { name: 'Cohort' });
    const person = {
      line: 2,
      id: 'P1',
      name: 'Person',
      email: null,
      specialties: ['Internal Medicine'],
      mentorTypes: ['career' as const],
      languages: ['English'],
      timeZone: 'America/Chicago',
    };
    await services.mentorshipPrograms.importPeople(admin, program.id, {
      role: 'mentor',
      people: [{ ...person, imgCountry: null, capacity: 1 }],
    });
    await services.mentorshipPrograms.importPeople(admin, program.id, {
      role: 'mentee',
      people: [{ ...person, country: 'Egypt', wantsImgMentor: false, goals: [] }],
    });
    const draft = await services.programDrafts.solve(admin, program.id);
    await services.programDrafts.settled();

    await services.organisations.setApproval(siteAdmin, orgId, {
      approved: false,
      reason: 'Could not confirm the organisation',
    });
    const revoked = await rejection(services.programs.catalogue.import(admin, upload('ORG')));
    expectRefused(revoked, 'organisation-revoked');
    expect(revoked.message).toContain('Could not confirm the organisation');
    for (const change of [
      services.programs.datasets.deleteMine(admin, 'Spring list'),
      services.mentorshipPrograms.update(admin, program.id, { name: 'Renamed' }),
      services.mentorshipPrograms.importPeople(admin, program.id, { role: 'mentor', people: [] }),
      services.programDrafts.solve(admin, program.id),
      services.programDrafts.publish(admin, program.id, draft.id),
      // Invitations send mail on the organisation's behalf (issue 10): changes too.
      services.programInvitations.invite(admin, program.id, {}),
      services.programInvitations.addPerson(admin, program.id, {
        role: 'mentor',
        name: 'New Mentor',
        email: 'new.mentor@example.org',
      }),
    ])
      expectRefused(await rejection(change), 'organisation-revoked');
    // Its records stay readable.
    expect((await services.mentorshipPrograms.get(admin, program.id)).name).toBe('Cohort');
    expect((await services.programs.datasets.listMine(admin)).map((d) => d.programs)).toEqual([2]);
  });

  it('lists and deletes only the organisation’s own datasets', async () => {
    const { services, signUp } = await setup();
    const a = await signUp('a@example.org');
    const b = await signUp('b@example.org');
    await approveOrganisationOf(services, a);
    await approveOrganisationOf(services, b);
    await services.programs.catalogue.import(a, upload('A', 3));
    await services.programs.catalogue.import(b, upload('B', 2));
    expect(await services.programs.datasets.listMine(a)).toEqual([
      {
        dataset: 'Spring list',
        programs: 3,
        firstImportedAt: '2026-06-01T12:00:00.000Z',
        lastImportedAt: '2026-06-01T12:00:00.000Z',
        importedBy: ['a@example.org'],
      },
    ]);
    const sampleBefore = (await services.programs.catalogue.all()).filter((p) => p.synthetic);
    expect(await services.programs.datasets.deleteMine(a, 'Spring list')).toEqual({ deleted: 3 });
    const after = await services.programs.catalogue.all();
    expect(after.filter((p) => p.id.startsWith('A-'))).toEqual([]);
    expect(after.filter((p) => p.id.startsWith('B-'))).toHaveLength(2);
    expect(after.filter((p) => p.synthetic)).toEqual(sampleBefore);
    const missing = await rejection(services.programs.datasets.deleteMine(a, 'Spring list'));
    expect(missing.code).toBe('not-found');
    expect(
      (await rejection(services.programs.datasets.deleteMine(a, 'synthetic-sample'))).code,
    ).toBe('not-found');
  });
});

describe('site-admin approval service', () => {
  it('lists organisations waiting first, with admins and counts', async () => {
    const { services, signUp, siteAdmin } = await setup();
    const approved = await signUp('first@example.org');
    await services.organisations.setApproval(siteAdmin, approved.organisationId as string, {
      approved: true,
    });
    await services.programs.catalogue.import(approved, upload('FIRST', 4));
    await signUp('second@example.org');
    const listed = await services.organisations.list(siteAdmin);
    expect(
      listed.map((o) => [o.organisation.name, o.status, o.adminEmails, o.programs, o.members]),
    ).toEqual([
      ['Org of second@example.org', 'pending', ['second@example.org'], 0, 1],
      ['Org of first@example.org', 'approved', ['first@example.org'], 4, 1],
    ]);
    expect(listed[1]?.approval.approvedBy).toBe(siteAdmin.id);
  });

  it('refuses anyone but a site admin, an organisation admin approving itself included', async () => {
    const { services, signUp } = await setup();
    const admin = await signUp('self@example.org');
    const mentor = await signUp('m@example.org', 'mentor');
    for (const actor of [admin, mentor] as User[]) {
      expect((await rejection(services.organisations.list(actor))).code).toBe('forbidden');
      const self = services.organisations.setApproval(actor, admin.organisationId as string, {
        approved: true,
      });
      expect((await rejection(self)).code).toBe('forbidden');
    }
    expectRefused(
      await rejection(services.programs.catalogue.import(admin, upload('SELF'))),
      'organisation-pending',
    );
  });

  it('needs a reason to revoke and names an unknown organisation', async () => {
    const { services, signUp, siteAdmin } = await setup();
    const admin = await signUp('org@example.org');
    const blank = await rejection(
      services.organisations.setApproval(siteAdmin, admin.organisationId as string, {
        approved: false,
        reason: '   ',
      }),
    );
    expect(blank.code).toBe('invalid-input');
    expect(blank.details.issues?.[0]?.path).toEqual(['reason']);
    const unknown = await rejection(
      services.organisations.setApproval(siteAdmin, 'no-such-org', { approved: true }),
    );
    expect(unknown.code).toBe('not-found');
  });

  it('approves by name for the operator (no actor); two of one name ask for the id', async () => {
    const { services, signUp } = await setup();
    const admin = await signUp('named@example.org');
    const approved = await services.organisations.setApprovalByIdOrName(
      'ORG OF named@example.org',
      { approved: true },
    );
    expect(approved).toMatchObject({ status: 'approved', approval: { approvedBy: null } });
    await services.programs.catalogue.import(admin, upload('NAMED'));

    const twin = await services.auth.signUp({
      email: 'twin@example.org',
      password: 'a long password',
      displayName: 'Twin',
      role: 'organisation-admin',
      organisationName: 'Org of named@example.org',
    });
    const ambiguous = await rejection(
      services.organisations.setApprovalByIdOrName('Org of named@example.org', { approved: true }),
    );
    expect(ambiguous.code).toBe('conflict');
    expect(ambiguous.details.issues).toHaveLength(2);
    const byId = await services.organisations.setApprovalByIdOrName(
      twin.user.organisationId as string,
      { approved: true },
    );
    expect(byId.status).toBe('approved');
  });
});
