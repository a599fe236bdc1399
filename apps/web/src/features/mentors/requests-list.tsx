import { Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import type { MentorshipRequestView } from '@matchready/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/api.ts';
import { formatDateTime } from './format.ts';
import { requestsQuery, useRespondToRequest, useWithdrawRequest } from './mentorship-api.ts';
import { REQUEST_STATUS_COLORS, REQUEST_STATUS_LABELS } from './mentorship-labels.ts';

type Side = 'mentee' | 'mentor';

function RespondDialog({
  request,
  accept,
  onClose,
}: {
  request: MentorshipRequestView;
  accept: boolean;
  onClose: () => void;
}) {
  const [note, setNote] = useState('');
  const respond = useRespondToRequest();
  const verb = accept ? 'Accept' : 'Decline';
  return (
    <AppModal opened onClose={onClose} title={`${verb} ${request.mentee.displayName}'s request?`}>
      <Stack>
        <Text fz="sm">
          {accept
            ? 'They become your mentee and take one of your places. You can agree a cadence and a first meeting next.'
            : 'They are told politely, with your note if you add one, and can ask someone else.'}
        </Text>
        <Textarea
          label="Note to the mentee (optional)"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
        <FormAlert
          title="Not saved"
          message={respond.isError ? errorMessage(respond.error) : null}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color={accept ? 'brand' : 'red'}
            loading={respond.isPending}
            onClick={() => respond.mutate({ id: request.id, accept, note }, { onSuccess: onClose })}
          >
            {verb} request
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

function RequestCard({ request, side }: { request: MentorshipRequestView; side: Side }) {
  const [responding, setResponding] = useState<null | boolean>(null);
  const withdraw = useWithdrawRequest();
  const other = side === 'mentee' ? request.mentor : request.mentee;
  const open = request.status === 'pending';
  return (
    <Card component="li" withBorder p="md" style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} className="text-break">
            {side === 'mentee' ? `To ${other.displayName}` : `From ${other.displayName}`}
            {other.isDemo && ' (demo)'}
          </Text>
          <Badge color={REQUEST_STATUS_COLORS[request.status]} variant="light">
            {REQUEST_STATUS_LABELS[request.status]}
          </Badge>
        </Group>
        <Text fz="xs" c="dimmed">
          Sent {formatDateTime(request.createdAt)}
          {open && ` · expires ${formatDateTime(request.expiresAt)}`}
        </Text>
        <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} className="text-break">
          {request.message}
        </Text>
        {request.note !== null && (
          <Text fz="sm" className="text-break">
            <strong>{side === 'mentee' ? 'Their note' : 'Your note'}:</strong> {request.note}
          </Text>
        )}
        <Group gap="sm">
          {side === 'mentor' && open && (
            <>
              <Button size="sm" onClick={() => setResponding(true)}>
                Accept…
              </Button>
              <Button size="sm" variant="default" onClick={() => setResponding(false)}>
                Decline…
              </Button>
            </>
          )}
          {side === 'mentee' && open && (
            <Button
              size="sm"
              variant="default"
              loading={withdraw.isPending}
              onClick={() => withdraw.mutate(request.id)}
            >
              Withdraw
            </Button>
          )}
          {request.relationshipId !== null && (
            <Button
              size="sm"
              variant="light"
              component={Link}
              to={`/mentors/relationships/${request.relationshipId}`}
            >
              Open the tracker
            </Button>
          )}
        </Group>
        {withdraw.isError && (
          <FormAlert title="Not withdrawn" message={errorMessage(withdraw.error)} />
        )}
      </Stack>
      {responding !== null && (
        <RespondDialog request={request} accept={responding} onClose={() => setResponding(null)} />
      )}
    </Card>
  );
}

/** Requests I sent (mentee) or received (mentor), newest first; open ones can be answered. */
export function RequestsList({ side }: { readonly side: Side }) {
  const query = useQuery(requestsQuery);
  if (query.isPending) return <CardsSkeleton cards={2} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const { requests, allowance } = query.data;
  return (
    <Stack gap="md">
      {allowance !== null && (
        <Text fz="sm">
          {allowance.open} of {allowance.limit} open requests used. A request expires after 14 days
          without an answer.
        </Text>
      )}
      {requests.length === 0 ? (
        <Text c="dimmed">
          {side === 'mentor'
            ? 'No requests yet. Mentees find you in the directory while you accept requests.'
            : 'You have not asked anyone yet. Find a mentor in the directory.'}
        </Text>
      ) : (
        <Stack component="ul" p={0} m={0} gap="md" aria-label="Requests">
          {requests.map((request) => (
            <RequestCard key={request.id} request={request} side={side} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
