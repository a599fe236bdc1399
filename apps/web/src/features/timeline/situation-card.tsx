import { Anchor, Button, Card, Group, Select, SimpleGrid, Text, Title } from '@mantine/core';
import type { ApplicantProfile } from '@matchready/contract';
import { TIMELINE_FIRST_SEASON } from '@matchready/core/vocabulary';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { useSaveProfile } from '../profile/profile-api.ts';
import { applicantTypeOptions, ecfmgOptions, visaOptions } from '../profile/profile-options.ts';
import { timelineQuery, useSaveTimelineSettings } from './timeline-api.ts';

type Situation = Pick<ApplicantProfile, 'applicantType' | 'visaNeed' | 'ecfmgStatus'>;

/** The few profile answers the timeline turns on, editable here; the rest is on the profile page. */
export function SituationCard({
  profile,
  season,
  settings,
  today,
}: {
  readonly profile: ApplicantProfile | null;
  readonly season: number;
  readonly settings: { season: number | null; digestEnabled: boolean; completed: string[] };
  readonly today: string;
}) {
  const client = useQueryClient();
  const saveProfile = useSaveProfile();
  const saveSettings = useSaveTimelineSettings();
  const [values, setValues] = useState<Situation>({
    applicantType: profile?.applicantType ?? null,
    visaNeed: profile?.visaNeed ?? null,
    ecfmgStatus: profile?.ecfmgStatus ?? null,
  });
  const thisYear = Number(today.slice(0, 4));
  const seasons = Array.from({ length: 4 }, (_, i) => thisYear - 1 + i)
    .filter((y) => y >= TIMELINE_FIRST_SEASON)
    .map(String);

  const save = () =>
    // PUT /api/profile replaces the profile: send what is stored with the three answers changed.
    saveProfile.mutate(
      { ...(profile ?? {}), ...values },
      { onSuccess: () => client.invalidateQueries({ queryKey: timelineQuery.queryKey }) },
    );
  const set = (key: keyof Situation) => (value: string | null) =>
    setValues((v) => ({ ...v, [key]: value }));

  return (
    <Card component="section" aria-labelledby="situation-title">
      <Title order={2} fz="lg" id="situation-title">
        Your situation
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Your milestones follow from these answers (and your exams on the{' '}
        <Anchor component={Link} to="/profile">
          profile page
        </Anchor>
        ).
      </Text>
      <FormAlert
        title="Could not save"
        message={
          saveProfile.isError
            ? errorMessage(saveProfile.error)
            : saveSettings.isError
              ? errorMessage(saveSettings.error)
              : null
        }
      />
      {/* One column on a phone, two on a small screen, four in a row from md up. */}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Select
          label="Match season"
          data={seasons}
          value={String(season)}
          allowDeselect={false}
          onChange={(value) => value && saveSettings.mutate({ ...settings, season: Number(value) })}
        />
        <Select
          label="Applicant type"
          data={applicantTypeOptions}
          value={values.applicantType}
          onChange={set('applicantType')}
        />
        <Select
          label="Visa plan"
          data={visaOptions}
          value={values.visaNeed}
          onChange={set('visaNeed')}
        />
        <Select
          label="ECFMG certification"
          data={ecfmgOptions}
          value={values.ecfmgStatus}
          onChange={set('ecfmgStatus')}
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button onClick={save} loading={saveProfile.isPending}>
          Update my timeline
        </Button>
      </Group>
    </Card>
  );
}
