import { Accordion, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CardsSkeleton, QueryError } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { meQuery } from '../auth/auth-api.ts';
import { AcceptingCard } from './accepting-card.tsx';
import { MentorDirectory } from './mentor-directory.tsx';
import { MentorProfileForm } from './mentor-profile-form.tsx';
import { myMentorProfileQuery, preferencesQuery } from './mentorship-api.ts';
import { PreferencesForm } from './preferences-form.tsx';
import { RelationshipsList } from './relationships-list.tsx';
import { RequestsList } from './requests-list.tsx';
import { WaitlistList } from './waitlist-list.tsx';

/** Tabs follow ?tab= so a link (and the back button) lands on the right one. */
function useTab(fallback: string, known: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const current = params.get('tab');
  const tab = current !== null && known.includes(current) ? current : fallback;
  const setTab = (next: string | null) => {
    if (next !== null) setParams({ tab: next }, { replace: true });
  };
  return [tab, setTab] as const;
}

function MenteeView() {
  const [tab, setTab] = useTab('find', ['find', 'requests', 'mentors']);
  const prefs = useQuery(preferencesQuery);
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List mb="lg">
        <Tabs.Tab value="find">Find a mentor</Tabs.Tab>
        <Tabs.Tab value="requests">My requests</Tabs.Tab>
        <Tabs.Tab value="mentors">My mentors</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="find">
        {prefs.isPending ? (
          <CardsSkeleton cards={1} />
        ) : prefs.isError ? (
          <QueryError error={prefs.error} onRetry={() => prefs.refetch()} />
        ) : (
          <Stack gap="lg">
            <Accordion
              variant="contained"
              defaultValue={prefs.data.preferences === null ? 'preferences' : null}
            >
              <Accordion.Item value="preferences">
                <Accordion.Control>
                  {prefs.data.preferences === null
                    ? 'Tell us what you are looking for, to rank mentors for you'
                    : 'My preferences'}
                </Accordion.Control>
                <Accordion.Panel>
                  <PreferencesForm saved={prefs.data.preferences} />
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
            <MentorDirectory canFilterByZone={prefs.data.preferences !== null} />
          </Stack>
        )}
      </Tabs.Panel>
      <Tabs.Panel value="requests">
        <Stack gap="xl">
          <RequestsList side="mentee" />
          <WaitlistList />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="mentors">
        <RelationshipsList side="mentee" />
      </Tabs.Panel>
    </Tabs>
  );
}

function MentorView() {
  const profile = useQuery(myMentorProfileQuery);
  // The first tab is chosen once: saving the first profile must not move the mentor away.
  const [firstTab, setFirstTab] = useState<string | null>(null);
  useEffect(() => {
    if (firstTab === null && profile.data !== undefined) {
      setFirstTab(profile.data.profile === null ? 'profile' : 'requests');
    }
  }, [firstTab, profile.data]);
  const [tab, setTab] = useTab(firstTab ?? 'requests', ['requests', 'mentees', 'profile']);
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List mb="lg">
        <Tabs.Tab value="requests">Requests</Tabs.Tab>
        <Tabs.Tab value="mentees">My mentees</Tabs.Tab>
        <Tabs.Tab value="profile">My profile</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="requests">
        <RequestsList side="mentor" />
      </Tabs.Panel>
      <Tabs.Panel value="mentees">
        <RelationshipsList side="mentor" />
      </Tabs.Panel>
      <Tabs.Panel value="profile">
        {profile.isPending ? (
          <CardsSkeleton cards={1} />
        ) : profile.isError ? (
          <QueryError error={profile.error} onRetry={() => profile.refetch()} />
        ) : (
          <Stack gap="lg">
            {profile.data.profile === null ? (
              <Text>Mentees find you once your profile is saved.</Text>
            ) : (
              <AcceptingCard profile={profile.data.profile} />
            )}
            <MentorProfileForm
              key={profile.data.profile?.id ?? 'new'}
              profile={profile.data.profile}
            />
          </Stack>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}

export function MentorsPage() {
  usePageTitle('Mentors');
  const me = useQuery(meQuery);
  const role = me.data?.role;
  return (
    <>
      <PageHeader
        title="Mentors"
        description={
          role === 'mentor'
            ? 'Answer requests, keep track of your mentees and keep your profile current.'
            : 'Find a physician who has walked the same path, write a first message that gets answered, and keep the relationship going.'
        }
      />
      {role === 'mentor' ? (
        <MentorView />
      ) : role === 'applicant' ? (
        <MenteeView />
      ) : (
        <MentorDirectory canFilterByZone={false} />
      )}
    </>
  );
}

export { MentorsPage as Component };
