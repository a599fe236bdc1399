import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { errorMessage } from '../../lib/api.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { invitationPreviewQuery, useAcceptInvitation } from './my-programs-api.ts';

/**
 * The link from an invitation email (decision 046). Signed-out visitors are sent to sign in (or
 * sign up) first and come back here; only the account with the invited address can accept.
 */
export function AcceptInvitationPage() {
  usePageTitle('Program invitation');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useQuery({ ...invitationPreviewQuery(token), enabled: token !== '' });
  const accept = useAcceptInvitation();
  const navigate = useNavigate();

  if (token === '')
    return <FormAlert message="This page needs the link from the invitation email." />;
  if (preview.error) return <FormAlert message={errorMessage(preview.error)} />;
  const data = preview.data;
  if (!data) return null;
  const as = data.role === 'mentee' ? 'a mentee' : 'a mentor';
  return (
    <>
      <PageHeader
        title={`Join ${data.programName}`}
        description={`The organisation invited ${data.name} as ${as}.`}
      />
      <Card maw={640}>
        <Stack gap="md">
          {data.accountFits ? (
            <Text>
              Accepting links this program to your account. You will see what the organisation
              imported about you and can correct it; once you are paired, your{' '}
              {data.role === 'mentee' ? 'mentor' : 'mentee'} appears under Mentors when you have
              both accepted.
            </Text>
          ) : (
            <Alert color="yellow" role="status">
              This invitation is for {as}. Sign in with{' '}
              {data.role === 'mentee' ? 'an applicant' : 'a mentor'} account that uses the invited
              email address to accept it.
            </Alert>
          )}
          <FormAlert message={accept.error ? errorMessage(accept.error) : null} />
          <Button
            w="fit-content"
            disabled={!data.accountFits}
            loading={accept.isPending}
            onClick={() =>
              accept.mutate(token, { onSuccess: () => navigate('/my-programs', { replace: true }) })
            }
          >
            Accept invitation
          </Button>
        </Stack>
      </Card>
    </>
  );
}

export { AcceptInvitationPage as Component };
