import {
  Box,
  Container,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { Outlet } from 'react-router';
import { Wordmark } from '../../components/logo.tsx';

const promises = [
  'Know where you stand: scores, attempts, visa and certification in one profile.',
  'Simulate the Match with our implementation of the NRMP’s published algorithm and see why each result happened.',
  'Private by default: your scores and visa status are visible only to you.',
];

/** Public pages (sign-in, sign-up): the form beside a short statement of what MatchReady is. */
export function AuthLayout() {
  return (
    <Box bg="var(--app-page-bg)" mih="100dvh" py={{ base: 'lg', sm: 48 }}>
      <a className="skip-link" href="#main-content">
        Skip to content
      </a>
      <Container size="lg">
        <Box component="header" mb="xl">
          <Wordmark />
        </Box>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing={{ base: 'lg', md: 48 }}>
          <Box component="main" id="main-content" tabIndex={-1}>
            <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
              <Outlet />
            </Paper>
          </Box>
          <Stack component="aside" aria-label="About MatchReady" gap="lg" visibleFrom="md" pt="md">
            <Title order={2} fz={28} c="brand.9">
              From “where do I stand?” to matched.
            </Title>
            <Text c="dimmed" fz="lg">
              An open companion for International Medical Graduates applying to US residency, with
              mentors and organisations who support them.
            </Text>
            <List
              spacing="md"
              icon={
                <ThemeIcon size={24} radius="xl" variant="light">
                  <IconCheck size={16} aria-hidden="true" />
                </ThemeIcon>
              }
            >
              {promises.map((promise) => (
                <List.Item key={promise}>{promise}</List.Item>
              ))}
            </List>
          </Stack>
        </SimpleGrid>
      </Container>
    </Box>
  );
}

export { AuthLayout as Component };
