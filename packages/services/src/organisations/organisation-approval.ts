import type { User } from '../account/account-domain.ts';
import type { OrganisationRepository } from '../account/account-ports.ts';
import { AppError } from '../shared/app-error.ts';

export const ORGANISATION_PENDING_MESSAGE =
  'Your organisation is waiting for approval by a site administrator';

const refused = (code: 'organisation-pending' | 'organisation-revoked', message: string) =>
  new AppError('forbidden', message, { issues: [{ code, path: ['organisation'], message }] });

/**
 * The one gate of every organisation-admin capability (decision 040): program imports and
 * dataset deletion, mentorship program changes, mentor verification. Returns the organisation
 * the admin acts for, or throws 'forbidden' with the issue code `organisation-pending` (never
 * approved, or no organisation at all) or `organisation-revoked` (with the site admin's reason).
 * Only for organisation admins: the callers decide which other roles may act.
 */
export async function requireApprovedOrganisation(
  organisations: Pick<OrganisationRepository, 'findApproval'>,
  user: User,
): Promise<string> {
  if (user.role !== 'organisation-admin')
    throw new AppError('forbidden', 'Only organisation admins can do this');
  const approval =
    user.organisationId === null ? null : await organisations.findApproval(user.organisationId);
  if (approval === null || user.organisationId === null)
    throw refused('organisation-pending', ORGANISATION_PENDING_MESSAGE);
  if (approval.approvedAt !== null) return user.organisationId;
  if (approval.revokedAt !== null)
    throw refused(
      'organisation-revoked',
      `A site administrator revoked your organisation's approval${approval.revokedReason ? `: ${approval.revokedReason}` : ''}. Contact them to have it restored.`,
    );
  throw refused('organisation-pending', ORGANISATION_PENDING_MESSAGE);
}
