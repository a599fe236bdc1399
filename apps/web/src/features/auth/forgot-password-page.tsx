import { Alert, Anchor, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { passwordResetRequestSchema } from '@matchready/contract';
import { IconMailCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { splitServerErrors } from '../../lib/server-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { zodFormValidate } from '../../lib/zod-form.ts';
import { MailText } from './mail-text.tsx';
import { demoOutboxQuery, useRequestPasswordReset } from './password-reset-api.ts';

/**
 * Demo mode without a mail server: the newest reset mail is shown here, as the outbox holds it
 * (other mail to the address, such as a daily reminder that arrives meanwhile, is not).
 */
function DemoOutbox({ email }: { readonly email: string }) {
  const { data } = useQuery(demoOutboxQuery(email));
  if (!data?.enabled) return null;
  const latest = data.messages.find((message) => message.kind === 'password-reset');
  return (
    <Card component="section" aria-labelledby="demo-outbox-title" withBorder>
      <Title order={2} fz="md" id="demo-outbox-title">
        Demo outbox
      </Title>
      <Text fz="sm" c="dimmed" mb="sm">
        This server runs in demo mode without a mail server, so its mail is shown here instead of
        being sent.
      </Text>
      {latest ? (
        <Stack gap={4}>
          <Text fw={600}>{latest.subject}</Text>
          <MailText text={latest.text} />
        </Stack>
      ) : (
        <Text fz="sm">No reset mail for this address yet.</Text>
      )}
    </Card>
  );
}

export function ForgotPasswordPage() {
  usePageTitle('Forgot password');
  // The sign-in page passes the address typed there; history state is anyone's, so it is checked.
  const carried = passwordResetRequestSchema.safeParse(useLocation().state);
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: carried.success ? carried.data.email : '' },
    validate: zodFormValidate(passwordResetRequestSchema),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const { email } = passwordResetRequestSchema.parse(values);
    request.mutate(email, {
      onSuccess: () => setSentTo(email),
      onError: (error) => {
        const split = splitServerErrors(error, ['email']);
        form.setErrors(split.fieldErrors);
        setFormError(split.formError);
      },
    });
  });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz={26}>
          Forgot your password?
        </Title>
        <Text c="dimmed" mt={4}>
          Enter your account's email. We will send a link to choose a new password; it works once,
          for one hour.
        </Text>
      </div>
      <FormAlert title="Could not send the link" message={formError} />
      {sentTo ? (
        <Alert color="teal" icon={<IconMailCheck size={20} aria-hidden="true" />} role="status">
          If an account uses {sentTo}, a reset link is on its way. Check your inbox.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={request.isPending} fullWidth size="md">
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
      {sentTo && <DemoOutbox email={sentTo} />}
      <Text fz="sm">
        Remembered it?{' '}
        <Anchor component={Link} to="/sign-in">
          Sign in
        </Anchor>
      </Text>
    </Stack>
  );
}

export { ForgotPasswordPage as Component };
