import type { Organisation } from '../account/account-domain.ts';

/**
 * Whether a site admin approved an organisation (decision 040). `approvedAt` null = waiting for
 * approval (never approved) or revoked (`revokedAt` set, with the site admin's reason).
 */
export interface OrganisationApproval {
  readonly approvedAt: string | null;
  /** The approving site admin; null when the migration, the demo seed or the CLI approved. */
  readonly approvedBy: string | null;
  readonly revokedAt: string | null;
  readonly revokedReason: string | null;
}

export const PENDING_APPROVAL: OrganisationApproval = {
  approvedAt: null,
  approvedBy: null,
  revokedAt: null,
  revokedReason: null,
};

export type ApprovalStatus = 'pending' | 'approved' | 'revoked';

export const approvalStatus = (approval: OrganisationApproval): ApprovalStatus =>
  approval.approvedAt !== null ? 'approved' : approval.revokedAt !== null ? 'revoked' : 'pending';

/** One organisation as the repository lists it for operators and site admins. */
export interface OrganisationListing {
  readonly organisation: Organisation;
  readonly approval: OrganisationApproval;
  /** Emails of its admins, sorted. */
  readonly adminEmails: readonly string[];
  /** People in the organisation, the admins included. */
  readonly members: number;
}

/** What a site admin sees of an organisation: its approval and what it holds. */
export interface OrganisationOverview extends OrganisationListing {
  readonly status: ApprovalStatus;
  /** Programs of the shared catalogue it imported (owner scope `org:<id>`). */
  readonly programs: number;
  readonly mentorshipPrograms: number;
}
