import { Button, Card, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useState } from 'react';
import { calendarDownloadUrl, useCreateFeed, useRevokeFeed } from './timeline-api.ts';

/** Download once, or subscribe: the feed URL is a secret, shown only when made. */
export function CalendarCard({ feedActive }: { readonly feedActive: boolean }) {
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [url, setUrl] = useState<string | null>(null);
  return (
    <Card component="section" aria-labelledby="calendar-title">
      <Title order={2} fz="lg" id="calendar-title">
        Calendar
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Add every milestone to your calendar. Importing again updates the events instead of adding
        copies.
      </Text>
      <Stack gap="sm">
        <Group>
          <Button
            component="a"
            href={calendarDownloadUrl}
            download
            variant="default"
            leftSection={<IconCalendarDown size={18} aria-hidden="true" />}
          >
            Download calendar (.ics)
          </Button>
          <Button
            variant="light"
            loading={create.isPending}
            onClick={() => create.mutate(undefined, { onSuccess: (r) => setUrl(r.url) })}
          >
            {feedActive ? 'Make a new feed URL' : 'Subscribe with a feed URL'}
          </Button>
          {feedActive && (
            <Button
              variant="subtle"
              color="red"
              loading={revoke.isPending}
              onClick={() => revoke.mutate(undefined, { onSuccess: () => setUrl(null) })}
            >
              Turn the feed off
            </Button>
          )}
        </Group>
        {url && (
          <Stack gap={4}>
            <Text fz="sm">
              Your private feed URL (anyone with it can read your timeline; make a new one to revoke
              it):
            </Text>
            <Group wrap="nowrap">
              <Code className="text-break">{url}</Code>
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? 'Copied' : 'Copy'}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
