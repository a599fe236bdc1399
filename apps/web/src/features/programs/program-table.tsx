import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ProgramListEntryJson } from '@matchready/contract';
import { IconCheck, IconChevronDown, IconChevronUp, IconPlus } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { ScrollTable } from '../../components/scroll-table.tsx';
import { FactorBreakdown } from './factor-breakdown.tsx';
import { percent, place, TIER_COLOR, TIER_LABEL, visaSummary } from './format.ts';

function Status({ entry }: { readonly entry: ProgramListEntryJson }) {
  if (!entry.eligible) {
    return (
      <Stack gap={4}>
        <Badge color="red.9" variant="outline" w="fit-content">
          Not eligible
        </Badge>
        {entry.reasons.map((r) => (
          <Text key={r.code} fz="xs" className="text-break">
            {r.message}
          </Text>
        ))}
      </Stack>
    );
  }
  const tier = entry.tier ?? 'reach';
  return (
    <Stack gap={4}>
      <Badge color={TIER_COLOR[tier]} variant="light" w="fit-content">
        {TIER_LABEL[tier]}
      </Badge>
      {entry.tierReasonText && (
        <Text fz="xs" c="dimmed">
          {entry.tierReasonText}
        </Text>
      )}
    </Stack>
  );
}

function Details({ entry }: { readonly entry: ProgramListEntryJson }) {
  const p = entry.program;
  const requirement = (value: number | null, text: (v: number) => string) =>
    value === null ? 'not reported' : text(value);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" py="sm">
      <div>
        <Text fw={600} fz="sm" mb={6}>
          {entry.eligible
            ? `Why ${percent(entry.chance ?? 0)}: what moved the estimate`
            : 'Why not eligible'}
        </Text>
        {entry.eligible &&
          entry.score !== null &&
          entry.chance !== null &&
          entry.score !== entry.chance && (
            <Text fz="sm" mb={6}>
              The model alone estimates {percent(entry.score)}; it is shown as{' '}
              {percent(entry.chance)} because{' '}
              {entry.tierReasonText?.replace(/^./, (c) => c.toLowerCase()) ?? 'of the tier rule'}
            </Text>
          )}
        {entry.eligible ? (
          <FactorBreakdown factors={entry.factors} />
        ) : (
          <List fz="sm">
            {entry.reasons.map((r) => (
              <List.Item key={r.code}>{r.message}</List.Item>
            ))}
          </List>
        )}
      </div>
      <div>
        <Text fw={600} fz="sm" mb={6}>
          What the program reports
        </Text>
        <List fz="sm" spacing={2}>
          <List.Item>{visaSummary(p)}</List.Item>
          <List.Item>
            IMG share of residents: {p.imgShare === null ? 'not reported' : percent(p.imgShare)}
          </List.Item>
          <List.Item>
            Minimum Step 2 CK: {requirement(p.minStep2, (v) => String(v))} · Graduated within:{' '}
            {requirement(p.yogCutoff, (v) => `${v} years`)}
          </List.Item>
          <List.Item>
            Failed attempts accepted:{' '}
            {requirement(p.maxAttempts, (v) => (v === 0 ? 'none' : String(v)))} · USCE required:{' '}
            {p.usceRequired === null ? 'not reported' : p.usceRequired ? 'yes' : 'no'}
          </List.Item>
          <List.Item>Positions: {p.positions ?? 'not reported'}</List.Item>
        </List>
        {entry.warnings.length > 0 && (
          <>
            <Text fw={600} fz="sm" mt="sm" mb={4}>
              Check with the program
            </Text>
            <List fz="sm">
              {entry.warnings.map((w) => (
                <List.Item key={w.code}>{w.message}</List.Item>
              ))}
            </List>
          </>
        )}
      </div>
    </SimpleGrid>
  );
}

function Actions({
  entry,
  expanded,
  inList,
  onExpand,
  onToggle,
}: {
  readonly entry: ProgramListEntryJson;
  readonly expanded: boolean;
  readonly inList: boolean;
  readonly onExpand: () => void;
  readonly onToggle: () => void;
}) {
  const name = entry.program.name;
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Button
        size="compact-sm"
        variant="subtle"
        aria-expanded={expanded}
        aria-controls={`details-${entry.id}`}
        aria-label={`Why: ${name}`}
        rightSection={
          expanded ? (
            <IconChevronUp size={14} aria-hidden="true" />
          ) : (
            <IconChevronDown size={14} aria-hidden="true" />
          )
        }
        onClick={onExpand}
      >
        Why?
      </Button>
      <Button
        size="compact-sm"
        variant={inList ? 'light' : 'default'}
        aria-pressed={inList}
        aria-label={`${inList ? 'Remove from' : 'Add to'} my list: ${name}`}
        leftSection={
          inList ? (
            <IconCheck size={14} aria-hidden="true" />
          ) : (
            <IconPlus size={14} aria-hidden="true" />
          )
        }
        onClick={onToggle}
      >
        {inList ? 'In my list' : 'Add'}
      </Button>
    </Group>
  );
}

