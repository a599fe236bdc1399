import { IconCalendarEvent } from '@tabler/icons-react';
import { ComingSoon } from '../../components/coming-soon.tsx';

export function TimelinePage() {
  return (
    <ComingSoon
      title="Timeline"
      description="Every milestone of your application cycle, worked out from your target Match year."
      icon={IconCalendarEvent}
      planned={[
        'Deadlines for USMLE, ECFMG certification, ERAS, interviews and rank lists.',
        'Steps tailored to your profile: visa, pathways and English test.',
        'Reminders you can add to your own calendar.',
      ]}
      meanwhile={{ label: 'Complete your profile', to: '/profile' }}
    />
  );
}

export { TimelinePage as Component };
