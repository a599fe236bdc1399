import { Card, Group, Progress, SimpleGrid, Text } from '@mantine/core';
import type { MatchStats } from '@matchready/core';
import { percent, plural } from './format.ts';

function Stat({
  label,
  value,
  total,
  hint,
}: {
  readonly label: string;
  readonly value: number;
  readonly total?: number;
  readonly hint?: string;
}) {
  return (
    <Card padding="md">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Group gap={6} align="baseline" mt={4}>
        <Text fz={26} fw={700} lh={1.1}>
          {value.toLocaleString()}
        </Text>
        {total !== undefined && (
          <Text fz="sm" c="dimmed">
            of {total.toLocaleString()} · {percent(value, total)}
          </Text>
        )}
      </Group>
      {total !== undefined && (
        <Progress
          value={total === 0 ? 0 : (value / total) * 100}
          size="xs"
          mt="sm"
          aria-hidden="true"
        />
      )}
      {hint && (
        <Text fz="xs" c="dimmed" mt={6}>
          {hint}
        </Text>
      )}
    </Card>
  );
}

export function RunStats({ stats }: { readonly stats: MatchStats }) {
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
      <Stat label="Applicants matched" value={stats.matchedApplicants} total={stats.applicants} />
      <Stat label="Positions filled" value={stats.filledPositions} total={stats.positions} />
      <Stat
        label="Unmatched applicants"
        value={stats.unmatchedApplicants}
        hint={`${plural(stats.unfilledPositions, 'position')} left unfilled`}
      />
      <Stat
        label="Proposals"
        value={stats.proposals}
        hint={
          stats.couples > 0
            ? `${stats.couplesMatched} of ${plural(stats.couples, 'couple')} matched`
            : 'Offers tried by the algorithm'
        }
      />
    </SimpleGrid>
  );
}
