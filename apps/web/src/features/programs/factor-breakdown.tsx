import { Group, Stack, Text } from '@mantine/core';
import type { ProgramListEntryJson } from '@matchready/contract';

type Factor = ProgramListEntryJson['factors'][number];

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

function valueText(factor: Factor): string | null {
  if (factor.value === null) return 'not reported';
  if (typeof factor.value === 'string') return null;
  return Number.isInteger(factor.value) ? String(factor.value) : factor.value.toFixed(2);
}

/**
 * How each factor moved the interview estimate: contributions on the log-odds scale (they add up
 * to the score), drawn as bars either side of zero and written as +/− numbers.
 */
export function FactorBreakdown({ factors }: { readonly factors: readonly Factor[] }) {
  const largest = Math.max(0.5, ...factors.map((f) => Math.abs(f.contribution)));
  return (
    <Stack
      gap={6}
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label="Score factors"
    >
      {factors.map((factor) => {
        const width = (Math.abs(factor.contribution) / largest) * 50;
        const positive = factor.contribution >= 0;
        const value = valueText(factor);
        return (
          <li key={factor.code}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text fz="sm" className="text-break">
                {factor.label}
                {value !== null && (
                  <Text span c="dimmed" fz="sm">
                    {' '}
                    ({value})
                  </Text>
                )}
              </Text>
              <Text
                fz="sm"
                fw={600}
                c={positive ? 'teal.9' : 'red.9'}
                style={{ whiteSpace: 'nowrap' }}
              >
                {signed(factor.contribution)}
              </Text>
            </Group>
            <div className="factor-bar" aria-hidden="true">
              <span
                style={{
                  left: positive ? '50%' : `${50 - width}%`,
                  width: `${width}%`,
                  background: positive
                    ? 'var(--mantine-color-teal-6)'
                    : 'var(--mantine-color-red-6)',
                }}
              />
            </div>
          </li>
        );
      })}
    </Stack>
  );
}
