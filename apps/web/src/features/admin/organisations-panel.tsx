import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AdminOrganisation, ApprovalStatus } from '@matchready/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/api.ts';
import { adminOrganisationsQuery, useSetApproval } from './admin-api.ts';

const STATUS: Record<ApprovalStatus, { label: string; color: string }> = {
  pending: { label: 'Waiting for approval', color: 'orange' },
  approved: { label: 'Approved', color: 'teal' },
  revoked: { label: 'Revoked', color: 'red' },
};

const plural = (n: number, word: string) =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

type Pending = { organisation: AdminOrganisation; approve: boolean } | null;

function OrganisationCard({
  organisation: o,
  onAsk,
}: {
  readonly organisation: AdminOrganisation;
  readonly onAsk: (approve: boolean) => void;
}) {
  const status = STATUS[o.approval.status];
  const titleId = `org-${o.id}`;
  return (
    <Card component="li" withBorder style={{ listStyle: 'none' }} aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Group gap="xs" wrap="wrap">
            <Title order={2} fz="md" id={titleId} className="text-break">
              {o.name}
            </Title>
            <Badge color={status.color} variant="light">
              {status.label}
            </Badge>
          </Group>
          <Text fz="sm" c="dimmed" className="text-break">
            Created {o.createdAt.slice(0, 10)} · admins: {o.adminEmails.join(', ') || '—'}
          </Text>
          <Text fz="sm" c="dimmed">
            {plural(o.members, 'member')} · {plural(o.programs, 'imported program')} ·{' '}
            {plural(o.mentorshipPrograms, 'mentorship program')}
          </Text>
          {o.approval.status === 'revoked' && o.approval.revokedReason && (
            <Text fz="sm">
              Revoked {o.approval.revokedAt?.slice(0, 10)}: “{o.approval.revokedReason}”
            </Text>
          )}
          {o.approval.status === 'approved' && o.approval.approvedAt && (
            <Text fz="sm" c="dimmed">
              Approved {o.approval.approvedAt.slice(0, 10)}
            </Text>
          )}
        </Stack>
        {o.approval.status === 'approved' ? (
          <Button
            variant="default"
            color="red"
            onClick={() => onAsk(false)}
            aria-label={`Revoke ${o.name}`}
          >
            Revoke
          </Button>
        ) : (
          <Button onClick={() => onAsk(true)} aria-label={`Approve ${o.name}`}>
            Approve
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** Site admins approve organisations (waiting ones first) or revoke them with a reason. */
export function OrganisationsPanel() {
  const organisations = useQuery(adminOrganisationsQuery);
  const setApproval = useSetApproval();
  const [asking, setAsking] = useState<Pending>(null);
  const [reason, setReason] = useState('');

  const close = () => {
    setAsking(null);
    setReason('');
    setApproval.reset();
  };
  const confirm = () => {
    if (!asking) return;
    const { organisation, approve } = asking;
    setApproval.mutate(
      {
        id: organisation.id,
        body: approve ? { approved: true } : { approved: false, reason: reason.trim() },
      },
      {
        onSuccess: () => {
          notifications.show({
            title: approve ? 'Organisation approved' : 'Approval revoked',
            message: approve
              ? `${organisation.name}'s admins can now import programs, run mentorship programs and verify mentors.`
              : `${organisation.name}'s admins can no longer change data until you approve it again.`,
          });
          close();
        },
      },
    );
  };

  if (organisations.isPending) return <CardsSkeleton />;
  if (organisations.error) return <QueryError error={organisations.error} />;
  const list = organisations.data.organisations;
  const waiting = list.filter((o) => o.approval.status === 'pending').length;
  return (
    <Stack gap="md">
      <Text fz="sm" c="dimmed">
        Anyone can sign up as an organisation admin; their organisation can import program data, run
        mentorship programs and verify mentors only after you approve it.{' '}
        {waiting > 0 ? `${plural(waiting, 'organisation')} waiting.` : 'None waiting.'}
      </Text>
      {list.length === 0 ? (
        <Text c="dimmed">No organisations yet.</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label="Organisations">
          {list.map((o) => (
            <OrganisationCard
              key={o.id}
              organisation={o}
              onAsk={(approve) => setAsking({ organisation: o, approve })}
            />
          ))}
        </Stack>
      )}
      <AppModal
        opened={asking !== null}
        onClose={close}
        title={asking?.approve ? 'Approve this organisation?' : 'Revoke the approval?'}
      >
        {asking && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              confirm();
            }}
          >
            <Stack gap="md">
              <Text fz="sm">
                {asking.approve
                  ? `${asking.organisation.name} (admins: ${asking.organisation.adminEmails.join(', ') || '—'}) will be able to import programs into the shared catalogue, run mentorship programs and verify its mentors.`
                  : `${asking.organisation.name}'s admins keep reading their data but cannot import, delete, change mentorship programs or verify mentors. They will see your reason.`}
              </Text>
              {!asking.approve && (
                <Textarea
                  label="Reason"
                  description="Shown to the organisation's admins"
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  required
                  maxLength={500}
                  autosize
                  minRows={2}
                  data-autofocus
                />
              )}
              <FormAlert
                title="Not saved"
                message={setApproval.error ? errorMessage(setApproval.error) : null}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                <Button
                  type="submit"
                  color={asking.approve ? undefined : 'red'}
                  loading={setApproval.isPending}
                  disabled={!asking.approve && reason.trim() === ''}
                >
                  {asking.approve ? 'Approve' : 'Revoke'}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </AppModal>
    </Stack>
  );
}
