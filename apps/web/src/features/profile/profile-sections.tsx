import {
  Card,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { MAX_PREFERRED_STATES, MAX_SPECIALTIES, US_STATE_CODES } from '@matchready/contract';
import type { ReactNode } from 'react';
import type { ProfileFormValues } from './profile-form.ts';
import {
  applicantTypeOptions,
  ecfmgOptions,
  examOptions,
  oetOptions,
  pathwayOptions,
  specialtySuggestions,
  stateOptions,
  visaOptions,
} from './profile-options.ts';

type Form = UseFormReturnType<ProfileFormValues>;

function Section({
  title,
  description,
  children,
}: {
  readonly title: string;
  readonly description: string;
  readonly children: ReactNode;
}) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Card component="section" aria-labelledby={id}>
      <Stack gap={4} mb="md">
        <Title order={2} fz="lg" id={id}>
          {title}
        </Title>
        <Text fz="sm" c="dimmed">
          {description}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
        {children}
      </SimpleGrid>
    </Card>
  );
}

const states = stateOptions(US_STATE_CODES);

export function ProfileSections({ form }: { readonly form: Form }) {
  const count = (
    label: string,
    key: keyof ProfileFormValues,
    max: number,
    description?: string,
  ) => (
    <NumberInput
      label={label}
      description={description}
      min={0}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      {...form.getInputProps(key)}
    />
  );
  return (
    <Stack gap="lg">
      <Section title="Background" description="Where and when you trained.">
        <TextInput
          label="Country of training"
          placeholder="e.g. India"
          {...form.getInputProps('countryOfTraining')}
        />
        <TextInput
          label="Medical school"
          placeholder="Full name of your school"
          {...form.getInputProps('medicalSchool')}
        />
        <NumberInput
          label="Graduation year"
          description="Past or expected."
          min={1960}
          max={2035}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          thousandSeparator={false}
          {...form.getInputProps('graduationYear')}
        />
        <Select
          label="Applicant type"
          data={applicantTypeOptions}
          clearable
          {...form.getInputProps('applicantType')}
        />
      </Section>

      <Section
        title="USMLE"
        description="Results and attempts. Step 1 is pass/fail; Step 2 CK is scored 1–300."
      >
        <Select label="Step 1" data={examOptions} clearable {...form.getInputProps('step1')} />
        {count('Step 1 attempts', 'step1Attempts', 6)}
        <NumberInput
          label="Step 2 CK score"
          description="Leave blank if you have not received a score."
          min={1}
          max={300}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          {...form.getInputProps('step2Score')}
        />
        {count('Step 2 CK attempts', 'step2Attempts', 6)}
        <Select label="Step 3" data={examOptions} clearable {...form.getInputProps('step3')} />
      </Section>

      <Section
        title="Certification and eligibility"
        description="What programs check before they can rank you."
      >
        <Select
          label="ECFMG certification"
          data={ecfmgOptions}
          clearable
          {...form.getInputProps('ecfmgStatus')}
        />
        <Select
          label="ECFMG pathway"
          description="For the clinical and communication skills requirement."
          data={pathwayOptions}
          clearable
          {...form.getInputProps('pathway')}
        />
        <Select
          label="OET Medicine"
          data={oetOptions}
          clearable
          {...form.getInputProps('oetStatus')}
        />
        <Select
          label="Visa need"
          data={visaOptions}
          clearable
          {...form.getInputProps('visaNeed')}
        />
      </Section>

      <Section title="Experience" description="US clinical experience and research output.">
        {count(
          'US clinical experience (months)',
          'usceMonths',
          120,
          'Hands-on electives, sub-internships and externships.',
        )}
        {count('Research items', 'researchItems', 500, 'Publications, posters and abstracts.')}
      </Section>

      <Section
        title="Goals"
        description="What you are applying for and where you would like to train."
      >
        <TagsInput
          label="Specialties"
          description={`Up to ${MAX_SPECIALTIES}. Type to pick or add your own, then press Enter.`}
          data={specialtySuggestions}
          maxTags={MAX_SPECIALTIES}
          clearable
          {...form.getInputProps('specialties')}
        />
        <MultiSelect
          label="Preferred states"
          description={`Up to ${MAX_PREFERRED_STATES}.`}
          data={states}
          searchable
          clearable
          maxValues={MAX_PREFERRED_STATES}
          nothingFoundMessage="No state matches"
          {...form.getInputProps('preferredStates')}
        />
      </Section>
    </Stack>
  );
}
