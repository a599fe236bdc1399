import type { MatchProblem } from '@matchready/core';
import { describe, expect, it } from 'vitest';
import { DEMO_MENTOR_COUNT } from '../mentorship/mentorship-demo.ts';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import { DEMO_INSTANCE_NAME, DEMO_PASSWORD, seedDemo } from './demo.service.ts';

const sample: MatchProblem = {
  programs: [{ id: 'P1', capacity: 2, ranking: ['A1'] }],
  applicants: [{ id: 'A1', ranking: ['P1'] }],
};

describe('demo seed', () => {
  it('creates four labelled demo accounts, a demo profile and the sample instance', async () => {
    const ports = createInMemoryPorts();
    const result = await seedDemo(ports, sample);
    expect(result.password).toBe(DEMO_PASSWORD);
    expect(result.accounts.map((a) => [a.email, a.role, a.created])).toEqual([
      ['demo-applicant@matchready.local', 'applicant', true],
      ['demo-mentor@matchready.local', 'mentor', true],
      ['demo-org-admin@matchready.local', 'organisation-admin', true],
      ['demo-admin@matchready.local', 'site-admin', true],
    ]);
    const users = await ports.users.list();
    expect(users.every((u) => u.isDemo)).toBe(true);
    const applicant = users.find((u) => u.role === 'applicant');
    expect((await ports.profiles.find(applicant?.id ?? ''))?.isDemo).toBe(true);
    expect(await ports.instances.listByOwner(applicant?.id ?? '')).toEqual([
      expect.objectContaining({
        name: DEMO_INSTANCE_NAME,
        summary: { applicants: 1, programs: 1, couples: 0, positions: 2 },
      }),
    ]);
    const signIn = await ports.users.findCredentials('demo-mentor@matchready.local');
    expect(await ports.passwords.verify(signIn?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
    // The demo organisation is approved at seed (decision 040), by no site admin.
    const orgAdmin = users.find((u) => u.role === 'organisation-admin');
    expect(await ports.organisations.findApproval(orgAdmin?.organisationId ?? '')).toMatchObject({
      approvedAt: '2025-03-01T12:00:00.000Z',
      approvedBy: null,
    });
  });

  it('changes nothing when run again', async () => {
    const ports = createInMemoryPorts();
    await seedDemo(ports, sample);
    const again = await seedDemo(ports, sample);
    expect(again.accounts.map((a) => a.created)).toEqual([false, false, false, false]);
    expect(ports.stores.userRows.size).toBe(4 + DEMO_MENTOR_COUNT);
    expect(
      await ports.mentorship.relationships.listByMentor(
        (await ports.users.findCredentials('demo-mentor@matchready.local'))?.user.id ?? '',
      ),
    ).toHaveLength(1);
    expect(ports.stores.instanceRows.size).toBe(1);
    expect(ports.stores.profileRows.size).toBe(1);
  });

  it('seeds 12 labelled demo mentors, one full and one paused, and a demo relationship', async () => {
    const ports = createInMemoryPorts();
    await seedDemo(ports, sample);
    const mentors = await ports.mentorship.mentors.list();
    expect(mentors).toHaveLength(12);
    const users = await Promise.all(mentors.map((m) => ports.users.findById(m.userId)));
    expect(users.every((u) => u?.isDemo && u.displayName.toLowerCase().includes('demo'))).toBe(
      true,
    );
    expect(mentors.filter((m) => !m.acceptingRequests)).toHaveLength(1);
    expect(new Set(mentors.map((m) => m.timeZone)).size).toBeGreaterThan(4);
    const counts = await ports.mentorship.mentors.activeCounts();
    const full = mentors.filter((m) => (counts.get(m.userId) ?? 0) >= m.capacity);
    expect(full.map((m) => users.find((u) => u?.id === m.userId)?.email)).toEqual([
      'demo-mentor@matchready.local',
    ]);
    const applicant = (await ports.users.findCredentials('demo-applicant@matchready.local'))?.user;
    const [relationship] = await ports.mentorship.relationships.listByMentee(applicant?.id ?? '');
    expect(await ports.mentorship.meetings.listByRelationship(relationship?.id ?? '')).toHaveLength(
      1,
    );
  });
});
