import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiError } from '../lib/api.ts';
import { usePageTitle } from '../lib/use-page-title.ts';

function describe(error: unknown): { title: string; message: string } {
  if (
    (isRouteErrorResponse(error) && error.status === 404) ||
    (error instanceof ApiError && error.isNotFound)
  ) {
    return {
      title: 'Not found',
      message: 'We could not find that page. It may have moved or been deleted.',
    };
  }
  if (error instanceof ApiError) return { title: 'Something went wrong', message: error.message };
  if (
    error instanceof Error &&
    /dynamically imported module|Importing a module script/i.test(error.message)
  ) {
    return {
      title: 'MatchReady was updated',
      message: 'A newer version is available. Reload the page to continue.',
    };
  }
  return {
    title: 'Something went wrong',
    message: 'An unexpected error stopped this page from loading.',
  };
}

/** Catches loader and render errors for a route subtree, keeping the rest of the app usable. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { title, message } = describe(error);
  usePageTitle(title);
  return (
    <Center mih="50vh" p="lg">
      <Stack align="center" gap="sm" maw={480} ta="center" role="alert">
        <Title order={1} fz={26}>
          {title}
        </Title>
        <Text c="dimmed">{message}</Text>
        <Group mt="sm">
          <Button variant="default" onClick={() => window.location.reload()}>
            Reload
          </Button>
          <Button component={Link} to="/">
            Go to dashboard
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}
