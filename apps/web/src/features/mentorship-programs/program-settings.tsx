import { Button, Card, Group, NumberInput, SegmentedControl, Text, Title } from '@mantine/core';
import type { MentorshipProgram } from '@matchready/contract';
import { COMPATIBILITY_FACTORS } from '@matchready/core/vocabulary';
import { useState } from 'react';
import { FormAlert } from '../../components/form-alert.tsx';
import { errorMessage } from '../../lib/api.ts';
import { useUpdateProgram } from './mentorship-programs-api.ts';

export const FACTOR_LABELS: Record<(typeof COMPATIBILITY_FACTORS)[number], string> = {
  specialty: 'Specialty',
  'mentor-type': 'Kind of help',
  language: 'Language',
  'time-zone': 'Time zone',
  'img-background': 'IMG background',
  'free-capacity': 'Free places',
};

/** Weights of the compatibility factors, the mode and the minimum score. */
export function ProgramSettings({ program }: { program: MentorshipProgram }) {
  const update = useUpdateProgram(program.id);
  const [weights, setWeights] = useState<Record<string, number>>({ ...program.weights });
  const [mode, setMode] = useState(program.mode);
  const [minimum, setMinimum] = useState<number | string>(program.minimumScore ?? '');
  return (
    <Card component="section" aria-labelledby="settings-title">
      <Title order={2} fz="lg" id="settings-title" mb="xs">
        What matters
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        Each factor scores 0 to its weight (whole points); a pair’s score is their sum. Total
        maximises the sum; fair first matches as many mentees as possible, then raises the lowest
        score, then the sum.
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({
            weights,
            mode,
            minimumScore: minimum === '' ? null : Number(minimum),
          });
        }}
      >
        <Group align="flex-end" gap="sm" mb="md">
          {COMPATIBILITY_FACTORS.map((factor) => (
            <NumberInput
              key={factor}
              label={FACTOR_LABELS[factor]}
              min={0}
              max={100}
              allowDecimal={false}
              w={120}
              value={weights[factor]}
              onChange={(value) => setWeights((w) => ({ ...w, [factor]: Number(value) || 0 }))}
            />
          ))}
        </Group>
        <Group align="flex-end" gap="md">
          <div>
            <Text fz="sm" fw={500} mb={4} id="mode-label">
              Mode
            </Text>
            <SegmentedControl
              aria-labelledby="mode-label"
              value={mode}
              onChange={(value) => setMode(value === 'total' ? 'total' : 'fair')}
              data={[
                { value: 'fair', label: 'Fair' },
                { value: 'total', label: 'Total' },
              ]}
            />
          </div>
          <NumberInput
            label="Minimum score"
            description="Below it a mentee stays unmatched"
            min={0}
            max={600}
            w={180}
            value={minimum}
            onChange={setMinimum}
          />
          <Button type="submit" loading={update.isPending}>
            Save settings
          </Button>
        </Group>
        <FormAlert message={update.error ? errorMessage(update.error) : null} />
      </form>
    </Card>
  );
}
