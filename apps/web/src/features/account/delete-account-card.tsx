import { Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { meKey } from '../auth/auth-api.ts';
import { useDeleteAccount } from './account-api.ts';

const CONFIRM_WORD = 'DELETE';

export function DeleteAccountCard() {
  const [opened, modal] = useDisclosure(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const remove = useDeleteAccount();
  const client = useQueryClient();
  const navigate = useNavigate();
  const ready = password !== '' && confirm === CONFIRM_WORD;

  const close = () => {
    modal.close();
    setPassword('');
    setConfirm('');
    remove.reset();
  };

  const onDelete = () => {
    remove.mutate(
      { password },
      {
        onSuccess: () => {
          client.setQueryData(meKey, null);
          client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
          notifications.show({
            title: 'Account deleted',
            message: 'Your account and all its data are gone.',
          });
          navigate('/sign-in', { replace: true });
        },
      },
    );
  };

  return (
    <Card
      component="section"
      aria-labelledby="delete-account-title"
      style={{ borderColor: 'var(--mantine-color-red-3)' }}
    >
      <Title order={2} fz="lg" id="delete-account-title" c="red.9">
        Delete account
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Permanently removes your account, profile, match instances and runs. This cannot be undone.
        Consider downloading your data first.
      </Text>
      <Group>
        <Button color="red.9" variant="outline" onClick={modal.open}>
          Delete my account…
        </Button>
      </Group>
      <AppModal opened={opened} onClose={close} title="Delete your account?">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (ready) onDelete();
          }}
        >
          <Stack gap="sm">
            <Text fz="sm">
              Everything you stored in MatchReady will be deleted immediately. To confirm, enter
              your password and type <strong>{CONFIRM_WORD}</strong>.
            </Text>
            <FormAlert
              title="Account not deleted"
              message={remove.isError ? errorMessage(remove.error) : null}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              required
              data-autofocus
            />
            <TextInput
              label={`Type ${CONFIRM_WORD} to confirm`}
              value={confirm}
              onChange={(event) => setConfirm(event.currentTarget.value)}
              autoComplete="off"
              required
            />
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color="red.9" disabled={!ready} loading={remove.isPending}>
                Delete permanently
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
    </Card>
  );
}
