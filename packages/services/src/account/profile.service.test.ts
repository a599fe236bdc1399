import { describe, expect, it } from 'vitest';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import type { User } from './account-domain.ts';
import { createProfileService } from './profile.service.ts';

const user = (role: User['role'], id = 'u1'): User => ({
  id,
  email: `${id}@example.org`,
  displayName: id,
  role,
  createdAt: '2025-01-01T00:00:00.000Z',
  organisationId: null,
  isDemo: false,
});

describe('profile service', () => {
  it('saves a whole profile: left-out answers become null, lists empty', async () => {
    const ports = createInMemoryPorts();
    const profiles = createProfileService(ports);
    const saved = await profiles.save(user('applicant'), {
      step2Score: 255,
      specialties: ['Pediatrics'],
    });
    expect(saved).toEqual({
      countryOfTraining: null,
      medicalSchool: null,
      graduationYear: null,
      applicantType: null,
      step1: null,
      step1Attempts: null,
      step2Score: 255,
      step2Attempts: null,
      step3: null,
      ecfmgStatus: null,
      pathway: null,
      oetStatus: null,
      visaNeed: null,
      usceMonths: null,
      researchItems: null,
      specialties: ['Pediatrics'],
      preferredStates: [],
      isDemo: false,
      updatedAt: '2025-03-01T12:00:00.000Z',
    });
    expect(await profiles.get(user('applicant'))).toEqual(saved);
    const replaced = await profiles.save(user('applicant'), { visaNeed: 'j1' });
    expect([replaced.step2Score, replaced.visaNeed, replaced.specialties]).toEqual([
      null,
      'j1',
      [],
    ]);
  });

  it('keeps profiles apart and gives other roles none, nor a way to save one', async () => {
    const ports = createInMemoryPorts();
    const profiles = createProfileService(ports);
    await profiles.save(user('applicant', 'u1'), { countryOfTraining: 'Ghana' });
    expect(await profiles.get(user('applicant', 'u2'))).toBeNull();
    expect(await profiles.get(user('mentor', 'u1'))).toBeNull();
    await expect(profiles.save(user('mentor', 'u3'), {})).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(profiles.save(user('site-admin', 'u4'), {})).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
