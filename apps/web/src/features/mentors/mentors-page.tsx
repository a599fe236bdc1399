import { IconUsersGroup } from '@tabler/icons-react';
import { ComingSoon } from '../../components/coming-soon.tsx';

export function MentorsPage() {
  return (
    <ComingSoon
      title="Mentors"
      description="Connect with physicians who have walked the same path, and keep the relationship going."
      icon={IconUsersGroup}
      planned={[
        'A directory of mentors by specialty, background and availability.',
        'Outreach with templates, and a tracker for every conversation.',
        'For organisations: pair mentors with applicants in bulk, respecting capacities.',
      ]}
      meanwhile={{ label: 'Go to your dashboard', to: '/' }}
    />
  );
}

export { MentorsPage as Component };
