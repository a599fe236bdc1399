import { Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AppDrawer } from '../../components/dialogs.tsx';
import { QueryError } from '../../components/query-state.tsx';
import { ExplanationView } from './explanation-view.tsx';
import { explainQuery } from './match-api.ts';

interface Props {
  readonly runId: string;
  readonly applicantId: string | null;
  readonly onClose: () => void;
}

export function ExplanationDrawer({ runId, applicantId, onClose }: Props) {
  const explanation = useQuery({
    ...explainQuery(runId, applicantId ?? ''),
    enabled: applicantId !== null,
  });
  return (
    <AppDrawer
      opened={applicantId !== null}
      onClose={onClose}
      title={`Outcome for ${applicantId ?? ''}`}
      closeLabel="Close explanation"
    >
      {explanation.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading explanation">
          <Skeleton h={72} />
          <Skeleton h={56} />
          <Skeleton h={56} />
        </Stack>
      ) : explanation.isError ? (
        <QueryError
          error={explanation.error}
          title="Could not explain this outcome"
          onRetry={() => explanation.refetch()}
        />
      ) : (
        <ExplanationView explanation={explanation.data.explanation} />
      )}
    </AppDrawer>
  );
}
