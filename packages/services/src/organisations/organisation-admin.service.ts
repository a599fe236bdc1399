import type { User } from '../account/account-domain.ts';
import type { OrganisationRepository } from '../account/account-ports.ts';
import type { MentorshipProgramRepository } from '../mentorship-programs/mentorship-program-ports.ts';
import type { ProgramCatalogueRepository } from '../programs/program-ports.ts';
import { AppError, forbidden, invalidInput, notFound } from '../shared/app-error.ts';
import type { Clock } from '../shared/ports.ts';
import {
  type ApprovalStatus,
  approvalStatus,
  type OrganisationApproval,
  type OrganisationListing,
  type OrganisationOverview,
} from './organisation-domain.ts';

export interface OrganisationAdminServiceDeps {
  readonly organisations: OrganisationRepository;
  readonly programs: { readonly catalogue: Pick<ProgramCatalogueRepository, 'listOwnedDatasets'> };
  readonly mentorshipPrograms: Pick<MentorshipProgramRepository, 'listPrograms'>;
  readonly clock: Clock;
}

export type ApprovalChange =
  | { readonly approved: true }
  | { readonly approved: false; readonly reason: string };

export type OrganisationAdminService = ReturnType<typeof createOrganisationAdminService>;

const STATUS_ORDER: Record<ApprovalStatus, number> = { pending: 0, revoked: 1, approved: 2 };

/** A site admin (HTTP) or the operator (CLI, no actor) approves organisations. */
function checkActor(actor: User | null): void {
  if (actor !== null && actor.role !== 'site-admin')
    throw forbidden('Only site admins can approve organisations');
}

/**
 * Approval of organisations (decision 040): the list a site admin works from (waiting first) and
 * the approve / revoke change. The CLI passes no actor: the operator owns the database.
 */
export function createOrganisationAdminService(deps: OrganisationAdminServiceDeps) {
  const { organisations, clock } = deps;

  async function overview(listing: OrganisationListing): Promise<OrganisationOverview> {
    const id = listing.organisation.id;
    const [datasets, programs] = await Promise.all([
      deps.programs.catalogue.listOwnedDatasets(`org:${id}`),
      deps.mentorshipPrograms.listPrograms(id),
    ]);
    return {
      ...listing,
      status: approvalStatus(listing.approval),
      programs: datasets.reduce((sum, d) => sum + d.programs, 0),
      mentorshipPrograms: programs.length,
    };
  }

  async function list(actor: User | null): Promise<OrganisationOverview[]> {
    checkActor(actor);
    const all = await Promise.all((await organisations.list()).map(overview));
    return all.sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        a.organisation.createdAt.localeCompare(b.organisation.createdAt) ||
        a.organisation.id.localeCompare(b.organisation.id),
    );
  }

  /** By id, else by name (case-insensitive); two organisations of one name ask for the id. */
  async function find(idOrName: string): Promise<OrganisationListing> {
    const all = await organisations.list();
    const byId = all.find((o) => o.organisation.id === idOrName);
    if (byId) return byId;
    const name = idOrName.trim().toLowerCase();
    const named = all.filter((o) => o.organisation.name.trim().toLowerCase() === name);
    if (named.length === 1 && named[0]) return named[0];
    if (named.length > 1)
      throw new AppError(
        'conflict',
        `${named.length} organisations are called "${idOrName}"; use the id`,
        {
          issues: named.map((o) => ({
            code: 'ambiguous',
            path: ['organisation'],
            message: `${o.organisation.id} (created ${o.organisation.createdAt})`,
          })),
        },
      );
    throw notFound(`Organisation "${idOrName}"`);
  }

  async function setApproval(
    actor: User | null,
    organisationId: string,
    change: ApprovalChange,
  ): Promise<OrganisationOverview> {
    checkActor(actor);
    const now = clock.now().toISOString();
    let approval: OrganisationApproval;
    if (change.approved) {
      approval = {
        approvedAt: now,
        approvedBy: actor?.id ?? null,
        revokedAt: null,
        revokedReason: null,
      };
    } else {
      const reason = change.reason.trim();
      if (reason === '')
        throw invalidInput('Give a reason for revoking', [
          { code: 'required', path: ['reason'], message: 'Say why the approval is revoked' },
        ]);
      approval = { approvedAt: null, approvedBy: null, revokedAt: now, revokedReason: reason };
    }
    if (!(await organisations.setApproval(organisationId, approval)))
      throw notFound('Organisation');
    const listing = (await organisations.list()).find((o) => o.organisation.id === organisationId);
    if (!listing) throw notFound('Organisation');
    return overview(listing);
  }

  return {
    list,
    setApproval,
    /** For the CLI: approve or revoke by id or name. */
    async setApprovalByIdOrName(idOrName: string, change: ApprovalChange) {
      return setApproval(null, (await find(idOrName)).organisation.id, change);
    },
  };
}
