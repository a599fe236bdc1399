import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { AppModal } from '../../components/dialogs.tsx';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { useDeleteInstance } from './match-api.ts';

export function DeleteInstanceButton({
  id,
  name,
  runs,
}: {
  readonly id: string;
  readonly name: string;
  readonly runs: number;
}) {
  const [opened, modal] = useDisclosure(false);
  const remove = useDeleteInstance();
  const navigate = useNavigate();

  const onDelete = () =>
    remove.mutate(id, {
      onSuccess: () => {
        modal.close();
        notifications.show({
          title: 'Instance deleted',
          message: `“${name}” and its runs were deleted.`,
        });
        navigate('/match', { replace: true });
      },
    });

  return (
    <>
      <Button
        variant="default"
        color="red.9"
        leftSection={<IconTrash size={16} aria-hidden="true" />}
        onClick={modal.open}
      >
        Delete
      </Button>
      <AppModal opened={opened} onClose={modal.close} title="Delete this instance?">
        <Stack gap="md">
          <Text fz="sm">
            <strong className="text-break">{name}</strong> will be deleted
            {runs > 0
              ? ` together with its ${runs === 1 ? 'saved run' : `${runs} saved runs`}`
              : ''}
            . This cannot be undone.
          </Text>
          <FormAlert
            title="Not deleted"
            message={remove.isError ? errorMessage(remove.error) : null}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close}>
              Cancel
            </Button>
            <Button color="red.9" onClick={onDelete} loading={remove.isPending}>
              Delete instance
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
