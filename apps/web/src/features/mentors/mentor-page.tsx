import { Alert, Anchor, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { DEFAULT_COMPATIBILITY_WEIGHTS } from '@matchready/core/mentorship';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { meQuery } from '../auth/auth-api.ts';
import { FactorBars } from './factor-bars.tsx';
import { MentorSummary } from './mentor-summary.tsx';
import {
  mentorQuery,
  useBlockMentor,
  useJoinWaitlist,
  useReportMentor,
  useSendRequest,
} from './mentorship-api.ts';
import { INELIGIBILITY_LABELS } from './mentorship-labels.ts';
import { OutreachComposer } from './outreach-composer.tsx';

// The mentor endpoint does not say the scale; the server ranks with the default weights.
const MAX_SCORE = Object.values(DEFAULT_COMPATIBILITY_WEIGHTS).reduce((sum, w) => sum + w, 0);

function ReportDialog({ mentorId, onClose }: { mentorId: string; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const report = useReportMentor();
  return (
    <AppModal opened onClose={onClose} title="Report this mentor">
      <Stack>
        {report.isSuccess ? (
          <Text role="status">Thank you. The site admins will look at your report.</Text>
        ) : (
          <>
            <Textarea
              label="What happened"
              description="For example: asked for money, rude, never answers. Site admins read this."
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={2000}
              autosize
              minRows={3}
            />
            <FormAlert
              title="Not sent"
              message={report.isError ? errorMessage(report.error) : null}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button
                color="red"
                disabled={reason.trim() === ''}
                loading={report.isPending}
                onClick={() => report.mutate({ id: mentorId, reason: reason.trim() })}
              >
                Send report
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </AppModal>
  );
}

/** One mentor: their profile, how they fit me, and the first message (or the waitlist). */
export function MentorPage() {
  const { mentorId = '' } = useParams();
  const query = useQuery(mentorQuery(mentorId));
  const me = useQuery(meQuery);
  const send = useSendRequest();
  const join = useJoinWaitlist();
  const block = useBlockMentor();
  const [reporting, setReporting] = useState(false);
  usePageTitle(query.data?.entry.mentor.displayName ?? 'Mentor');
  const now = new Date();

  if (query.isPending) return <CardsSkeleton cards={2} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const { mentor, match, blocked } = query.data.entry;
  const isMentee = me.data?.role === 'applicant';
  const full = mentor.freePlaces === 0;
  // Without my preferences there is no ranking (match is null): the card still says full/paused.
  const reasons = match?.reasons ?? [
    ...(mentor.acceptingRequests
      ? []
      : [{ code: 'paused' as const, message: 'This mentor is not taking new requests for now.' }]),
    ...(full
      ? [{ code: 'full' as const, message: 'Every place this mentor offers is taken.' }]
      : []),
  ];
  const canWrite = isMentee && !blocked && reasons.length === 0;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/mentors" fz="sm">
        ← All mentors
      </Anchor>
      <Card withBorder p="md">
        <Stack gap="sm">
          <MentorSummary mentor={mentor} now={now} headingOrder={1} />
          {mentor.isDemo && (
            <Text fz="sm" c="grape.9">
              {query.data.demoNotice}
            </Text>
          )}
          {match?.eligible && (
            <FactorBars factors={match.factors} score={match.score} maxScore={MAX_SCORE} />
          )}
        </Stack>
      </Card>
      {reasons.length > 0 && (
        <Alert color="orange" variant="light" title="Not taking your request right now">
          {reasons.map((reason) => (
            <Text key={reason.code} fz="sm">
              <strong>{INELIGIBILITY_LABELS[reason.code]}:</strong> {reason.message}
            </Text>
          ))}
          {isMentee && full && !blocked && (
            <Stack gap={4} mt="sm">
              {join.isSuccess ? (
                <Text fz="sm" role="status">
                  You are number {join.data.entry.position} on the waitlist. We offer you the first
                  place that frees up.
                </Text>
              ) : (
                <Button
                  size="xs"
                  w="fit-content"
                  loading={join.isPending}
                  onClick={() => join.mutate(mentor.id)}
                >
                  Join the waitlist
                </Button>
              )}
              {join.isError && (
                <Text fz="sm" c="red.9">
                  {errorMessage(join.error)}
                </Text>
              )}
            </Stack>
          )}
        </Alert>
      )}
      {canWrite && (
        <Card withBorder p="md">
          {send.isSuccess ? (
            <Stack gap="xs" role="status">
              <Text fw={600}>Request sent to {mentor.displayName}.</Text>
              <Text fz="sm">
                You will see their answer in{' '}
                <Anchor component={Link} to="/mentors?tab=requests">
                  My requests
                </Anchor>
                . A request expires after 14 days without an answer.
              </Text>
            </Stack>
          ) : (
            <OutreachComposer
              mentor={mentor}
              menteeName={me.data?.displayName ?? ''}
              onSend={(message) => send.mutateAsync({ mentorId: mentor.id, message })}
              sending={send.isPending}
              error={send.isError ? errorMessage(send.error) : null}
            />
          )}
        </Card>
      )}
      {isMentee && (
        <Group gap="sm">
          <Button variant="subtle" color="red" size="xs" onClick={() => setReporting(true)}>
            Report this mentor…
          </Button>
          <Button
            variant="subtle"
            color="gray"
            size="xs"
            loading={block.isPending}
            onClick={() => block.mutate({ id: mentor.id, blocked: !blocked })}
          >
            {blocked ? 'Unblock' : 'Block this mentor'}
          </Button>
        </Group>
      )}
      {reporting && <ReportDialog mentorId={mentor.id} onClose={() => setReporting(false)} />}
    </Stack>
  );
}

export { MentorPage as Component };
