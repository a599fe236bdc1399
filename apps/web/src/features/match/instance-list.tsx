import { Anchor, Badge, Card, Group, SimpleGrid, Text } from '@mantine/core';
import type { MatchInstanceListItem } from '@matchready/contract';
import { IconFileDescription } from '@tabler/icons-react';
import { Link } from 'react-router';
import { plural } from './format.ts';

export function InstanceList({
  instances,
}: {
  readonly instances: readonly MatchInstanceListItem[];
}) {
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: 1, sm: 2 }}
      spacing="md"
      p={0}
      m={0}
      aria-label="Saved instances"
    >
      {instances.map((instance) => (
        <Card component="li" key={instance.id} style={{ listStyle: 'none' }} padding="md">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconFileDescription
              size={22}
              stroke={1.5}
              aria-hidden="true"
              color="var(--mantine-color-brand-6)"
              style={{ flexShrink: 0, marginTop: 2 }}
            />
            <div style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/match/${instance.id}`} fw={600} className="text-break">
                {instance.name}
              </Anchor>
              <Group gap={6} mt={6}>
                <Badge variant="light" color="gray" radius="sm">
                  {plural(instance.summary.applicants, 'applicant')}
                </Badge>
                <Badge variant="light" color="gray" radius="sm">
                  {plural(instance.summary.programs, 'program')}
                </Badge>
                <Badge variant="light" color="gray" radius="sm">
                  {plural(instance.summary.positions, 'position')}
                </Badge>
                {instance.summary.couples > 0 && (
                  <Badge variant="light" color="gray" radius="sm">
                    {plural(instance.summary.couples, 'couple')}
                  </Badge>
                )}
              </Group>
              <Text fz="xs" c="dimmed" mt={6}>
                Updated{' '}
                {new Date(instance.updatedAt).toLocaleString(undefined, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })}
              </Text>
            </div>
          </Group>
        </Card>
      ))}
    </SimpleGrid>
  );
}
