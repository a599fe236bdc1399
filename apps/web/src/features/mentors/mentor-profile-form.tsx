import {
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  type MentorCard,
  type MentorProfileInput,
  mentorProfileInputSchema,
} from '@matchready/contract';
import { MENTOR_ROLES, MENTOR_TYPES, US_STATE_CODES } from '@matchready/core/vocabulary';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { splitServerErrors } from '../../lib/server-errors.ts';
import { zodFormValidate } from '../../lib/zod-form.ts';
import { stateOptions } from '../profile/profile-options.ts';
import { AvailabilityEditor } from './availability-editor.tsx';
import { useSaveMentorProfile } from './mentorship-api.ts';
import { MENTOR_ROLE_LABELS, MENTOR_TYPE_LABELS } from './mentorship-labels.ts';
import { browserTimeZone, TimeZoneSelect } from './time-zone-select.tsx';

interface Values extends Omit<MentorProfileInput, 'imgCountry'> {
  readonly isImg: boolean;
  readonly imgCountry: string;
}

const toValues = (p: MentorCard | null): Values =>
  p === null
    ? {
        specialties: [],
        institution: '',
        state: '',
        role: 'attending',
        mentorTypes: [],
        isImg: false,
        imgCountry: '',
        languages: ['English'],
        timeZone: browserTimeZone(),
        capacity: 3,
        acceptingRequests: true,
        helpsWith: '',
        availability: [],
      }
    : {
        specialties: p.specialties,
        institution: p.institution,
        state: p.state,
        role: p.role,
        mentorTypes: p.mentorTypes,
        isImg: p.imgCountry !== null,
        imgCountry: p.imgCountry ?? '',
        languages: p.languages,
        timeZone: p.timeZone,
        capacity: p.capacity,
        acceptingRequests: p.acceptingRequests,
        helpsWith: p.helpsWith,
        availability: p.availability,
      };

const toInput = ({ isImg, imgCountry, ...rest }: Values): MentorProfileInput => ({
  ...rest,
  imgCountry: isImg ? imgCountry : null,
});

/** The mentor's directory profile: who they are, what they offer, how many mentees at once. */
export function MentorProfileForm({ profile }: { readonly profile: MentorCard | null }) {
  const save = useSaveMentorProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: toValues(profile),
    validate: zodFormValidate(mentorProfileInputSchema, toInput),
  });
  const submit = form.onSubmit(
    (values) => {
      setFormError(null);
      // Pausing has its own switch (it declines open requests): keep what is saved.
      const acceptingRequests = profile?.acceptingRequests ?? values.acceptingRequests;
      save.mutate(
        { ...toInput(values), acceptingRequests },
        {
          onSuccess: ({ profile: saved }) => {
            if (saved !== null) form.setInitialValues(toValues(saved));
            form.resetDirty();
            notifications.show({
              color: 'teal',
              title: 'Profile saved',
              message: 'Mentees see it in the directory.',
            });
          },
          onError: (error) => {
            const split = splitServerErrors(error, Object.keys(values));
            form.setErrors(split.fieldErrors);
            setFormError(split.formError);
          },
        },
      );
    },
    () => setFormError('Some answers need attention. Check the highlighted fields.'),
  );
  const err = (path: string) =>
    typeof form.errors[path] === 'string' ? (form.errors[path] as string) : undefined;

  return (
    <Card withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="My mentor profile">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            My mentor profile
          </Title>
          <FormAlert title="Profile not saved" message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TagsInput
              label="Specialties"
              description="Press Enter after each"
              {...form.getInputProps('specialties')}
            />
            <Select
              label="Role"
              data={MENTOR_ROLES.map((r) => ({ value: r, label: MENTOR_ROLE_LABELS[r] }))}
              allowDeselect={false}
              {...form.getInputProps('role')}
            />
            <TextInput label="Institution" {...form.getInputProps('institution')} />
            <Select
              label="State"
              data={stateOptions(US_STATE_CODES)}
              searchable
              {...form.getInputProps('state')}
            />
            <MultiSelect
              label="Mentoring I offer"
              data={MENTOR_TYPES.map((t) => ({ value: t, label: MENTOR_TYPE_LABELS[t] }))}
              {...form.getInputProps('mentorTypes')}
            />
            <TagsInput
              label="Languages"
              description="Press Enter after each"
              {...form.getInputProps('languages')}
            />
            <TimeZoneSelect
              label="My time zone"
              value={form.values.timeZone}
              onChange={(zone) => form.setFieldValue('timeZone', zone)}
              error={err('timeZone')}
            />
            <NumberInput
              label="Most mentees at once"
              min={1}
              max={20}
              allowDecimal={false}
              {...form.getInputProps('capacity')}
            />
          </SimpleGrid>
          <Switch
            label="I trained outside the US and Canada (IMG)"
            {...form.getInputProps('isImg', { type: 'checkbox' })}
          />
          {form.values.isImg && (
            <TextInput label="Country of medical training" {...form.getInputProps('imgCountry')} />
          )}
          <Textarea
            label="What I can help with"
            autosize
            minRows={2}
            maxLength={1000}
            {...form.getInputProps('helpsWith')}
          />
          <AvailabilityEditor
            value={form.values.availability}
            onChange={(windows) => form.setFieldValue('availability', windows)}
            error={err('availability')}
          />
          {profile === null && (
            <Switch
              label="Accept requests as soon as the profile is saved"
              {...form.getInputProps('acceptingRequests', { type: 'checkbox' })}
            />
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save profile
            </Button>
            <Text fz="xs" c="dimmed">
              The directory shows your name, this profile, your free places and how fast you usually
              answer.
            </Text>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
