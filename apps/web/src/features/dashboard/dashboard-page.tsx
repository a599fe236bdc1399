import {
  Badge,
  Card,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  type Icon,
  IconArrowRight,
  IconArrowsShuffle,
  IconCalendarEvent,
  IconMicrophone,
  IconSchool,
  IconUserCircle,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { PrivateNote } from '../../components/private-note.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { meQuery } from '../auth/auth-api.ts';
import { instancesQuery } from '../match/match-api.ts';
import { profileQuery } from '../profile/profile-api.ts';
import { profileCompleteness } from '../profile/profile-form.ts';
import { WhatsNext } from './whats-next.tsx';

interface StepProps {
  readonly to: string;
  readonly icon: Icon;
  readonly title: string;
  readonly description: string;
  readonly soon?: boolean;
  readonly children?: ReactNode;
}

function StepCard({ to, icon: StepIcon, title, description, soon, children }: StepProps) {
  return (
    <Card component="li" p={0} style={{ listStyle: 'none' }}>
      <UnstyledButton
        component={Link}
        to={to}
        p="lg"
        h="100%"
        display="block"
        className="step-card"
      >
        <Stack gap="sm" h="100%">
          <Group justify="space-between" wrap="nowrap">
            <ThemeIcon size={40} radius="md" variant="light">
              <StepIcon size={22} stroke={1.6} aria-hidden="true" />
            </ThemeIcon>
            {soon ? (
              <Badge variant="light" color="gray">
                Coming soon
              </Badge>
            ) : (
              <IconArrowRight size={18} aria-hidden="true" color="var(--mantine-color-brand-6)" />
            )}
          </Group>
          <Title order={3} fz="md">
            {title}
          </Title>
          <Text fz="sm" c="dimmed">
            {description}
          </Text>
          {children}
        </Stack>
      </UnstyledButton>
    </Card>
  );
}

export function DashboardPage() {
  usePageTitle('Dashboard');
  const { data: user } = useQuery(meQuery);
  const isApplicant = user?.role === 'applicant';
  const profile = useQuery({ ...profileQuery, enabled: isApplicant });
  const instances = useQuery(instancesQuery);
  const completeness = profileCompleteness(profile.data?.profile ?? null);
  const instanceCount = instances.data?.instances.length;
  const firstName = user?.displayName.split(/\s+/)[0] ?? '';

  return (
    <>
      <PageHeader
        title={`Welcome, ${firstName}`}
        description={
          isApplicant
            ? 'Here is where you stand and what to do next on your way to the Match.'
            : 'Here is what you can do with MatchReady today.'
        }
        eyebrow={
          user?.isDemo ? (
            <Badge color="grape" variant="light" w="fit-content">
              Demo account
            </Badge>
          ) : undefined
        }
      />
      <Stack gap="xl">
        {isApplicant && <PrivateNote />}
        {isApplicant && <WhatsNext />}
        <section aria-labelledby="next-steps-title">
          <Title order={2} fz="xl" mb="md" id="next-steps-title">
            Next steps
          </Title>
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" p={0} m={0}>
            {isApplicant && (
              <StepCard
                to="/profile"
                icon={IconUserCircle}
                title={completeness === 100 ? 'Your profile is complete' : 'Complete your profile'}
                description="Scores, attempts, certification and visa: the facts programs look at first."
              >
                <div>
                  <Group justify="space-between" mb={4}>
                    <Text fz="xs" c="dimmed">
                      Profile
                    </Text>
                    <Text fz="xs" fw={600}>
                      {profile.isPending ? '…' : `${completeness}%`}
                    </Text>
                  </Group>
                  <Progress value={completeness} size="sm" aria-label="Profile completeness" />
                </div>
              </StepCard>
            )}
            <StepCard
              to="/match"
              icon={IconArrowsShuffle}
              title="Simulate a match"
              description="Run the NRMP algorithm on rank lists and see why each applicant matched where they did."
            >
              {instanceCount !== undefined && (
                <Text fz="xs" c="dimmed">
                  {instanceCount === 0
                    ? 'No saved instances yet'
                    : `${instanceCount} saved instance${instanceCount === 1 ? '' : 's'}`}
                </Text>
              )}
            </StepCard>
            <StepCard
              to="/interview"
              icon={IconMicrophone}
              title="Practise interviews"
              description="Answer real interview questions and get feedback."
            />
            <StepCard
              to="/programs"
              icon={IconSchool}
              title="Build your program list"
              description="Find programs that fit your profile, sorted into safety, target and reach."
            />
            <StepCard
              to="/mentors"
              icon={IconUsersGroup}
              title="Find a mentor"
              description="Reach physicians who have been where you are."
            />
            <StepCard
              to="/timeline"
              icon={IconCalendarEvent}
              title="Plan your timeline"
              description="Every deadline of the cycle, from your target Match year."
            />
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}

export { DashboardPage as Component };
