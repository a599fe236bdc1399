import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { pairsCsvUrl, reportQuery } from './mentorship-programs-api.ts';
import { ProgramActivityReport } from './program-activity-report.tsx';

/** Matched share and a score histogram of the published pairs, and the CSV export. */
export function ProgramReport({ programId }: { programId: string }) {
  const report = useQuery(reportQuery(programId)).data;
  if (!report) return null;
  const most = Math.max(1, ...report.distribution.map((b) => b.pairs));
  return (
    <Card component="section" aria-labelledby="report-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="lg" id="report-title">
          Report
        </Title>
        <Anchor href={pairsCsvUrl(programId)} fz="sm">
          <IconDownload size={14} aria-hidden /> Published pairs (CSV)
        </Anchor>
      </Group>
      <Text mb="md" data-testid="matched-share">
        {report.matched} of {report.mentees} mentees matched (
        {Math.round(report.matchedShare * 100)}%)
        {report.averageScore !== null && ` · average score ${report.averageScore.toFixed(1)}`} ·{' '}
        {report.capacity} mentor places
      </Text>
      <Stack gap={4} role="img" aria-label="Score distribution of the published pairs">
        {report.distribution.map((b) => (
          <Group key={b.from} gap="xs" wrap="nowrap">
            <Text fz="xs" w={60} ta="right">
              {b.from}–{b.to}
            </Text>
            <div
              style={{
                height: 12,
                width: `${(b.pairs / most) * 70}%`,
                minWidth: b.pairs > 0 ? 4 : 0,
                background: 'var(--mantine-color-teal-6)',
                borderRadius: 2,
              }}
            />
            <Text fz="xs">{b.pairs}</Text>
          </Group>
        ))}
      </Stack>
      <ProgramActivityReport report={report} />
    </Card>
  );
}
