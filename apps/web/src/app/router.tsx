import { createBrowserRouter } from 'react-router';
import { setUnauthenticatedHandler } from '../lib/api.ts';
import { handleSessionExpired, redirectIfSignedIn, requireUser } from './guards.ts';
import { PageLoader } from './page-loader.tsx';
import { RouteErrorPage } from './route-error-page.tsx';

// Every page is its own chunk; the shell and the auth pages too, so first load stays small.
export const router = createBrowserRouter([
  {
    HydrateFallback: PageLoader,
    ErrorBoundary: RouteErrorPage,
    children: [
      {
        loader: redirectIfSignedIn,
        lazy: () => import('../features/auth/auth-layout.tsx'),
        children: [
          { path: 'sign-in', lazy: () => import('../features/auth/sign-in-page.tsx') },
          { path: 'sign-up', lazy: () => import('../features/auth/sign-up-page.tsx') },
          {
            path: 'forgot-password',
            lazy: () => import('../features/auth/forgot-password-page.tsx'),
          },
          {
            path: 'reset-password',
            lazy: () => import('../features/auth/reset-password-page.tsx'),
          },
        ],
      },
      {
        loader: requireUser,
        lazy: () => import('./app-layout.tsx'),
        children: [
          {
            ErrorBoundary: RouteErrorPage,
            children: [
              { index: true, lazy: () => import('../features/dashboard/dashboard-page.tsx') },
              { path: 'profile', lazy: () => import('../features/profile/profile-page.tsx') },
              { path: 'account', lazy: () => import('../features/account/account-page.tsx') },
              { path: 'outbox', lazy: () => import('../features/account/outbox-page.tsx') },
              { path: 'match', lazy: () => import('../features/match/match-page.tsx') },
              {
                path: 'match/:instanceId',
                lazy: () => import('../features/match/instance-page.tsx'),
              },
              { path: 'interview', lazy: () => import('../features/interview/interview-page.tsx') },
              {
                path: 'interview/questions/:questionId',
                lazy: () => import('../features/interview/question-page.tsx'),
              },
              { path: 'interview/mock', lazy: () => import('../features/interview/mock-page.tsx') },
              {
                path: 'interview/mock/:mockId',
                lazy: () => import('../features/interview/mock-run-page.tsx'),
              },
              {
                path: 'interview/progress',
                lazy: () => import('../features/interview/progress-page.tsx'),
              },
              { path: 'programs', lazy: () => import('../features/programs/programs-page.tsx') },
              {
                path: 'programs/calculator',
                lazy: () => import('../features/match-calculator/calculator-page.tsx'),
              },
              {
                path: 'programs/rank-lists',
                lazy: () => import('../features/rank-lists/rank-lists-page.tsx'),
              },
              {
                path: 'programs/rank-lists/:rankListId',
                lazy: () => import('../features/rank-lists/rank-list-page.tsx'),
              },
              { path: 'mentors', lazy: () => import('../features/mentors/mentors-page.tsx') },
              {
                path: 'mentors/relationships/:relationshipId',
                lazy: () => import('../features/mentors/relationship-page.tsx'),
              },
              {
                path: 'mentors/shares/:shareId',
                lazy: () => import('../features/mentors/shared-attempt-page.tsx'),
              },
              {
                path: 'mentors/:mentorId',
                lazy: () => import('../features/mentors/mentor-page.tsx'),
              },
              {
                path: 'mentorship-programs',
                lazy: () => import('../features/mentorship-programs/mentorship-programs-page.tsx'),
              },
              {
                path: 'mentorship-programs/:id',
                lazy: () => import('../features/mentorship-programs/program-page.tsx'),
              },
              {
                path: 'help/nrmp-rules',
                lazy: () => import('../features/help/nrmp-rules-page.tsx'),
              },
              { path: 'timeline', lazy: () => import('../features/timeline/timeline-page.tsx') },
              {
                path: 'program-invitations/accept',
                lazy: () => import('../features/my-programs/accept-invitation-page.tsx'),
              },
              {
                path: 'my-programs',
                lazy: () => import('../features/my-programs/my-programs-page.tsx'),
              },
              { path: 'admin', lazy: () => import('../features/admin/admin-page.tsx') },
              { path: '*', lazy: () => import('./not-found-page.tsx') },
            ],
          },
        ],
      },
    ],
  },
]);

setUnauthenticatedHandler(() => handleSessionExpired((to) => router.navigate(to)));
