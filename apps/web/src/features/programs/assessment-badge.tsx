import { Badge, Group, Text } from '@mantine/core';
import type { SavedListJson } from '@matchready/contract';
import { percent, TIER_COLOR, TIER_LABEL } from './format.ts';

export type Assessment = NonNullable<SavedListJson['entries'][number]['assessment']>;

/** Tier and chance of a saved or ranked program, or a warning when it is not eligible. */
export function AssessmentBadge({
  assessment,
}: {
  readonly assessment: Assessment | null | undefined;
}) {
  if (!assessment) return null;
  if (!assessment.eligible)
    return (
      <Group gap={6} wrap="wrap">
        <Badge size="xs" color="red.9" variant="outline">
          Not eligible
        </Badge>
        <Text fz="xs" c="red.9" className="text-break">
          {assessment.reasons.join(' ')}
        </Text>
      </Group>
    );
  const tier = assessment.tier ?? 'reach';
  return (
    <Badge size="xs" color={TIER_COLOR[tier]} variant="light" w="fit-content">
      {TIER_LABEL[tier]}
      {assessment.chance === null ? '' : ` · ${percent(assessment.chance)} interview chance`}
    </Badge>
  );
}