function ProgramName({ entry }: { readonly entry: ProgramListEntryJson }) {
  const p = entry.program;
  return (
    <>
      <Text fw={600} fz="sm" className="text-break">
        {p.name}
      </Text>
      <Group gap={6}>
        <Text fz="xs" c="dimmed">
          {place(p)} · {p.id}
        </Text>
        {p.synthetic && (
          <Badge size="xs" color="orange" variant="light">
            Synthetic
          </Badge>
        )}
      </Group>
    </>
  );
}

const chanceText = (entry: ProgramListEntryJson) =>
  entry.chance === null ? '—' : percent(entry.chance);

interface ProgramTableProps {
  readonly entries: readonly ProgramListEntryJson[];
  readonly saved: ReadonlySet<string>;
  readonly onToggle: (entry: ProgramListEntryJson) => void;
}

/**
 * On a phone, one card per program: name, tier, chance and the actions all fit 390 px without
 * scrolling sideways (issue 13: the chance column and Add button were off-screen).
 */
function ProgramCards({ entries, saved, onToggle }: ProgramTableProps) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Stack component="ul" aria-label="Programs" gap="sm" p={0} m={0}>
      {entries.map((entry) => {
        const expanded = open === entry.id;
        return (
          <Card key={entry.id} component="li" withBorder p="sm" style={{ listStyle: 'none' }}>
            <ProgramName entry={entry} />
            <Group justify="space-between" align="flex-start" wrap="nowrap" mt="xs" gap="sm">
              <div style={{ minWidth: 0 }}>
                <Status entry={entry} />
              </div>
              <Text fz="sm" fw={600} ta="right" style={{ whiteSpace: 'nowrap' }}>
                {chanceText(entry)}
                <Text component="span" display="block" fz="xs" c="dimmed" fw={400}>
                  interview chance
                </Text>
              </Text>
            </Group>
            <Group justify="flex-end" mt="xs">
              <Actions
                entry={entry}
                expanded={expanded}
                inList={saved.has(entry.id)}
                onExpand={() => setOpen(expanded ? null : entry.id)}
                onToggle={() => onToggle(entry)}
              />
            </Group>
            {expanded && (
              <div id={`details-${entry.id}`}>
                <Details entry={entry} />
              </div>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}

/** The list: program, eligibility or tier, estimated interview chance, details and "add to list". */
export function ProgramTable(props: ProgramTableProps) {
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  return isPhone ? <ProgramCards {...props} /> : <ProgramRows {...props} />;
}

function ProgramRows({ entries, saved, onToggle }: ProgramTableProps) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <ScrollTable label="Program list table" minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Programs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Program</Table.Th>
            <Table.Th scope="col">Eligibility and tier</Table.Th>
            <Table.Th scope="col">Interview chance (est.)</Table.Th>
            {/* Positioned, so the hidden label stays inside the scrolling region. */}
            <Table.Th scope="col" pos="relative">
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const expanded = open === entry.id;
            return (
              <Fragment key={entry.id}>
                <Table.Tr>
                  <Table.Td maw={320}>
                    <ProgramName entry={entry} />
                  </Table.Td>
                  <Table.Td maw={320}>
                    <Status entry={entry} />
                  </Table.Td>
                  <Table.Td>
                    <Text
                      fz="sm"
                      fw={entry.chance === null ? 400 : 600}
                      c={entry.chance === null ? 'dimmed' : undefined}
                    >
                      {chanceText(entry)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Actions
                      entry={entry}
                      expanded={expanded}
                      inList={saved.has(entry.id)}
                      onExpand={() => setOpen(expanded ? null : entry.id)}
                      onToggle={() => onToggle(entry)}
                    />
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr id={`details-${entry.id}`}>
                    <Table.Td colSpan={4} bg="gray.0">
                      <Details entry={entry} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
