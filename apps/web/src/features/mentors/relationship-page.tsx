import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import type { RelationshipDetail } from '@matchready/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { meQuery } from '../auth/auth-api.ts';
import { ActionItemsSection } from './action-items-section.tsx';
import { formatDateTime } from './format.ts';
import { MeetingsSection } from './meetings-section.tsx';
import {
  relationshipQuery,
  useEndRelationship,
  useUpdateMeeting,
  useUpdateRelationship,
} from './mentorship-api.ts';
import {
  MEETING_STATUS_COLORS,
  MEETING_STATUS_LABELS,
  NO_PAYMENTS_NOTE,
} from './mentorship-labels.ts';
import { ProfileSharesSection } from './profile-shares-section.tsx';
import { ProgressSection } from './progress-section.tsx';
import { SharesSection } from './shares-section.tsx';

function EndDialog({ id, other, onClose }: { id: string; other: string; onClose: () => void }) {
  const [note, setNote] = useState('');
  const end = useEndRelationship();
  return (
    <AppModal opened onClose={onClose} title={`End mentoring with ${other}?`}>
      <Stack>
        <Text fz="sm">
          The tracker stays readable, but no new meetings or items can be added, and the place is
          freed. A short, kind note helps both of you close well.
        </Text>
        <Textarea
          label="Exit note"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={3}
        />
        <FormAlert title="Not ended" message={end.isError ? errorMessage(end.error) : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep going
          </Button>
          <Button
            color="red"
            disabled={note.trim() === ''}
            loading={end.isPending}
            onClick={() => end.mutate({ id, exitNote: note.trim() }, { onSuccess: onClose })}
          >
            End the relationship
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

function ThankYouPrompts({ detail, mentor }: { detail: RelationshipDetail; mentor: string }) {
  const update = useUpdateMeeting();
  const prompts = detail.thankYouPrompts.filter((p) => p.kind === 'meeting');
  if (prompts.length === 0) return null;
  return (
    <Alert color="teal" variant="light" title={`Say thank you to ${mentor}`}>
      <Stack gap="xs">
        <Text fz="sm">
          A two-line thank-you after a meeting, saying what you will do with their advice, keeps a
          mentor invested.
        </Text>
        {prompts.map((p) => (
          <Group key={p.id} gap="xs">
            <Text fz="sm">Meeting of {formatDateTime(p.at)}</Text>
            <Button size="xs" onClick={() => update.mutate({ id: p.id, thankYou: 'thanked' })}>
              I thanked them
            </Button>
            <Button
              size="xs"
              variant="subtle"
              onClick={() => update.mutate({ id: p.id, thankYou: 'dismissed' })}
            >
              Dismiss
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}

/** One mentoring pair's tracker, for either side. */
export function RelationshipPage() {
  const { relationshipId = '' } = useParams();
  const query = useQuery(relationshipQuery(relationshipId));
  const me = useQuery(meQuery);
  const updateRel = useUpdateRelationship();
  const [ending, setEnding] = useState(false);
  const detail = query.data;
  const side = me.data?.role === 'mentor' ? 'mentor' : 'mentee';
  const other =
    detail === undefined
      ? ''
      : side === 'mentor'
        ? detail.relationship.mentee.displayName
        : detail.relationship.mentor.displayName;
  usePageTitle(other === '' ? 'Mentoring' : `Mentoring with ${other}`);

  if (query.isPending) return <CardsSkeleton cards={3} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const rel = query.data.relationship;
  const active = rel.status === 'active';
  return (
    <>
      <Anchor
        component={Link}
        to={side === 'mentor' ? '/mentors?tab=mentees' : '/mentors?tab=mentors'}
        fz="sm"
      >
        ← All relationships
      </Anchor>
      <PageHeader
        title={`Mentoring with ${other}`}
        description={`Started ${formatDateTime(rel.startedAt)}.`}
        actions={
          active && (
            <Button variant="default" color="red" onClick={() => setEnding(true)}>
              End relationship…
            </Button>
          )
        }
      />
      <Stack gap="xl">
        {rel.status === 'ended' && (
          <Alert color="gray" title="This relationship has ended">
            {rel.exitNote}
          </Alert>
        )}
        {active && (
          <Card withBorder p="md">
            <Group gap="md" align="flex-end">
              <Badge color={MEETING_STATUS_COLORS[rel.standing.status]} variant="light" size="lg">
                {MEETING_STATUS_LABELS[rel.standing.status]}
                {rel.standing.daysOverdue > 0 && ` by ${rel.standing.daysOverdue} days`}
              </Badge>
              <Select
                label="Meet every"
                data={['4', '5', '6', '7', '8'].map((w) => ({ value: w, label: `${w} weeks` }))}
                value={String(rel.cadenceWeeks)}
                onChange={(v) => {
                  if (v !== null) updateRel.mutate({ id: rel.id, cadenceWeeks: Number(v) });
                }}
                allowDeselect={false}
                w={140}
              />
              <Text fz="sm">
                Next meeting:{' '}
                {rel.nextMeetingAt === null ? 'not planned yet' : formatDateTime(rel.nextMeetingAt)}
              </Text>
            </Group>
            {updateRel.isError && (
              <FormAlert title="Not saved" message={errorMessage(updateRel.error)} />
            )}
          </Card>
        )}
        {side === 'mentee' && <ThankYouPrompts detail={query.data} mentor={other} />}
        <MeetingsSection
          relationshipId={rel.id}
          meetings={query.data.meetings}
          side={side}
          active={active}
          mentor={rel.mentor}
        />
        <ActionItemsSection
          relationshipId={rel.id}
          items={query.data.actionItems}
          goals={query.data.goals}
          names={{ mentee: rel.mentee.displayName, mentor: rel.mentor.displayName }}
          active={active}
        />
        <ProgressSection
          relationshipId={rel.id}
          goals={query.data.goals}
          milestones={query.data.milestones}
          side={side}
          active={active}
        />
        <SharesSection
          relationshipId={rel.id}
          shares={query.data.shares}
          side={side}
          active={active}
        />
        <ProfileSharesSection
          relationshipId={rel.id}
          side={side}
          names={{ mentee: rel.mentee.displayName, mentor: rel.mentor.displayName }}
          active={active}
        />
        <Text fz="sm" c="dimmed">
          {NO_PAYMENTS_NOTE}
        </Text>
      </Stack>
      {ending && <EndDialog id={rel.id} other={other} onClose={() => setEnding(false)} />}
    </>
  );
}

export { RelationshipPage as Component };
