import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ProgramListResponse, ProgramsMetaResponse } from '@matchready/contract';
import type { Assessment } from './assessment-badge.tsx';
import { percent, specialtyName, TIER_COLOR, TIER_LABEL } from './format.ts';

/** Suggested list size and mix per specialty, and how this list splits today. */
export function SuggestionsCard({
  summary,
  meta,
  list,
}: {
  readonly summary: ProgramListResponse['summary'];
  readonly meta: ProgramsMetaResponse | undefined;
  /** The applicant's application list (saved or being edited): "This list today" counts it. */
  readonly list: readonly { readonly assessment?: Assessment | null }[];
}) {
  const judged = list.flatMap((e) => (e.assessment ? [e.assessment] : []));
  const count = (tier: 'safety' | 'target' | 'reach') =>
    judged.filter((a) => a.eligible && a.tier === tier).length;
  const chances = judged.flatMap((a) => (a.chance === null ? [] : [a.chance]));
  const meanChance =
    chances.length === 0 ? null : chances.reduce((sum, c) => sum + c, 0) / chances.length;
  return (
    <Card component="section" aria-labelledby="suggestions-title">
      <Title order={2} fz="lg" id="suggestions-title" mb="sm">
        How many programs?
      </Title>
      <Stack gap="sm">
        {summary.suggestions.length === 0 && (
          <Text fz="sm" c="dimmed">
            Add a specialty to your profile to get a suggested list size.
          </Text>
        )}
        {summary.suggestions.map((s) => (
          <div key={s.specialty}>
            <Text fw={600}>
              {specialtyName(s.specialty, meta?.specialties)}: about {s.total} programs
              {s.capped ? ' (capped)' : ''}
            </Text>
            <Text fz="sm">
              {s.reach} reach · {s.target} target · {s.safety} safety — aiming for {s.ranksNeeded}{' '}
              interviews (at a typical program of the specialty, with nothing else known, about{' '}
              {percent(s.expectedInterviewRate)} interview chance).
            </Text>
            {s.capped && (
              <Text fz="sm" c="dimmed">
                Past 300 programs, a second specialty helps more than more applications.
              </Text>
            )}
          </div>
        ))}
        <div>
          <Text fz="sm" fw={600} mb={4}>
            This list today ({list.length} programs)
          </Text>
          <Group gap="xs">
            {(['safety', 'target', 'reach'] as const).map((tier) => (
              <Badge key={tier} color={TIER_COLOR[tier]} variant="light">
                {count(tier)} {TIER_LABEL[tier].toLowerCase()}
              </Badge>
            ))}
            <Badge color="red.9" variant="outline">
              {judged.filter((a) => !a.eligible).length} not eligible
            </Badge>
          </Group>
          {meanChance !== null && (
            <Text fz="xs" c="dimmed" mt={4}>
              Mean interview chance of the eligible programs on your list: {percent(meanChance)}.
            </Text>
          )}
        </div>
        <List fz="xs" c="dimmed" spacing={2}>
          {(summary.suggestions[0]?.assumptions ?? []).map((a) => (
            <List.Item key={a}>{a}</List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
