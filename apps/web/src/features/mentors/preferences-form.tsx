import {
  Button,
  Card,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type MenteePreferencesInput,
  type MenteePreferencesResponse,
  menteePreferencesInputSchema,
} from '@matchready/contract';
import { MENTOR_TYPES } from '@matchready/core/vocabulary';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { splitServerErrors } from '../../lib/server-errors.ts';
import { zodFormValidate } from '../../lib/zod-form.ts';
import { useSavePreferences } from './mentorship-api.ts';
import { MENTOR_TYPE_LABELS } from './mentorship-labels.ts';
import { browserTimeZone, TimeZoneSelect } from './time-zone-select.tsx';

type Values = MenteePreferencesInput;

const initial = (saved: MenteePreferencesResponse['preferences']): Values =>
  saved === null
    ? {
        specialties: [],
        mentorTypes: [],
        country: '',
        languages: ['English'],
        timeZone: browserTimeZone(),
        wantsImgMentor: false,
        challenges: [],
      }
    : {
        specialties: saved.specialties,
        mentorTypes: saved.mentorTypes,
        country: saved.country,
        languages: saved.languages,
        timeZone: saved.timeZone,
        wantsImgMentor: saved.wantsImgMentor,
        challenges: saved.challenges,
      };

/** What the mentee wants from a mentor; the directory ranks mentors against it. */
export function PreferencesForm({
  saved,
  onSaved,
}: {
  readonly saved: MenteePreferencesResponse['preferences'];
  readonly onSaved?: () => void;
}) {
  const save = useSavePreferences();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: initial(saved),
    validate: zodFormValidate(menteePreferencesInputSchema),
  });

  const submit = form.onSubmit(
    (values) => {
      setFormError(null);
      save.mutate(values, {
        onSuccess: () => {
          form.resetDirty();
          onSaved?.();
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
    <Card withBorder p="md">
      <form onSubmit={submit} noValidate aria-label="What I am looking for in a mentor">
        <Stack gap="sm">
          <Title order={2} fz="lg">
            What I am looking for
          </Title>
          <Text fz="sm" c="dimmed">
            Mentors see none of this. It only ranks the directory for you.
          </Text>
          <FormAlert title="Preferences not saved" message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TagsInput
              label="Specialties"
              description="Press Enter after each"
              {...form.getInputProps('specialties')}
            />
            <MultiSelect
              label="Kinds of mentoring I want"
              data={MENTOR_TYPES.map((t) => ({ value: t, label: MENTOR_TYPE_LABELS[t] }))}
              {...form.getInputProps('mentorTypes')}
            />
            <TextInput label="Country of training" {...form.getInputProps('country')} />
            <TagsInput
              label="Languages"
              description="Press Enter after each"
              {...form.getInputProps('languages')}
            />
            <TimeZoneSelect
              label="My time zone"
              value={form.values.timeZone}
              onChange={(zone) => form.setFieldValue('timeZone', zone)}
              error={typeof form.errors.timeZone === 'string' ? form.errors.timeZone : undefined}
            />
            <TagsInput
              label="Challenges"
              description="e.g. no US letters yet"
              {...form.getInputProps('challenges')}
            />
          </SimpleGrid>
          <Switch
            label="I would prefer a mentor who is an IMG too"
            {...form.getInputProps('wantsImgMentor', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              Save preferences
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
