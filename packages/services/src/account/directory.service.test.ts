import { describe, expect, it } from 'vitest';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import { createAuthService } from './auth.service.ts';
import { createDirectoryService } from './directory.service.ts';

const setup = () => {
  const ports = createInMemoryPorts();
  const auth = createAuthService({
    ...ports,
    sessionTtlMs: 1000,
    signInLimit: { maxFailures: 5, windowMs: 1000 },
  });
  return { ports, auth, directory: createDirectoryService(ports) };
};
const account = (email: string, role: 'applicant' | 'mentor' | 'organisation-admin') => ({
  email,
  password: 'long enough pw',
  displayName: email.split('@')[0] ?? email,
  role,
  ...(role === 'organisation-admin' ? { organisationName: 'Bridge' } : {}),
});

describe('directory service', () => {
  it('lists users for site admins only, without anything beyond the account', async () => {
    const { auth, directory } = setup();
    const { user: applicant } = await auth.signUp(account('a@example.org', 'applicant'));
    const admin = await directory.createSiteAdmin({
      email: ' Root@Example.org ',
      password: 'x'.repeat(12),
    });
    expect(admin).toMatchObject({
      email: 'root@example.org',
      role: 'site-admin',
      displayName: 'Site admin',
    });
    expect(await directory.listUsers(admin)).toEqual([
      {
        id: applicant.id,
        email: 'a@example.org',
        displayName: 'a',
        role: 'applicant',
        createdAt: applicant.createdAt,
      },
      {
        id: admin.id,
        email: 'root@example.org',
        displayName: 'Site admin',
        role: 'site-admin',
        createdAt: admin.createdAt,
      },
    ]);
    await expect(directory.listUsers(applicant)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a second site admin with a taken email', async () => {
    const { directory } = setup();
    await directory.createSiteAdmin({ email: 'root@example.org', password: 'x'.repeat(12) });
    await expect(
      directory.createSiteAdmin({ email: 'ROOT@example.org', password: 'y'.repeat(12) }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      directory.createSiteAdmin({ email: 'not-an-email', password: 'y'.repeat(12) }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('shows an organisation admin their organisation, member count and approval, others nothing', async () => {
    const { auth, directory } = setup();
    const { user: orgAdmin } = await auth.signUp(account('o@example.org', 'organisation-admin'));
    const { user: mentor } = await auth.signUp(account('m@example.org', 'mentor'));
    expect(await directory.myOrganisation(orgAdmin)).toEqual({
      organisation: { id: orgAdmin.organisationId, name: 'Bridge', createdAt: orgAdmin.createdAt },
      members: 1,
      // A new organisation waits for a site admin (decision 040).
      approval: { status: 'pending', approvedAt: null, revokedAt: null, revokedReason: null },
    });
    await expect(directory.myOrganisation(mentor)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
