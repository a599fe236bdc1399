import { Badge, Button, Card, Group, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type ApplicantProfile, applicantProfileInputSchema } from '@matchready/contract';
import { IconCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PrivateNote } from '../../components/private-note.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { splitServerErrors } from '../../lib/server-errors.ts';
import { UnsavedChangesGuard } from '../../lib/unsaved-changes.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { zodFormValidate } from '../../lib/zod-form.ts';
import { meQuery } from '../auth/auth-api.ts';
import { profileQuery, useSaveProfile } from './profile-api.ts';
import { type ProfileFormValues, toFormValues, toProfileInput } from './profile-form.ts';
import { ProfileSections } from './profile-sections.tsx';

const formatDate = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function ProfileForm({ profile }: { readonly profile: ApplicantProfile | null }) {
  const save = useSaveProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProfileFormValues>({
    initialValues: toFormValues(profile),
    validate: zodFormValidate(applicantProfileInputSchema, toProfileInput),
    validateInputOnBlur: true,
  });
  const dirty = form.isDirty();

  const submit = form.onSubmit(
    (values) => {
      setFormError(null);
      save.mutate(toProfileInput(values), {
        onSuccess: ({ profile: saved }) => {
          const next = toFormValues(saved);
          form.setInitialValues(next);
          form.setValues(next);
          form.resetDirty(next);
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden="true" />,
            title: 'Profile saved',
            message: 'Your profile is up to date. Only you can see it.',
          });
        },
        onError: (error) => {
          const split = splitServerErrors(error, Object.keys(values));
          form.setErrors(split.fieldErrors);
          setFormError(split.formError);
        },
      });
    },
    () => setFormError('Some answers need attention. Check the highlighted fields.'),
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Applicant profile">
      <UnsavedChangesGuard when={dirty && !save.isPending} />
      <Stack gap="lg">
        <FormAlert title="Profile not saved" message={formError} />
        <ProfileSections form={form} />
        <Paper withBorder shadow="sm" p="md" pos="sticky" bottom={12} style={{ zIndex: 5 }}>
          <Group justify="space-between" gap="sm">
            <Text fz="sm" c="dimmed" aria-live="polite">
              {dirty
                ? 'You have unsaved changes.'
                : profile
                  ? `Saved ${formatDate(profile.updatedAt)}.`
                  : 'Nothing saved yet. Every question is optional.'}
            </Text>
            <Button type="submit" loading={save.isPending} disabled={save.isPending}>
              Save profile
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}

export function ProfilePage() {
  usePageTitle('Profile');
  const [params] = useSearchParams();
  const { data: user } = useQuery(meQuery);
  const profile = useQuery({ ...profileQuery, enabled: user?.role === 'applicant' });

  if (user && user.role !== 'applicant') {
    return (
      <>
        <PageHeader title="Profile" />
        <Card maw={640}>
          <Text>
            Applicant profiles are for applicants. Your account details are on the Account page.
          </Text>
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Your applicant profile"
        description="Where you stand today. MatchReady uses it to tailor programs, your timeline and next steps."
        eyebrow={
          profile.data?.profile?.isDemo ? (
            <Badge color="grape" variant="light" w="fit-content">
              Demo data
            </Badge>
          ) : undefined
        }
      />
      <Stack gap="lg">
        {params.get('welcome') === '1' && (
          <Text fw={500}>
            Welcome to MatchReady! Start by telling us where you stand. You can skip anything.
          </Text>
        )}
        <PrivateNote />
        {profile.isPending ? (
          <CardsSkeleton cards={3} />
        ) : profile.isError ? (
          <QueryError
            error={profile.error}
            onRetry={() => profile.refetch()}
            title="Could not load your profile"
          />
        ) : (
          <ProfileForm profile={profile.data.profile} />
        )}
      </Stack>
    </>
  );
}

export { ProfilePage as Component };
