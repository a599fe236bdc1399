import { Alert } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { metaQuery } from './programs-api.ts';

/** Shown on every programs page while the catalogue holds generated sample programs. */
export function SyntheticBanner() {
  const meta = useQuery(metaQuery);
  const count = meta.data?.syntheticPrograms ?? 0;
  if (meta.isPending || count === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconFlask size={20} aria-hidden="true" />}
      title="Synthetic sample data"
      mb="lg"
      role="note"
      aria-label="Synthetic sample data"
    >
      {count === meta.data?.totalPrograms ? 'All' : count.toLocaleString('en-US')} programs shown
      here are <strong>not real residency programs</strong>: they are generated from public
      aggregate statistics for demonstration. Numbers are estimates; check every program on its own
      website before you apply.
    </Alert>
  );
}
