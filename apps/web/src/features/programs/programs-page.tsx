import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { meQuery } from '../auth/auth-api.ts';
import { ApprovalNotice, useOrganisationApproval } from '../organisation/approval-notice.tsx';
import { OrganisationDatasets } from '../organisation/organisation-datasets.tsx';
import { CatalogueAdmin } from './catalogue-admin.tsx';
import { CatalogueBrowser } from './catalogue-browser.tsx';
import { ListBuilder } from './list-builder.tsx';
import { ProgramsFrame } from './programs-frame.tsx';

/**
 * An organisation admin's part of the catalogue: import and delete once a site admin approved
 * the organisation (decision 040); until then the wait is explained instead of an import form
 * that would be refused.
 */
function OrganisationCatalogue() {
  const { state } = useOrganisationApproval();
  if (state === 'loading') return null;
  const approved = state === 'approved';
  return (
    <>
      <ApprovalNotice what="import program data or delete its datasets" />
      {approved && <CatalogueAdmin />}
      <OrganisationDatasets canDelete={approved} />
    </>
  );
}

/** Applicants build their list; organisation and site admins curate the shared catalogue. */
export function ProgramsPage() {
  usePageTitle('Programs');
  const me = useQuery(meQuery);
  const role = me.data?.role;
  const applicant = role === 'applicant';

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
          {role === 'organisation-admin' && <OrganisationCatalogue />}
          {role === 'site-admin' && <CatalogueAdmin />}
          <CatalogueBrowser />
        </Stack>
      )}
    </ProgramsFrame>
  );
}

export { ProgramsPage as Component };
