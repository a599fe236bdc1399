import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <Stack align="flex-start" gap="sm" py="xl">
      <Title order={1}>Page not found</Title>
      <Text c="dimmed">
        There is nothing at this address. Check the link, or head back to your dashboard.
      </Text>
      <Button component={Link} to="/" mt="sm">
        Go to dashboard
      </Button>
    </Stack>
  );
}

export { NotFoundPage as Component };
