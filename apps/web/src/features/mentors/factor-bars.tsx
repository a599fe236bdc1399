import { Group, Stack, Text } from '@mantine/core';
import type { CompatibilityFactor } from '@matchready/core/vocabulary';
import { FACTOR_LABELS } from './mentorship-labels.ts';

interface Factor {
  readonly factor: CompatibilityFactor;
  readonly contribution: number;
}

/**
 * Every factor's share of the compatibility score (they add up to it), as a small bar chart with
 * the numbers written out, so the chart is never the only way to read it.
 */
export function FactorBars({
  factors,
  score,
  maxScore,
}: {
  readonly factors: readonly Factor[];
  readonly score: number;
  readonly maxScore: number;
}) {
  const largest = Math.max(1, ...factors.map((f) => f.contribution));
  return (
    <Stack gap={4}>
      <Text fz="sm" fw={600}>
        Compatibility {score} of {maxScore}
      </Text>
      <Stack
        gap={4}
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label="What the compatibility score is made of"
      >
        {factors.map((f) => (
          <li key={f.factor}>
            <Group gap="xs" wrap="nowrap">
              <Text fz="xs" w={120} style={{ flexShrink: 0 }}>
                {FACTOR_LABELS[f.factor]}
              </Text>
              <div className="mentor-factor-bar" aria-hidden="true">
                <span style={{ width: `${(Math.max(0, f.contribution) / largest) * 100}%` }} />
              </div>
              <Text fz="xs" fw={600} w={32} ta="right" style={{ flexShrink: 0 }}>
                +{f.contribution}
              </Text>
            </Group>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
