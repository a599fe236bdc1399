import {
  type Icon,
  IconArrowsShuffle,
  IconBook,
  IconCalendarEvent,
  IconLayoutDashboard,
  IconMail,
  IconMicrophone,
  IconSchool,
  IconSettings,
  IconShieldCheck,
  IconUserCircle,
  IconUsersGroup,
} from '@tabler/icons-react';

export interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly icon: Icon;
  readonly soon?: boolean;
  /** Only applicants keep an applicant profile. */
  readonly applicantOnly?: boolean;
  /** Only organisation admins run mentorship programs. */
  readonly organisationOnly?: boolean;
  /** Only applicants and mentors take part in organisations' programs. */
  readonly participantOnly?: boolean;
  /** Only site admins approve organisations and verify mentors. */
  readonly siteAdminOnly?: boolean;
}

export const mainNav: readonly NavItem[] = [
  { to: '/', label: 'Dashboard', icon: IconLayoutDashboard },
  { to: '/interview', label: 'Interview', icon: IconMicrophone },
  { to: '/programs', label: 'Programs', icon: IconSchool },
  { to: '/match', label: 'Match', icon: IconArrowsShuffle },
  { to: '/mentors', label: 'Mentors', icon: IconUsersGroup },
  {
    to: '/mentorship-programs',
    label: 'Mentorship programs',
    icon: IconUsersGroup,
    organisationOnly: true,
  },
  { to: '/timeline', label: 'Timeline', icon: IconCalendarEvent },
  { to: '/help/nrmp-rules', label: 'NRMP rules', icon: IconBook },
  { to: '/admin', label: 'Admin', icon: IconShieldCheck, siteAdminOnly: true },
];

export const personalNav: readonly NavItem[] = [
  { to: '/profile', label: 'Profile', icon: IconUserCircle, applicantOnly: true },
  { to: '/account', label: 'Account', icon: IconSettings },
  { to: '/outbox', label: 'Outbox', icon: IconMail },
  { to: '/my-programs', label: 'My programs', icon: IconUsersGroup, participantOnly: true },
];
