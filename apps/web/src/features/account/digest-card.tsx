import { Button, Card, Group, Switch, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { timelineQuery, useSaveTimelineSettings } from '../timeline/timeline-api.ts';

/** The zone this browser runs in (IANA), or null when it does not say. */
function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/** The daily reminder email (applicants): on by default, off here; sent in their morning. */
export function DigestCard() {
  const timeline = useQuery(timelineQuery);
  const save = useSaveTimelineSettings();
  const settings = timeline.data?.settings;
  const here = browserTimeZone();
  const zone = settings?.timeZone ?? null;
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
      <Text fz="sm" mt="md" data-testid="digest-zone">
        {zone
          ? `It arrives after 7:00 in the morning, ${zone} time.`
          : 'It arrives after 7:00 in the morning in the time zone of your mentoring preferences, or 7:00 UTC until you choose one.'}
      </Text>
      <Text fz="sm" c="dimmed">
        Your timeline counts “today” and “due tomorrow” in the same time zone.
      </Text>
      {settings && here && here !== zone && (
        <Group mt="xs">
          <Button
            size="xs"
            variant="light"
            loading={save.isPending}
            onClick={() => save.mutate({ ...settings, timeZone: here })}
          >
            Use this device’s time zone ({here})
          </Button>
        </Group>
      )}
      <FormAlert title="Not saved" message={save.isError ? errorMessage(save.error) : null} />
    </Card>
  );
}
