import { api } from '@matchready/contract';
import type { OrganisationOverview } from '@matchready/services';
import type { RouteDeps } from './deps.ts';

/** The contract's view of an organisation for site admins (decision 040). */
const toAdminOrganisation = (o: OrganisationOverview) => ({
  id: o.organisation.id,
  name: o.organisation.name,
  createdAt: o.organisation.createdAt,
  approval: {
    status: o.status,
    approvedAt: o.approval.approvedAt,
    revokedAt: o.approval.revokedAt,
    revokedReason: o.approval.revokedReason,
  },
  approvedBy: o.approval.approvedBy,
  adminEmails: [...o.adminEmails],
  members: o.members,
  programs: o.programs,
  mentorshipPrograms: o.mentorshipPrograms,
});

/** Organisation approval by site admins, and an organisation's own program datasets. */
export function registerOrganisationAdminRoutes({ router, services }: RouteDeps): void {
  router.mount(api.adminListOrganisations, async ({ auth }) => ({
    organisations: (await services.organisations.list(auth.user)).map(toAdminOrganisation),
  }));

  router.mount(api.setOrganisationApproval, async ({ auth, params, body }) => ({
    organisation: toAdminOrganisation(
      await services.organisations.setApproval(auth.user, params.id, body),
    ),
  }));

  router.mount(api.listOrganisationDatasets, async ({ auth }) => ({
    datasets: await services.programs.datasets.listMine(auth.user),
  }));

  router.mount(api.deleteOrganisationDataset, async ({ auth, query }) =>
    services.programs.datasets.deleteMine(auth.user, query.dataset),
  );
}
