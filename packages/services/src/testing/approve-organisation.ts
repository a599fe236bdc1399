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
