import {
  Alert,
  Button,
  Card,
  Group,
  List,
  NumberInput,
  Progress,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { percent, specialtyName } from '../programs/format.ts';
import {
  metaQuery,
  simulationQuery,
  simulationsQuery,
  useStartSimulation,
} from '../programs/programs-api.ts';

const SimulationCharts = lazy(() => import('./simulation-charts.tsx'));
const RUNS = ['50', '100', '200', '500', '1000'];

function Running({ id }: { readonly id: string }) {
  const simulation = useQuery(simulationQuery(id));
  const meta = useQuery(metaQuery);
  const s = simulation.data?.simulation;
  if (simulation.isError)
    return (
      <FormAlert title="Could not load the simulation" message={errorMessage(simulation.error)} />
    );
  if (!s) return <Skeleton h={40} />;
  if (s.status === 'failed')
    return (
      <Alert color="red" variant="light" title="The simulation failed" role="alert">
        {s.error ?? 'Please try again.'}
      </Alert>
    );
  if (s.status !== 'done' || !s.result) {
    const value = Math.round(s.progress * 100);
    return (
      <Stack gap={6}>
        <Text fz="sm" aria-live="polite">
          {s.status === 'queued'
            ? 'Waiting for a free worker…'
            : `Running ${s.runs} simulated Matches… ${value}%`}
        </Text>
        <Progress value={value} size="lg" animated aria-label="Simulation progress" />
      </Stack>
    );
  }
  const r = s.result;
  return (
    <Stack gap="md">
      <Progress value={100} size="lg" aria-label="Simulation progress" />
      <Text fz="sm" fw={600} style={{ color: 'var(--mantine-color-orange-light-color)' }}>
        {r.label} — an estimate, not a prediction.
      </Text>
      <Group gap="xl">
        <div>
          <Text fz={40} fw={700} lh={1} c="brand.7">
            {percent(r.pMatch)}
          </Text>
          <Text fz="sm" c="dimmed">
            of {r.runs} simulated Matches placed you
          </Text>
        </div>
        <Text fz="sm" maw={420}>
          {r.competitors.toLocaleString('en-US')} synthetic competitors for{' '}
          {r.positions.toLocaleString('en-US')} positions in{' '}
          {specialtyName(r.specialty, meta.data?.specialties)}; {percent(r.market.fillRate)} of
          positions filled on average.
        </Text>
      </Group>
      <Suspense fallback={<Skeleton h={480} />}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <SimulationCharts result={r} />
        </SimpleGrid>
      </Suspense>
      <List fz="xs" c="dimmed" spacing={2}>
        {r.caveats.map((c) => (
          <List.Item key={c}>{c}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** "Simulate my match": start runs on a synthetic market, watch progress, read the outcome. */
export function SimulationPanel({
  rankListId,
  blockedReason,
}: {
  readonly rankListId: string;
  /** Why a simulation cannot start now (unsaved changes, empty list), or null. */
  readonly blockedReason: string | null;
}) {
  const client = useQueryClient();
  const previous = useQuery(simulationsQuery);
  const start = useStartSimulation();
  const [runs, setRuns] = useState('200');
  const [competitors, setCompetitors] = useState<number | string>('');
  const [started, setStarted] = useState<string | null>(null);
  const latest = previous.data?.simulations.find((s) => s.rankListId === rankListId)?.id ?? null;
  const current = started ?? latest;

  const onStart = () =>
    start.mutate(
      {
        rankListId,
        runs: Number(runs),
        ...(typeof competitors === 'number' ? { competitors } : {}),
      },
      {
        onSuccess: ({ simulation }) => {
          client.setQueryData(['programs', 'simulations', simulation.id], { simulation });
          setStarted(simulation.id);
          void client.invalidateQueries({ queryKey: simulationsQuery.queryKey });
        },
      },
    );

  return (
    <Card component="section" aria-labelledby="simulation-title">
      <Title order={2} fz="lg" id="simulation-title" mb={4}>
        Simulate my match
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Runs the real NRMP algorithm many times on a synthetic market: competitors drawn from public
        NRMP aggregates, assuming you interviewed at every program on this list. Your profile is
        used for how programs rank you.
      </Text>
      <Group align="flex-end" gap="sm" mb="md">
        <Select
          label="Runs"
          data={RUNS}
          value={runs}
          onChange={(v) => setRuns(v ?? '200')}
          allowDeselect={false}
          w={120}
        />
        <NumberInput
          label="Competitors"
          description="Empty: scaled to the specialty"
          min={0}
          max={20000}
          allowDecimal={false}
          value={competitors}
          onChange={setCompetitors}
          w={220}
        />
        <Button
          leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
          onClick={onStart}
          loading={start.isPending}
          disabled={blockedReason !== null}
        >
          Run simulation
        </Button>
      </Group>
      {blockedReason && (
        <Text fz="sm" c="dimmed" mb="sm">
          {blockedReason}
        </Text>
      )}
      <FormAlert title="Not started" message={start.isError ? errorMessage(start.error) : null} />
      {current ? (
        <Running id={current} key={current} />
      ) : (
        <Text fz="sm" c="dimmed">
          No simulation for this list yet.
        </Text>
      )}
    </Card>
  );
}
