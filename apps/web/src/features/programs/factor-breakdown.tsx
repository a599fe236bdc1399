import { Group, Stack, Text } from '@mantine/core';
import type { ProgramListEntryJson } from '@matchready/contract';
import { factorEffectWords, factorValueWords } from './factor-words.ts';

type Factor = ProgramListEntryJson['factors'][number];

/**
 * How each factor moved the interview estimate, in words with units ("your Step 2 CK is 10 points
 * above the median — raises the odds ×1.6"), drawn as bars either side of zero (log-odds, which
 * add up to the model's estimate).
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
        const value = factor.code === 'baseline' ? null : factorValueWords(factor);
        return (
          <li key={factor.code}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text fz="sm" className="text-break">
                {factor.label}
                {value !== null && (
                  <Text span c="dimmed" fz="sm">
                    {' '}
                    — {value}
                  </Text>
                )}
              </Text>
              <Text
                fz="sm"
                fw={600}
                c={positive ? 'teal.9' : 'red.9'}
                style={{ whiteSpace: 'nowrap' }}
              >
                {factorEffectWords(factor)}
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
