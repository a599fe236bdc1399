import { Alert, Anchor, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { PrivateNote } from '../../components/private-note.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { meQuery } from '../auth/auth-api.ts';
import { profileQuery } from '../profile/profile-api.ts';
import { CalendarCard } from './calendar-card.tsx';
import { InterviewsCard } from './interviews-card.tsx';
import { MilestoneList } from './milestone-list.tsx';
import { SituationCard } from './situation-card.tsx';
import { TasksCard } from './tasks-card.tsx';
import { timelineQuery, useSaveTimelineSettings } from './timeline-api.ts';

export function TimelinePage() {
  usePageTitle('Timeline');
  const { data: user } = useQuery(meQuery);
  const timeline = useQuery({ ...timelineQuery, enabled: user?.role === 'applicant' });
  const profile = useQuery({ ...profileQuery, enabled: user?.role === 'applicant' });
  const saveSettings = useSaveTimelineSettings();

  if (user && user.role !== 'applicant') {
    return (
      <>
        <PageHeader title="Timeline" description="The application season, date by date." />
        <Alert>The timeline is for applicants: it is worked out from an applicant profile.</Alert>
      </>
    );
  }
  const plan = timeline.data;
  const toggle = (id: string) => {
    if (!plan) return;
    const completed = plan.settings.completed.includes(id)
      ? plan.settings.completed.filter((c) => c !== id)
      : [...plan.settings.completed, id];
    saveSettings.mutate({ ...plan.settings, completed });
  };

  return (
    <>
      <PageHeader
        title="Timeline"
        description="Every deadline of your Match season, worked out from your profile, with its public source."
      />
      <Stack gap="lg" maw={900}>
        <PrivateNote />
        {(timeline.isPending || profile.isPending) && <CardsSkeleton cards={3} />}
        {timeline.isError && (
          <QueryError error={timeline.error} onRetry={() => timeline.refetch()} />
        )}
        {plan && profile.data && (
          <>
            {!plan.profileComplete && (
              <Alert color="yellow" title="Tell us your situation">
                Until you set your applicant type and visa plan, the timeline assumes a non-US IMG
                who needs no visa. Set them below or on your{' '}
                <Anchor component={Link} to="/profile">
                  profile
                </Anchor>
                .
              </Alert>
            )}
            <SituationCard
              profile={profile.data.profile}
              season={plan.season}
              settings={plan.settings}
              today={plan.today}
            />
            <MilestoneList plan={plan} onToggle={toggle} />
            <InterviewsCard interviews={plan.interviews} applicantName={user?.displayName ?? ''} />
            <TasksCard tasks={plan.tasks} />
            <CalendarCard feedActive={plan.settings.calendarFeed} />
          </>
        )}
      </Stack>
    </>
  );
}

export { TimelinePage as Component };
