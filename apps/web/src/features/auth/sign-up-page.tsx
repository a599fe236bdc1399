import {
  Anchor,
  Button,
  Group,
  PasswordInput,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { PASSWORD_MIN_LENGTH, type SignUpRequest, signUpRequestSchema } from '@matchready/contract';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { splitServerErrors } from '../../lib/server-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { zodFormValidate } from '../../lib/zod-form.ts';
import { safeNext, useSignUp } from './auth-api.ts';
import { roleOptions } from './roles.ts';

interface SignUpValues {
  displayName: string;
  email: string;
  password: string;
  role: SignUpRequest['role'];
  organisationName: string;
}

const toRequest = (values: SignUpValues): SignUpRequest => ({
  displayName: values.displayName,
  email: values.email,
  password: values.password,
  role: values.role,
  ...(values.role === 'organisation-admin' ? { organisationName: values.organisationName } : {}),
});

export function SignUpPage() {
  usePageTitle('Create your account');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const signUp = useSignUp();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignUpValues>({
    initialValues: {
      displayName: '',
      email: '',
      password: '',
      role: 'applicant',
      organisationName: '',
    },
    validate: zodFormValidate(signUpRequestSchema, toRequest),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    signUp.mutate(signUpRequestSchema.parse(toRequest(values)), {
      onSuccess: () =>
        navigate(next === '/' && values.role === 'applicant' ? '/profile?welcome=1' : next, {
          replace: true,
        }),
      onError: (error) => {
        const split = splitServerErrors(error, Object.keys(values));
        form.setErrors(split.fieldErrors);
        setFormError(split.formError);
      },
    });
  });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz={26}>
          Create your account
        </Title>
        <Text c="dimmed" mt={4}>
          Free and open. It takes a minute.
        </Text>
      </div>
      <FormAlert title="Could not create your account" message={formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Radio.Group
            label="I am joining as"
            description="This decides what you see first. Choose the one that fits best."
            required
            {...form.getInputProps('role')}
          >
            <Stack gap="xs" mt="xs">
              {roleOptions.map((option) => (
                <Radio.Card key={option.value} value={option.value} p="sm" radius="md">
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} />
                    <div>
                      <Text fw={600}>{option.label}</Text>
                      <Text fz="sm" c="dimmed">
                        {option.description}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
          {form.values.role === 'organisation-admin' && (
            <TextInput
              label="Organisation name"
              description="You will be its first administrator."
              autoComplete="organization"
              required
              {...form.getInputProps('organisationName')}
            />
          )}
          <TextInput
            label="Your name"
            description="Shown to mentors and organisations you choose to connect with."
            autoComplete="name"
            required
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence works well.`}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={signUp.isPending} fullWidth size="md">
            Create account
          </Button>
        </Stack>
      </form>
      <Text fz="sm">
        Already have an account?{' '}
        <Anchor
          component={Link}
          to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`}
        >
          Sign in
        </Anchor>
      </Text>
    </Stack>
  );
}

export { SignUpPage as Component };
