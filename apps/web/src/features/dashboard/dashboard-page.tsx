import {
  Badge,
  Button,
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
import { myMentorProfileQuery, requestsQuery } from '../mentors/mentorship-api.ts';
import { ApprovalNotice } from '../organisation/approval-notice.tsx';
import { profileQuery } from '../profile/profile-api.ts';
import { profileCompleteness } from '../profile/profile-form.ts';
import { savedListQuery } from '../programs/programs-api.ts';
import {
  DASHBOARD_CARDS,
  type DashboardCard,
  type Recommendation,
  recommendedStep,
} from './dashboard-plan.ts';
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

const CARDS: Record<DashboardCard, Omit<StepProps, 'children'>> = {
  profile: {
    to: '/profile',
    icon: IconUserCircle,
    title: 'Your profile',
    description: 'Scores, attempts, certification and visa: the facts programs look at first.',
  },
  programs: {
    to: '/programs',
    icon: IconSchool,
    title: 'Build your program list',
    description:
      'Programs you are eligible for, in safety, target and reach; rank lists and "simulate my match".',
  },
  interview: {
    to: '/interview',
    icon: IconMicrophone,
    title: 'Practise interviews',
    description: 'Answer the questions IMGs get and get feedback in seconds.',
  },
  timeline: {
    to: '/timeline',
    icon: IconCalendarEvent,
    title: 'Plan your timeline',
    description: 'Every deadline of the cycle, from your target Match year.',
  },
  mentors: {
    to: '/mentors',
    icon: IconUsersGroup,
    title: 'Find a mentor',
    description: 'Reach physicians who have been where you are.',
  },
  'match-lab': {
    to: '/match',
    icon: IconArrowsShuffle,
    title: 'Match engine lab',
    description:
      'Run the NRMP algorithm on a whole dataset of applicants and programs, for advisers and teaching. To try your own rank list, use "simulate my match" under Programs.',
  },
  'mentor-profile': {
    to: '/mentors?tab=profile',
    icon: IconUserCircle,
    title: 'Your mentor profile',
    description: 'What you offer, how many mentees you take, and when you are available.',
  },
  'mentor-requests': {
    to: '/mentors?tab=requests',
    icon: IconUsersGroup,
    title: 'Mentorship requests',
    description: 'Accept or decline, with a note; a full mentor is never recommended.',
  },
  mentees: {
    to: '/mentors?tab=mentees',
    icon: IconCalendarEvent,
    title: 'Your mentees',
    description: 'Meetings, agendas, action items and answers your mentees shared with you.',
  },
  'mentorship-programs': {
    to: '/mentorship-programs',
    icon: IconUsersGroup,
    title: 'Mentorship programs',
    description: 'Pair a cohort of mentors and mentees in bulk, review the pairs and publish.',
  },
  'program-data': {
    to: '/programs',
    icon: IconSchool,
    title: 'Program data',
    description: "Import your organisation's program data (all rows or none) and export it.",
  },
};

function Recommended({ step }: { readonly step: Recommendation }) {
  return (
    <Card withBorder p="lg" aria-labelledby="recommended-title" component="section">
      <Group justify="space-between" wrap="wrap" gap="md">
        <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Text fz="xs" fw={700} c="brand.8" tt="uppercase">
            Recommended next step
          </Text>
          <Title order={2} fz="lg" id="recommended-title">
            {step.title}
          </Title>
          <Text fz="sm" c="dimmed">
            {step.reason}
          </Text>
        </div>
        <Button
          component={Link}
          to={step.to}
          aria-label={step.title}
          rightSection={<IconArrowRight size={16} aria-hidden="true" />}
        >
          Start
        </Button>
      </Group>
    </Card>
  );
}

export function DashboardPage() {
  usePageTitle('Dashboard');
  const { data: user } = useQuery(meQuery);
  const role = user?.role;
  const isApplicant = role === 'applicant';
  const isMentor = role === 'mentor';
  const profile = useQuery({ ...profileQuery, enabled: isApplicant });
  const saved = useQuery({ ...savedListQuery, enabled: isApplicant });
  const mentorProfile = useQuery({ ...myMentorProfileQuery, enabled: isMentor });
  const requests = useQuery({ ...requestsQuery, enabled: isMentor });
  const instances = useQuery(instancesQuery);
  const completeness = profileCompleteness(profile.data?.profile ?? null);
  const instanceCount = instances.data?.instances.length;
  const firstName = user?.displayName.split(/\s+/)[0] ?? '';
  const recommendation = role
    ? recommendedStep({
        role,
        profileCompleteness: profile.data ? completeness : undefined,
        savedPrograms: saved.data?.list.entries.length,
        hasMentorProfile: mentorProfile.data ? mentorProfile.data.profile !== null : undefined,
        pendingRequests: requests.data?.requests.filter((r) => r.status === 'pending').length,
      })
    : null;

  return (
    <>
      <PageHeader
        title={`Welcome, ${firstName}`}
        description={
          isApplicant
            ? 'Here is where you stand and what to do next on your way to the Match.'
            : isMentor
              ? 'Your mentees, the requests waiting for you, and your profile.'
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
        {role === 'organisation-admin' && <ApprovalNotice />}
        {isApplicant && <PrivateNote />}
        {recommendation && <Recommended step={recommendation} />}
        {isApplicant && <WhatsNext />}
        <section aria-labelledby="next-steps-title">
          <Title order={2} fz="xl" mb="md" id="next-steps-title">
            {isApplicant ? 'Your path to the Match' : 'What you can do'}
          </Title>
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" p={0} m={0}>
            {(role ? DASHBOARD_CARDS[role] : []).map((key) => (
              <StepCard key={key} {...CARDS[key]}>
                {key === 'profile' && (
                  <div>
                    <Group justify="space-between" mb={4}>
                      <Text fz="xs" c="dimmed">
                        {completeness === 100 ? 'Complete' : 'Profile'}
                      </Text>
                      <Text fz="xs" fw={600}>
                        {profile.isPending ? '…' : `${completeness}%`}
                      </Text>
                    </Group>
                    <Progress value={completeness} size="sm" aria-label="Profile completeness" />
                  </div>
                )}
                {key === 'match-lab' && instanceCount !== undefined && (
                  <Text fz="xs" c="dimmed">
                    {instanceCount === 0
                      ? 'No saved datasets yet'
                      : `${instanceCount} saved dataset${instanceCount === 1 ? '' : 's'}`}
                  </Text>
                )}
              </StepCard>
            ))}
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}

export { DashboardPage as Component };
