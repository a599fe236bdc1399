import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { meQuery } from '../auth/auth-api.ts';
import { CatalogueAdmin } from './catalogue-admin.tsx';
import { CatalogueBrowser } from './catalogue-browser.tsx';
import { ListBuilder } from './list-builder.tsx';
import { ProgramsFrame } from './programs-frame.tsx';

/** Applicants build their list; organisation and site admins curate the shared catalogue. */
export function ProgramsPage() {
  usePageTitle('Programs');
  const me = useQuery(meQuery);
  const role = me.data?.role;
  const applicant = role === 'applicant';
  const admin = role === 'organisation-admin' || role === 'site-admin';
  return (
    <ProgramsFrame
      applicant={applicant}
      title={applicant ? 'Program list builder' : 'Programs'}
      description={
        applicant
          ? 'Every program of your specialties, judged on your profile: not eligible (with the reason), then safety, target and reach by estimated interview chance.'
          : 'The program catalogue MatchReady judges applicants’ lists against.'
      }
    >
      {applicant ? (
        <ListBuilder />
      ) : (
        <Stack gap="xl">
          {admin && <CatalogueAdmin />}
          <CatalogueBrowser />
        </Stack>
      )}
    </ProgramsFrame>
  );
}

export { ProgramsPage as Component };
