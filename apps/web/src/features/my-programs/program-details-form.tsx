import {
  Button,
  Card,
  Checkbox,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  type MyProgramsResponse,
  type ProgramDetailsRequest,
  programDetailsRequestSchema,
} from '@matchready/contract';
import { MENTOR_TYPES, type MentorType } from '@matchready/core/vocabulary';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { splitServerErrors } from '../../lib/server-errors.ts';
import { zodFormValidate } from '../../lib/zod-form.ts';
import { MENTOR_TYPE_LABELS } from '../mentors/mentorship-labels.ts';
import { TimeZoneSelect } from '../mentors/time-zone-select.tsx';
import { useUpdateDetails } from './my-programs-api.ts';

type Person = MyProgramsResponse['programs'][number]['person'];

interface Values {
  specialties: string[];
  mentorTypes: MentorType[];
  languages: string[];
  timeZone: string;
  imgCountry: string;
  capacity: number;
  country: string;
  wantsImgMentor: boolean;
  goals: string[];
}

const toValues = (p: Person): Values => ({
  specialties: [...p.specialties],
  mentorTypes: [...p.mentorTypes],
  languages: [...p.languages],
  timeZone: p.timeZone,
  imgCountry: p.imgCountry ?? '',
  capacity: p.capacity ?? 1,
  country: p.country ?? '',
  wantsImgMentor: p.wantsImgMentor ?? false,
  goals: [...(p.goals ?? [])],
});

const toRequest =
  (role: Person['role']) =>
  (v: Values): ProgramDetailsRequest => {
    const shared = {
      specialties: v.specialties,
      mentorTypes: v.mentorTypes,
      languages: v.languages,
      timeZone: v.timeZone,
    };
    return role === 'mentor'
      ? {
          ...shared,
          role,
          imgCountry: v.imgCountry.trim() === '' ? null : v.imgCountry.trim(),
          capacity: v.capacity,
        }
      : { ...shared, role, country: v.country, wantsImgMentor: v.wantsImgMentor, goals: v.goals };
  };

/**
 * What the organisation imported about me, to correct (checked with the contract's schema here
 * and again by the server). The organisation sees that I edited it; the next solve uses it.
 */
export function ProgramDetailsForm({ programId, person }: { programId: string; person: Person }) {
  const save = useUpdateDetails(programId);
  const [formError, setFormError] = useState<string | null>(null);
  const request = toRequest(person.role);
  const form = useForm<Values>({
    initialValues: toValues(person),
    validate: zodFormValidate(programDetailsRequestSchema, request),
  });
  const submit = form.onSubmit(
    (values) => {
      setFormError(null);
      save.mutate(request(values), {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            title: 'Details saved',
            message: 'The organisation sees your correction; the next pairing uses it.',
          }),
        onError: (error) => {
          const split = splitServerErrors(error, Object.keys(values));
          form.setErrors(split.fieldErrors);
          setFormError(split.formError);
        },
      });
    },
    () => setFormError('Some answers need attention. Check the highlighted fields.'),
  );
  const err = (path: string) =>
    typeof form.errors[path] === 'string' ? (form.errors[path] as string) : undefined;
  const title = `program-details-${programId}`;

  return (
    <Card>
      <form onSubmit={submit} noValidate aria-labelledby={title}>
        <Stack gap="sm">
          <Title order={3} fz="lg" id={title}>
            My program details
          </Title>
          <Text fz="sm" c="dimmed">
            {person.name} · {person.email ?? 'no email on file'} ·{' '}
            {person.editedAt
              ? `you corrected these on ${person.editedAt.slice(0, 10)}`
              : 'as the organisation imported them'}
          </Text>
          <FormAlert title="Details not saved" message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TagsInput
              label="Specialties"
              description="Press Enter after each"
              {...form.getInputProps('specialties')}
            />
            <MultiSelect
              label={person.role === 'mentor' ? 'Mentoring I offer' : 'Mentoring I want'}
              data={MENTOR_TYPES.map((t) => ({ value: t, label: MENTOR_TYPE_LABELS[t] }))}
              {...form.getInputProps('mentorTypes')}
            />
            <TagsInput
              label="Languages"
              description="Press Enter after each"
              {...form.getInputProps('languages')}
            />
            <TimeZoneSelect
              value={form.values.timeZone}
              onChange={(zone) => form.setFieldValue('timeZone', zone)}
              error={err('timeZone')}
            />
            {person.role === 'mentor' ? (
              <>
                <TextInput
                  label="Country of medical training (if an IMG)"
                  {...form.getInputProps('imgCountry')}
                />
                <NumberInput
                  label="Most mentees in this program"
                  min={0}
                  max={20}
                  allowDecimal={false}
                  {...form.getInputProps('capacity')}
                />
              </>
            ) : (
              <>
                <TextInput label="Country of medical training" {...form.getInputProps('country')} />
                <TagsInput
                  label="Goals"
                  description="Up to 5; press Enter after each"
                  {...form.getInputProps('goals')}
                />
                <Checkbox
                  label="I would like a mentor who is an IMG too"
                  {...form.getInputProps('wantsImgMentor', { type: 'checkbox' })}
                />
              </>
            )}
          </SimpleGrid>
          <Button type="submit" w="fit-content" loading={save.isPending}>
            Save my details
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
