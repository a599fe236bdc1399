import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TimelineResponse } from '@matchready/contract';
import { formatLongDate, type MilestoneStatus } from '@matchready/core/timeline';

type Milestone = TimelineResponse['milestones'][number];

export const STATUS_CHIP: Record<MilestoneStatus, { label: string; color: string }> = {
  done: { label: 'Done', color: 'teal' },
  upcoming: { label: 'Upcoming', color: 'gray' },
  'due-soon': { label: 'Due soon', color: 'orange' },
  late: { label: 'Late', color: 'red' },
};

function MilestoneCard({
  milestone: m,
  titles,
  onToggle,
  ticked,
}: {
  readonly milestone: Milestone;
  readonly titles: ReadonlyMap<string, string>;
  readonly onToggle?: (() => void) | undefined;
  readonly ticked: boolean;
}) {
  const chip = STATUS_CHIP[m.status];
  return (
    <Card component="li" style={{ listStyle: 'none' }} data-milestone={m.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4}>
          <Text fz="sm" c="dimmed" fw={600}>
            <time dateTime={m.due}>{formatLongDate(m.due)}</time>
          </Text>
          <Title order={3} fz="md">
            {m.title}
          </Title>
        </Stack>
        <Group gap={6} wrap="nowrap">
          {m.derived && (
            <Badge variant="light" color="grape" title={m.rule ?? undefined}>
              Estimated
            </Badge>
          )}
          <Badge color={chip.color} variant="light">
            {chip.label}
          </Badge>
        </Group>
      </Group>
      <Text fz="sm" mt="xs">
        {m.detail}
      </Text>
      {m.derived && m.rule && (
        <Text fz="xs" c="dimmed" mt={4}>
          Date worked out from a rule, not yet published: {m.rule}
        </Text>
      )}
      {m.dependsOn.length > 0 && (
        <Text fz="xs" c="dimmed" mt={4}>
          Depends on: {m.dependsOn.map((id) => titles.get(id) ?? id).join(' · ')}
        </Text>
      )}
      <Group justify="space-between" mt="xs">
        {m.source ? (
          <Anchor href={m.source.url} target="_blank" rel="noreferrer" fz="xs">
            Source: {m.source.title}
          </Anchor>
        ) : (
          <span />
        )}
        {onToggle && (
          <Button size="compact-xs" variant="subtle" onClick={onToggle}>
            {ticked ? 'Mark not done' : 'Mark done'}
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** The season's milestones in date order; season actions can be ticked off here. */
export function MilestoneList({
  plan,
  onToggle,
}: {
  readonly plan: TimelineResponse;
  readonly onToggle: (id: string) => void;
}) {
  const titles = new Map(plan.milestones.map((m) => [m.id, m.title]));
  const ticked = new Set(plan.settings.completed);
  // Tasks and thank-you notes are ticked where they are edited (below); interviews are events.
  const tickable = (m: Milestone) =>
    m.kind === 'action' && !['task', 'thank-you'].includes(m.category);
  return (
    <section aria-labelledby="milestones-title">
      <Title order={2} fz="lg" id="milestones-title" mb="sm">
        Milestones of the {plan.season} Match
      </Title>
      <Stack component="ol" gap="sm" p={0} m={0}>
        {plan.milestones.map((m) => (
          <MilestoneCard
            key={m.id}
            milestone={m}
            titles={titles}
            ticked={ticked.has(m.id)}
            onToggle={tickable(m) ? () => onToggle(m.id) : undefined}
          />
        ))}
      </Stack>
    </section>
  );
}
