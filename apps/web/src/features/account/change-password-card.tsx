import { Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { changePasswordRequestSchema, PASSWORD_MIN_LENGTH } from '@matchready/contract';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { splitServerErrors } from '../../lib/server-errors.ts';
import { zodFormValidate } from '../../lib/zod-form.ts';
import { useChangePassword } from './account-api.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const schemaValidate = zodFormValidate<Values>(changePasswordRequestSchema);

export function ChangePasswordCard() {
  const change = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: (values) => ({
      ...schemaValidate(values),
      ...(values.confirmPassword !== values.newPassword
        ? { confirmPassword: 'The two new passwords do not match' }
        : {}),
    }),
  });

  const submit = form.onSubmit(({ currentPassword, newPassword }) => {
    setFormError(null);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.reset();
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden="true" />,
            title: 'Password changed',
            message: 'Other devices have been signed out.',
          });
        },
        onError: (error) => {
          const split = splitServerErrors(error, ['currentPassword', 'newPassword']);
          form.setErrors(split.fieldErrors);
          setFormError(split.formError);
        },
      },
    );
  });

  return (
    <Card component="section" aria-labelledby="change-password-title">
      <Title order={2} fz="lg" id="change-password-title">
        Change password
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Changing it signs you out everywhere else.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          <FormAlert title="Password not changed" message={formError} />
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label="New password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label="Repeat new password"
            autoComplete="new-password"
            required
            {...form.getInputProps('confirmPassword')}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
