import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The privacy promise, repeated wherever sensitive data is shown or entered. */
export function PrivateNote({ children }: { readonly children?: ReactNode }) {
  return (
    <Paper withBorder p="md" bg="brand.0" style={{ borderColor: 'var(--mantine-color-brand-2)' }}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="white" radius="xl" size={32}>
          <IconLock size={18} aria-hidden="true" />
        </ThemeIcon>
        <Text fz="sm" c="brand.9">
          {children ?? (
            <>
              <strong>Private by default.</strong> Your scores and visa status are visible only to
              you. Mentors and organisations never see them unless you choose to share.
            </>
          )}
        </Text>
      </Group>
    </Paper>
  );
}
