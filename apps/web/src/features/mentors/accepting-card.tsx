import { Button, Card, Group, Stack, Switch, Text } from '@mantine/core';
import type { MentorCard } from '@matchready/contract';
import { useState } from 'react';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { useSetAccepting } from './mentorship-api.ts';

/** Accepting requests or paused; pausing politely declines what is waiting, so it asks first. */
export function AcceptingCard({ profile }: { readonly profile: MentorCard }) {
  const setAccepting = useSetAccepting();
  const [confirming, setConfirming] = useState(false);
  const [declined, setDeclined] = useState<number | null>(null);
  const change = (accepting: boolean) =>
    setAccepting.mutate(accepting, {
      onSuccess: (result) => {
        setConfirming(false);
        setDeclined(accepting ? null : result.declinedRequests);
      },
    });
  return (
    <Card withBorder p="md">
      <Stack gap="xs">
        <Switch
          label={
            profile.acceptingRequests
              ? 'Accepting new requests'
              : 'Paused: not accepting new requests'
          }
          checked={profile.acceptingRequests}
          onChange={(e) => (e.currentTarget.checked ? change(true) : setConfirming(true))}
          disabled={setAccepting.isPending}
        />
        <Text fz="sm" c="dimmed">
          {profile.activeMentees} of {profile.capacity} places taken. While paused or full you are
          shown to mentees with the reason, never recommended.
        </Text>
        {declined !== null && (
          <Text fz="sm" role="status">
            Paused. {declined === 1 ? '1 open request was' : `${declined} open requests were`}{' '}
            declined with a polite note.
          </Text>
        )}
        <FormAlert
          title="Not changed"
          message={setAccepting.isError ? errorMessage(setAccepting.error) : null}
        />
      </Stack>
      <AppModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Pause new requests?"
      >
        <Stack>
          <Text fz="sm">
            Requests waiting for your answer are declined with a polite note, so nobody waits on
            you. Your current mentees are not affected.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Keep accepting
            </Button>
            <Button color="red" loading={setAccepting.isPending} onClick={() => change(false)}>
              Pause
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Card>
  );
}
