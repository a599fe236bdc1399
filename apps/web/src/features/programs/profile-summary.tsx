import { Anchor, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import type { ListProfile, ProgramsMetaResponse } from '@matchready/contract';
import { APPLICANT_TYPE_LABELS } from '@matchready/core/vocabulary';
import { Link } from 'react-router';
import { specialtyName } from './format.ts';

const VISA: Readonly<Record<ListProfile['visa'], string>> = {
  none: 'No visa needed',
  j1: 'Needs a J-1',
  h1b: 'Needs an H-1B',
};

/** What the list was judged on, from the saved profile (with a way to change it). */
export function ProfileSummary({
  profile,
  matchYear,
  meta,
}: {
  readonly profile: ListProfile;
  readonly matchYear: number;
  readonly meta: ProgramsMetaResponse | undefined;
}) {
  const rows: [string, string][] = [
    ['Applicant type', APPLICANT_TYPE_LABELS[profile.applicantType].short],
    ['Step 2 CK', profile.step2 === null ? 'Not reported' : String(profile.step2)],
    ['Failed USMLE attempts', String(profile.failedAttempts)],
    ['Years since graduation', `${profile.yearsSinceGraduation} (${profile.graduationYear})`],
    ['Visa', VISA[profile.visa]],
    ['US clinical experience', `${profile.usceMonths} months`],
    [
      'Specialties',
      profile.specialties.length === 0
        ? 'All'
        : profile.specialties.map((s) => specialtyName(s, meta?.specialties)).join(', '),
    ],
    ['Preferred states', profile.states.length === 0 ? 'None' : profile.states.join(', ')],
  ];
  return (
    <Card component="section" aria-labelledby="profile-summary-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="profile-summary-title">
          Your profile, for the {matchYear} Match
        </Title>
        <Anchor component={Link} to="/profile" fz="sm">
          Edit profile
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" component="dl" m={0}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" fz="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} fz="sm" fw={500}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {profile.unknownSpecialties.length > 0 && (
        <Text fz="sm" mt="sm" c="dimmed">
          Not in the catalogue, so not listed: {profile.unknownSpecialties.join(', ')}.
        </Text>
      )}
    </Card>
  );
}
