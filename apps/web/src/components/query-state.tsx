import { Alert, Button, Card, Skeleton, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../lib/api.ts';

/** Placeholder cards shaped like the content that is loading. */
export function CardsSkeleton({
  cards = 2,
  lines = 3,
}: {
  readonly cards?: number;
  readonly lines?: number;
}) {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading">
      {Array.from({ length: cards }, (_, card) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <Card key={card}>
          <Skeleton h={18} w="40%" mb="md" />
          {Array.from({ length: lines }, (_, line) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
            <Skeleton key={line} h={12} mt={10} w={line % 2 === 0 ? '90%' : '70%'} />
          ))}
        </Card>
      ))}
    </Stack>
  );
}

export function QueryError({
  error,
  onRetry,
  title = 'Could not load this',
}: {
  readonly error: unknown;
  readonly onRetry?: () => void;
  readonly title?: string;
}) {
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertTriangle size={20} aria-hidden="true" />}
      role="alert"
    >
      {errorMessage(error)}
      {onRetry && (
        <Button size="xs" variant="white" color="red.9" mt="sm" onClick={onRetry} display="block">
          Try again
        </Button>
      )}
    </Alert>
  );
}
