import { Alert, Text } from '@mantine/core';
import { IconBan, IconHourglass } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { meQuery } from '../auth/auth-api.ts';
import { organisationQuery } from './organisation-api.ts';

export type ApprovalState = 'not-organisation' | 'loading' | 'pending' | 'approved' | 'revoked';

/**
 * Whether the signed-in organisation admin may use the organisation's capabilities yet: a site
 * admin approves each organisation first (decision 040). Other roles: 'not-organisation'.
 */
export function useOrganisationApproval(): {
  readonly state: ApprovalState;
  readonly reason: string | null;
} {
  const me = useQuery(meQuery);
  const admin = me.data?.role === 'organisation-admin';
  const organisation = useQuery({ ...organisationQuery, enabled: admin });
  if (!me.data) return { state: 'loading', reason: null };
  if (!admin) return { state: 'not-organisation', reason: null };
  const approval = organisation.data?.approval;
  if (!approval) return { state: 'loading', reason: null };
  return { state: approval.status, reason: approval.revokedReason };
}

/**
 * Explains the wait (or the revoke) where an organisation admin would otherwise find buttons
 * that cannot work. Renders nothing once approved, or for other roles.
 */
export function ApprovalNotice({ what }: { readonly what?: string }) {
  const { state, reason } = useOrganisationApproval();
  if (state === 'pending')
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconHourglass size={20} aria-hidden="true" />}
        title="Your organisation is waiting for approval by a site administrator"
        role="status"
      >
        <Text fz="sm">
          Every new organisation is checked by a site administrator before its admins can
          {what ? ` ${what}` : ' import program data, run mentorship programs or verify mentors'}.
          The site administrators were emailed when you signed up. You will be able to do this here
          as soon as it is approved; nothing else is needed from you. Reading the catalogue and the
          rest of MatchReady works meanwhile.
        </Text>
      </Alert>
    );
  if (state === 'revoked')
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconBan size={20} aria-hidden="true" />}
        title="A site administrator revoked your organisation's approval"
        role="status"
      >
        <Text fz="sm">
          {reason ? `Their reason: “${reason}”. ` : ''}Your organisation's data stays readable, but
          imports, mentorship program changes and mentor verification are paused until a site
          administrator approves it again.
        </Text>
      </Alert>
    );
  return null;
}

/** True while the organisation is pending or revoked: its changes would only answer 403. */
export function useChangesLocked(): boolean {
  const { state } = useOrganisationApproval();
  return state === 'pending' || state === 'revoked';
}

/**
 * Every control inside is disabled (one native disabled fieldset) while the organisation is
 * pending or revoked, so a read-only program shows no button that would only answer "forbidden".
 * Links (downloads, reports) stay usable. The server refuses the changes either way. Not for
 * content with a scrollable table: the fieldset also takes the table's keyboard access away
 * (axe, scrollable-region-focusable); such a component disables its controls with
 * useChangesLocked instead.
 */
export function LockedUntilApproved({ children }: { readonly children: ReactNode }) {
  const locked = useChangesLocked();
  return (
    <fieldset disabled={locked} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      {children}
    </fieldset>
  );
}
