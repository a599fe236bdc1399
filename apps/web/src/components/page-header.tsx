import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Every page opens with one h1, an optional one-line description and optional actions. */
export function PageHeader({
  title,
  description,
  actions,
  eyebrow,
}: {
  readonly title: ReactNode;
  readonly description?: ReactNode;
  readonly actions?: ReactNode;
  readonly eyebrow?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="xl" gap="md">
      <Stack gap={6} style={{ flex: '1 1 320px', minWidth: 0 }}>
        {eyebrow}
        <Title order={1} fz={{ base: 26, sm: 30 }} className="text-break">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" maw={680}>
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
