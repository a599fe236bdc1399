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
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { ApiError, errorMessage } from '../../lib/api.ts';
import { percent, specialtyName } from '../programs/format.ts';
import {
  metaQuery,
  simulationQuery,
  simulationsQuery,
  useStartSimulation,
} from '../programs/programs-api.ts';

const SimulationCharts = lazy(() => import('./simulation-charts.tsx'));
const RUNS = ['50', '100', '200', '500', '1000'];

/** The server's reason, with each issue it names (e.g. which program cannot be simulated). */
function reasonOf(error: unknown): string {
  const issues = error instanceof ApiError ? error.issues.map((i) => i.message) : [];
  return issues.length === 0
    ? errorMessage(error)
    : `${errorMessage(error)}: ${issues.join('; ')}.`;
}

function Running({
  id,
  programNames,
}: {
  readonly id: string;
  readonly programNames: ReadonlyMap<string, string>;
}) {
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
          {r.specialty
            .split(' + ')
            .map((s) => specialtyName(s, meta.data?.specialties))
            .join(' + ')}
          ; {percent(r.market.fillRate)} of positions filled on average.
        </Text>
      </Group>
      <Table
        fz="sm"
        verticalSpacing={4}
        aria-label="Where the simulated runs placed you, by program"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Choice</Table.Th>
            <Table.Th>Program</Table.Th>
            <Table.Th ta="right">Matched in</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.distribution.map((d) => (
            <Table.Tr key={d.choice ?? 'unmatched'}>
              <Table.Td>{d.choice ?? '—'}</Table.Td>
              <Table.Td className="text-break">
                {d.programId === null
                  ? 'Unmatched'
                  : (programNames.get(d.programId) ?? d.programId)}
              </Table.Td>
              <Table.Td ta="right">{percent(d.probability)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
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
  programNames,
  blockedReason,
}: {
  readonly rankListId: string;
  /** Program id → name, so results name programs rather than choices. */
  readonly programNames: ReadonlyMap<string, string>;
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
        Runs our implementation of the NRMP&apos;s published matching algorithm many times on a
        synthetic market: competitors drawn from public NRMP aggregates, one market per specialty on
        your list (solved together, so you match at most once), assuming you interviewed at every
        program on this list. Your profile is used for how programs rank you.
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
      <FormAlert title="Not started" message={start.isError ? reasonOf(start.error) : null} />
      {current ? (
        <Running id={current} key={current} programNames={programNames} />
      ) : (
        <Text fz="sm" c="dimmed">
          No simulation for this list yet.
        </Text>
      )}
    </Card>
  );
}
