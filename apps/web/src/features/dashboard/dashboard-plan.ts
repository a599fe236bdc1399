// What the dashboard shows for each role, and the one step it recommends from the user's state
// (issue 13: mentors and organisation admins were shown the applicant's cards).
import type { Role } from '@matchready/contract';

export type DashboardCard =
  | 'profile'
  | 'programs'
  | 'interview'
  | 'timeline'
  | 'mentors'
  | 'match-lab'
  | 'mentor-profile'
  | 'mentor-requests'
  | 'mentees'
  | 'mentorship-programs'
  | 'program-data';

/** Cards by role, most useful first; the match lab (whole test datasets) always last. */
export const DASHBOARD_CARDS: Readonly<Record<Role, readonly DashboardCard[]>> = {
  applicant: ['profile', 'programs', 'interview', 'timeline', 'mentors', 'match-lab'],
  mentor: ['mentor-requests', 'mentees', 'mentor-profile', 'match-lab'],
  'organisation-admin': ['mentorship-programs', 'program-data', 'match-lab'],
  'site-admin': ['program-data', 'match-lab'],
};

export interface DashboardState {
  readonly role: Role;
  /** Applicant: 0–100. */
  readonly profileCompleteness?: number | undefined;
  /** Applicant: programs on the saved list. */
  readonly savedPrograms?: number | undefined;
  /** Mentor: whether the mentor profile exists. */
  readonly hasMentorProfile?: boolean | undefined;
  /** Mentor: requests waiting for an answer. */
  readonly pendingRequests?: number | undefined;
}

export interface Recommendation {
  readonly to: string;
  readonly title: string;
  readonly reason: string;
}

/** Below this, program lists and the timeline guess too much. */
export const PROFILE_ENOUGH = 60;

/** The one next step; null while the state it depends on is still loading. */
export function recommendedStep(state: DashboardState): Recommendation | null {
  switch (state.role) {
    case 'applicant':
      if (state.profileCompleteness === undefined || state.savedPrograms === undefined) return null;
      if (state.profileCompleteness < PROFILE_ENOUGH)
        return {
          to: '/profile',
          title: 'Complete your profile',
          reason:
            'Your program list, chances and timeline are worked out from your scores, attempts, certification and visa plan.',
        };
      if (state.savedPrograms === 0)
        return {
          to: '/programs',
          title: 'Build your program list',
          reason: 'See the programs you are eligible for, split into safety, target and reach.',
        };
      return {
        to: '/interview',
        title: 'Practise an interview question',
        reason: 'A few answers a week, with feedback, before the invitations arrive.',
      };
    case 'mentor':
      if (state.hasMentorProfile === undefined || state.pendingRequests === undefined) return null;
      if (!state.hasMentorProfile)
        return {
          to: '/mentors?tab=profile',
          title: 'Publish your mentor profile',
          reason: 'Mentees can find you once your profile is saved; you choose how many to take.',
        };
      if (state.pendingRequests > 0)
        return {
          to: '/mentors?tab=requests',
          title: `Answer ${state.pendingRequests} mentorship ${state.pendingRequests === 1 ? 'request' : 'requests'}`,
          reason:
            'A quick yes or "not now" helps the mentee move on; requests close after 14 days.',
        };
      return {
        to: '/mentors?tab=mentees',
        title: 'Check in with your mentees',
        reason: 'Meetings, agendas and action items for each mentee are in one tracker.',
      };
    case 'organisation-admin':
      return {
        to: '/mentorship-programs',
        title: 'Pair your mentorship cohort',
        reason: 'Import mentors and mentees, solve the pairing, review it and publish.',
      };
    case 'site-admin':
      return {
        to: '/programs',
        title: 'Look after the program catalogue',
        reason: 'Import program data and check what the catalogue holds.',
      };
  }
}
