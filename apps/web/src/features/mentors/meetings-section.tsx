import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { RelationshipDetail } from '@matchready/contract';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { BookCallCard } from './book-call-card.tsx';
import { formatDateTime } from './format.ts';
import { meetingCalendarUrl, useCreateMeeting, useUpdateMeeting } from './mentorship-api.ts';
import { MoveMeetingForm, type MoveOutcome } from './move-meeting-form.tsx';

type Meeting = RelationshipDetail['meetings'][number];

const partner = (side: 'mentee' | 'mentor') => (side === 'mentee' ? 'mentor' : 'mentee');

/** Past the pair's hourly share of meeting mail the change is saved but not emailed (048). */
function NotEmailed({ side, title }: { side: 'mentee' | 'mentor'; title: string }) {
  return (
    <Alert color="yellow" variant="light" role="status" title={title}>
      Your {partner(side)} already got several meeting emails from this mentorship in the last hour,
      so this change was not emailed. It is saved: they see it here and in the calendar download.
      Tell them directly if it is urgent.
    </Alert>
  );
}

function MeetingCard({
  meeting,
  side,
  active,
}: {
  meeting: Meeting;
  side: 'mentee' | 'mentor';
  active: boolean;
}) {
  const update = useUpdateMeeting();
  const [moving, setMoving] = useState(false);
  const [moved, setMoved] = useState<MoveOutcome>('cancelled');
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [shared, setShared] = useState(meeting.sharedNotes);
  const [mine, setMine] = useState(meeting.myPrivateNotes);
  const dirty =
    agenda !== meeting.agenda || shared !== meeting.sharedNotes || mine !== meeting.myPrivateNotes;
  const when = formatDateTime(meeting.scheduledAt);
  return (
    <Card component="li" withBorder p="md" style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600}>
            {when} · {meeting.minutes} min
          </Text>
          {meeting.heldAt !== null ? (
            <Badge color="teal" variant="light">
              Held
            </Badge>
          ) : (
            <Group gap="xs">
              {active && (
                <Button
                  size="xs"
                  variant="default"
                  aria-expanded={moving}
                  onClick={() => {
                    setMoved('cancelled');
                    setMoving((open) => !open);
                  }}
                >
                  Move
                </Button>
              )}
              <Button
                size="xs"
                variant="light"
                loading={update.isPending}
                onClick={() => update.mutate({ id: meeting.id, held: true })}
              >
                Mark as held
              </Button>
            </Group>
          )}
        </Group>
        {moving && meeting.heldAt === null && (
          <MoveMeetingForm
            meeting={meeting}
            onDone={(outcome) => {
              setMoving(false);
              setMoved(outcome);
            }}
          />
        )}
        {moved === 'emailed' && (
          <Alert color="teal" variant="light" role="status" title="Meeting moved">
            Your {partner(side)} was emailed the updated calendar invite.
          </Alert>
        )}
        {moved === 'not-emailed' && <NotEmailed side={side} title="Meeting moved, not emailed" />}
        <Textarea
          label={`Agenda for ${when}`}
          description={
            side === 'mentee'
              ? 'Send it before the meeting, with your updates since the last one.'
              : 'Written by your mentee.'
          }
          readOnly={side !== 'mentee'}
          value={agenda}
          onChange={(e) => setAgenda(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Textarea
          label={`Shared notes for ${when}`}
          description="You both read these."
          value={shared}
          onChange={(e) => setShared(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={8000}
        />
        <Textarea
          label={`My private notes for ${when}`}
          description="Only you see these."
          value={mine}
          onChange={(e) => setMine(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={8000}
        />
        <FormAlert title="Not saved" message={update.isError ? errorMessage(update.error) : null} />
        <Group>
          <Button
            size="sm"
            disabled={!dirty}
            loading={update.isPending}
            onClick={() =>
              update.mutate({
                id: meeting.id,
                ...(side === 'mentee' ? { agenda } : {}),
                sharedNotes: shared,
                privateNotes: mine,
              })
            }
          >
            Save notes
          </Button>
          <Button
            size="sm"
            variant="subtle"
            component="a"
            href={meetingCalendarUrl(meeting.id)}
            download
            aria-label={`Add to calendar (.ics): the meeting of ${when}`}
          >
            Add to calendar (.ics)
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Plan or log a meeting, then keep its agenda and notes. */
export function MeetingsSection({
  relationshipId,
  meetings,
  side,
  active,
  mentor,
}: {
  readonly relationshipId: string;
  readonly meetings: RelationshipDetail['meetings'];
  readonly side: 'mentee' | 'mentor';
  readonly active: boolean;
  /** The pair's mentor: the mentee can book a call in their published times. */
  readonly mentor: RelationshipDetail['relationship']['mentor'];
}) {
  const create = useCreateMeeting();
  const [at, setAt] = useState('');
  const [agenda, setAgenda] = useState('');
  const [notEmailed, setNotEmailed] = useState(false);
  const submit = () => {
    if (at === '') return;
    setNotEmailed(false);
    create.mutate(
      {
        relationshipId,
        scheduledAt: new Date(at).toISOString(),
        ...(agenda.trim() === '' ? {} : { agenda: agenda.trim() }),
      },
      {
        onSuccess: ({ partnerEmailed }) => {
          setAt('');
          setAgenda('');
          setNotEmailed(partnerEmailed === false);
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      <Title order={2} fz="lg">
        Meetings
      </Title>
      {active && side === 'mentee' && (
        <BookCallCard relationshipId={relationshipId} mentor={mentor} />
      )}
      {active && (
        <Card withBorder p="md">
          <Stack gap="xs">
            <TextInput
              label="Meeting date and time"
              description="Your local time. A past time logs a meeting that happened."
              type="datetime-local"
              value={at}
              onChange={(e) => setAt(e.currentTarget.value)}
            />
            <Textarea
              label="Agenda"
              placeholder="Updates since we last spoke; what I would like to ask"
              value={agenda}
              onChange={(e) => setAgenda(e.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
            />
            <FormAlert
              title="Not saved"
              message={create.isError ? errorMessage(create.error) : null}
            />
            {notEmailed && <NotEmailed side={side} title="Meeting added, not emailed" />}
            <Group>
              <Button size="sm" disabled={at === ''} loading={create.isPending} onClick={submit}>
                Add meeting
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {meetings.length === 0 ? (
        <Text c="dimmed" fz="sm">
          No meetings yet. Agree on a first one soon after starting.
        </Text>
      ) : (
        <Stack component="ul" p={0} m={0} gap="sm" aria-label="Meetings">
          {meetings.map((m) => (
            <MeetingCard
              key={`${m.id}:${m.agenda}:${m.sharedNotes}`}
              meeting={m}
              side={side}
              active={active}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
