import type { User } from '../account/account-domain.ts';
import type { Services } from '../services.ts';

let siteAdmins = 0;

/**
 * Approves an organisation admin's organisation the way production does (decision 040): a site
 * admin, made as the operator makes one, approves it through the approval service.
 */
export async function approveOrganisationOf(services: Services, admin: User): Promise<void> {
  if (admin.organisationId === null) throw new Error(`${admin.email} has no organisation`);
  const siteAdmin = await services.directory.createSiteAdmin({
    email: `site-admin-${++siteAdmins}-${admin.id}@example.org`,
    password: 'a long site admin password',
  });
  await services.organisations.setApproval(siteAdmin, admin.organisationId, { approved: true });
}

/**
 * Signs up a user for a service test; an organisation admin's organisation is approved unless
 * `pending` (decision 040). Site admins are never made by sign-up: 'site-admin' signs up a mentor.
 */
export async function signUpForTest(
  services: Services,
  email: string,
  role: User['role'],
  { pending = false }: { pending?: boolean } = {},
): Promise<User> {
  const { user } = await services.auth.signUp({
    email,
    password: 'a long password',
    displayName: email,
    role: role === 'site-admin' ? 'mentor' : role,
    ...(role === 'organisation-admin' ? { organisationName: `Org of ${email}` } : {}),
  });
  if (role === 'organisation-admin' && !pending) await approveOrganisationOf(services, user);
  return user;
}
