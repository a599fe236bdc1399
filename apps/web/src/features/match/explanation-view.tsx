import { Alert, Badge, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { MatchExplanation } from '@matchready/contract';
import { IconCircleCheck, IconCircleMinus, IconCircleX, IconInfoCircle } from '@tabler/icons-react';
import { humanize, ordinal } from './format.ts';

// Verdicts come from the server (services/match-explanation); unknown ones fall back to grey.
const verdictColor = (verdict: string): string => {
  if (verdict === 'matched') return 'teal';
  if (verdict === 'blocking-pair') return 'red';
  if (verdict === 'not-ranked-by-program' || verdict === 'filled-with-preferred') return 'orange';
  return 'gray';
};

function VerdictIcon({ verdict }: { readonly verdict: string }) {
  if (verdict === 'matched') return <IconCircleCheck size={18} aria-hidden="true" />;
  if (verdict === 'below-your-match') return <IconCircleMinus size={18} aria-hidden="true" />;
  return <IconCircleX size={18} aria-hidden="true" />;
}

/** "Why did I (not) match at X?": the applicant's list in order, a verdict for each program. */
export function ExplanationView({ explanation }: { readonly explanation: MatchExplanation }) {
  const matched = explanation.matchedProgram !== null;
  return (
    <Stack gap="md">
      <Alert
        variant="light"
        color={matched ? 'teal' : 'orange'}
        icon={
          matched ? (
            <IconCircleCheck size={20} aria-hidden="true" />
          ) : (
            <IconInfoCircle size={20} aria-hidden="true" />
          )
        }
        title={matched ? `Matched at ${explanation.matchedProgram}` : 'Not matched'}
      >
        {explanation.summary}
      </Alert>
      {explanation.entries.length === 0 ? (
        <Text c="dimmed" fz="sm">
          This applicant ranked no programs, so there was nothing to match.
        </Text>
      ) : (
        <Stack
          component="ol"
          gap="sm"
          p={0}
          m={0}
          aria-label={`Rank list of ${explanation.applicantId}`}
        >
          {explanation.entries.map((entry) => {
            const isMatch = entry.verdict === 'matched';
            return (
              <Group
                component="li"
                key={`${entry.rank}-${entry.programId}`}
                wrap="nowrap"
                align="flex-start"
                gap="sm"
                p="sm"
                style={{
                  listStyle: 'none',
                  borderRadius: 'var(--mantine-radius-md)',
                  border: `1px solid var(--mantine-color-${isMatch ? 'teal-3' : 'gray-3'})`,
                  background: isMatch ? 'var(--mantine-color-teal-0)' : 'white',
                }}
              >
                <ThemeIcon
                  variant="light"
                  color={verdictColor(entry.verdict)}
                  radius="xl"
                  size={28}
                >
                  <VerdictIcon verdict={entry.verdict} />
                </ThemeIcon>
                <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} className="text-break">
                      {ordinal(entry.rank)} choice: {entry.programId}
                    </Text>
                    <Badge size="sm" variant="light" color={verdictColor(entry.verdict)}>
                      {humanize(entry.verdict)}
                    </Badge>
                  </Group>
                  <Text fz="sm">{entry.message}</Text>
                </Stack>
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
