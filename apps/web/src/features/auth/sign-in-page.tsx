import { Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { signInRequestSchema } from '@matchready/contract';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { splitServerErrors } from '../../lib/server-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { zodFormValidate } from '../../lib/zod-form.ts';
import { safeNext, useSignIn } from './auth-api.ts';

interface SignInValues {
  email: string;
  password: string;
}

export function SignInPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInValues>({
    initialValues: { email: '', password: '' },
    validate: zodFormValidate(signInRequestSchema),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    signIn.mutate(signInRequestSchema.parse(values), {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => {
        const split = splitServerErrors(error, ['email', 'password']);
        form.setErrors(split.fieldErrors);
        setFormError(split.formError);
      },
    });
  });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz={26}>
          Sign in
        </Title>
        <Text c="dimmed" mt={4}>
          Welcome back. Pick up where you left off.
        </Text>
      </div>
      <FormAlert title="Could not sign you in" message={formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          {/* The address typed so far goes along (in history state, not the URL). */}
          <Anchor
            component={Link}
            to="/forgot-password"
            state={{ email: form.values.email }}
            fz="sm"
            ta="right"
          >
            Forgot password?
          </Anchor>
          <Button type="submit" loading={signIn.isPending} fullWidth size="md">
            Sign in
          </Button>
        </Stack>
      </form>
      <Text fz="sm">
        New to MatchReady?{' '}
        <Anchor
          component={Link}
          to={next === '/' ? '/sign-up' : `/sign-up?next=${encodeURIComponent(next)}`}
        >
          Create an account
        </Anchor>
      </Text>
    </Stack>
  );
}

export { SignInPage as Component };
