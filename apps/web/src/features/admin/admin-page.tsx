import { Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { meQuery } from '../auth/auth-api.ts';
import { MentorVerificationPanel } from './mentor-verification-panel.tsx';
import { OrganisationsPanel } from './organisations-panel.tsx';
import { ReportsPanel } from './reports-panel.tsx';

const TABS = ['organisations', 'mentors', 'reports'] as const;

/** Site admins: approve organisations, verify mentors, read reports (decision 040). */
export function AdminPage() {
  usePageTitle('Admin');
  const me = useQuery(meQuery);
  const [params, setParams] = useSearchParams();
  const current = params.get('tab');
  const tab = TABS.find((t) => t === current) ?? 'organisations';
  if (me.data && me.data.role !== 'site-admin')
    return (
      <QueryError title="Site admins only" error={new Error('This page is for site admins.')} />
    );
  return (
    <>
      <PageHeader
        title="Admin"
        description="Approve organisations before their admins can change shared data, vouch for mentors, and read what mentees reported."
      />
      <Tabs
        value={tab}
        onChange={(next) => next && setParams({ tab: next }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="organisations">Organisations</Tabs.Tab>
          <Tabs.Tab value="mentors">Mentor verification</Tabs.Tab>
          <Tabs.Tab value="reports">Reports</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="organisations">
          <OrganisationsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="mentors">
          <MentorVerificationPanel />
        </Tabs.Panel>
        <Tabs.Panel value="reports">
          <ReportsPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

export { AdminPage as Component };
