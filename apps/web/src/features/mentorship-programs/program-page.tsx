import { Anchor, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../components/form-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { errorMessage } from '../../lib/api.ts';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import {
  ApprovalNotice,
  LockedUntilApproved,
  useOrganisationApproval,
} from '../organisation/approval-notice.tsx';
import { DraftReview } from './draft-review.tsx';
import { draftsQuery, programKeys, programQuery, useSolve } from './mentorship-programs-api.ts';
import { PeopleImport } from './people-import.tsx';
import { ProgramInvitationsCard } from './program-invitations-card.tsx';
import { ProgramReport } from './program-report.tsx';
import { ProgramSettings } from './program-settings.tsx';

/** One program: people, settings, solve, review the newest (or a chosen) draft, report. */
export function ProgramPage() {
  const { id = '' } = useParams();
  const program = useQuery(programQuery(id));
  const drafts = useQuery(draftsQuery(id));
  const mentors = useQuery({
    queryKey: [...programKeys.one(id), 'people'],
    queryFn: ({ signal }) => call(endpoints.listProgramPeople, { params: { id }, signal }),
  });
  const solve = useSolve(id);
  // After a site admin revokes the organisation, its programs stay readable only (decision 040).
  const approved = useOrganisationApproval().state === 'approved';
  const [draftId, setDraftId] = useState<string | null>(null);
  usePageTitle(program.data?.program.name ?? 'Mentorship program');
  const newest = drafts.data?.drafts[0]?.id ?? null;
  useEffect(() => {
    if (draftId === null && newest !== null) setDraftId(newest);
  }, [draftId, newest]);

  if (program.error) return <FormAlert message={errorMessage(program.error)} />;
  const data = program.data?.program;
  if (!data) return null;
  return (
    <>
      <PageHeader
        title={data.name}
        eyebrow={
          <Anchor component={Link} to="/mentorship-programs" fz="sm">
            ← Mentorship programs
          </Anchor>
        }
        description={`${data.counts.mentees} mentees · ${data.counts.mentors} mentors · ${data.counts.published} pairs published`}
      />
      <Stack gap="lg">
        <ApprovalNotice what="change, solve or publish this program" />
        <LockedUntilApproved>
          <PeopleImport programId={id} counts={data.counts} />
        </LockedUntilApproved>
        <ProgramInvitationsCard programId={id} people={mentors.data} />
        <LockedUntilApproved>
          <ProgramSettings key={data.updatedAt} program={data} />
        </LockedUntilApproved>
        <Card component="section" aria-labelledby="solve-title">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={2} fz="lg" id="solve-title">
                Drafts
              </Title>
              <Text fz="sm" c="dimmed">
                Solving never moves a published pair. Each mentee’s 50 best-scoring mentors are
                candidates.
              </Text>
            </div>
            <Group>
              {drafts.data && drafts.data.drafts.length > 1 && (
                <Select
                  aria-label="Draft"
                  w={240}
                  value={draftId}
                  onChange={setDraftId}
                  data={drafts.data.drafts.map((d, i) => ({
                    value: d.id,
                    label: `#${drafts.data.drafts.length - i} ${d.reason} · ${d.status}${d.matched === null ? '' : ` · ${d.matched} matched`}`,
                  }))}
                />
              )}
              <Button
                loading={solve.isPending}
                disabled={!approved || data.counts.mentors === 0 || data.counts.mentees === 0}
                onClick={() =>
                  solve.mutate(undefined, { onSuccess: ({ draft }) => setDraftId(draft.id) })
                }
              >
                Solve
              </Button>
            </Group>
          </Group>
          <FormAlert message={solve.error ? errorMessage(solve.error) : null} />
        </Card>
        {draftId && (
          <DraftReview
            key={draftId}
            programId={id}
            draftId={draftId}
            mentors={mentors.data?.mentors ?? []}
            onNewDraft={setDraftId}
          />
        )}
        <ProgramReport programId={id} />
      </Stack>
    </>
  );
}

export { ProgramPage as Component };
