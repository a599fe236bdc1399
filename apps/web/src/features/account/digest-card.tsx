import { Card, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { timelineQuery, useSaveTimelineSettings } from '../timeline/timeline-api.ts';

/** The daily reminder email (applicants): on by default, off here. */
export function DigestCard() {
  const timeline = useQuery(timelineQuery);
  const save = useSaveTimelineSettings();
  const settings = timeline.data?.settings;
  return (
    <Card component="section" aria-labelledby="digest-title">
      <Title order={2} fz="lg" id="digest-title">
        Daily reminder
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        One email a day when something needs you: milestones due soon, thank-you notes to send,
        practice questions due. Nothing is sent on days with nothing urgent.
      </Text>
      <Switch
        label="Send me the daily reminder"
        disabled={!settings || save.isPending}
        checked={settings?.digestEnabled ?? true}
        onChange={(e) =>
          settings && save.mutate({ ...settings, digestEnabled: e.currentTarget.checked })
        }
      />
    </Card>
  );
}
