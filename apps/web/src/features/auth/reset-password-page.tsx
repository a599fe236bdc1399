import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PASSWORD_MIN_LENGTH, passwordSchema } from '@matchready/contract';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useConfirmPasswordReset } from './password-reset-api.ts';

export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (value) => {
        const parsed = passwordSchema.safeParse(value);
        return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Invalid password');
      },
      repeat: (value, values) => (value === values.password ? null : 'The passwords do not match'),
    },
  });

  if (token === '') {
    return (
      <Stack gap="md">
        <Title order={1} fz={26}>
          Reset link incomplete
        </Title>
        <Text>
          This page needs the link from the reset email.{' '}
          <Anchor component={Link} to="/forgot-password">
            Ask for a new link
          </Anchor>
          .
        </Text>
      </Stack>
    );
  }

  if (done) {
    return (
      <Stack gap="md">
        <Alert color="teal" icon={<IconCheck size={20} aria-hidden="true" />} role="status">
          Your password is changed and every device was signed out.
        </Alert>
        <Button component={Link} to="/sign-in" size="md">
          Sign in
        </Button>
      </Stack>
    );
  }

  const submit = form.onSubmit(({ password }) =>
    confirm.mutate({ token, password }, { onSuccess: () => setDone(true) }),
  );

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz={26}>
          Choose a new password
        </Title>
        <Text c="dimmed" mt={4}>
          At least {PASSWORD_MIN_LENGTH} characters. Setting it signs you out everywhere.
        </Text>
      </div>
      <FormAlert
        title="Could not reset the password"
        message={confirm.isError ? errorMessage(confirm.error) : null}
      />
      {confirm.isError && (
        <Anchor component={Link} to="/forgot-password" fz="sm">
          Ask for a new link
        </Anchor>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label="Repeat the new password"
            autoComplete="new-password"
            required
            {...form.getInputProps('repeat')}
          />
          <Button type="submit" loading={confirm.isPending} fullWidth size="md">
            Set new password
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

export { ResetPasswordPage as Component };
