import { Badge, List, Popover, Text, UnstyledButton } from '@mantine/core';
import type { MatchOutcomeJson } from '@matchready/contract';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';

type BlockingPair = MatchOutcomeJson['blockingPairs'][number];

const describePair = (pair: BlockingPair): string => {
  if (pair.kind === 'couple')
    return `Couple ${pair.couple} and (${pair.pair[0] ?? 'none'}, ${pair.pair[1] ?? 'none'})`;
  const displaces = pair.displaces ? `, over ${pair.displaces}` : '';
  const supplemental = pair.kind === 'supplemental' ? ' (supplemental list)' : '';
  return `${pair.applicant} and ${pair.program}${supplemental}: ${pair.reason === 'free-position' ? 'a position is free' : 'the program prefers them'}${displaces}`;
};

/** Stable = no applicant and program would both rather be with each other than with their match. */
export function StabilityBadge({ outcome }: { readonly outcome: MatchOutcomeJson }) {
  const count = outcome.blockingPairs.length;
  if (outcome.stable && count === 0) {
    return (
      <Badge
        size="lg"
        variant="light"
        color="teal"
        leftSection={<IconShieldCheck size={16} aria-hidden="true" />}
      >
        Stable · no blocking pairs
      </Badge>
    );
  }
  return (
    <Popover width={360} position="bottom-start" shadow="md" withArrow>
      <Popover.Target>
        <UnstyledButton aria-label={`${count} blocking pairs: show them`}>
          <Badge
            size="lg"
            variant="light"
            color="red"
            leftSection={<IconAlertTriangle size={16} aria-hidden="true" />}
          >
            {outcome.status === 'no-stable-matching-found'
              ? 'No stable matching found'
              : 'Unstable'}{' '}
            · {count} blocking {count === 1 ? 'pair' : 'pairs'}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Text fz="sm" fw={600} mb="xs">
          Pairs that would rather be matched to each other
        </Text>
        <List fz="sm" spacing={4}>
          {outcome.blockingPairs.slice(0, 20).map((pair) => (
            <List.Item key={describePair(pair)}>{describePair(pair)}</List.Item>
          ))}
        </List>
        {count > 20 && (
          <Text fz="xs" c="dimmed" mt="xs">
            …and {count - 20} more.
          </Text>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
