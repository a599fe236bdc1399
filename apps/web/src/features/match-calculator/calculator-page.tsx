import {
  Anchor,
  Card,
  Group,
  List,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Skeleton,
  Slider,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { APPLICANT_TYPE_LABELS } from '@matchready/core/vocabulary';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { QueryError } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { meQuery } from '../auth/auth-api.ts';
import { profileQuery } from '../profile/profile-api.ts';
import { percent, specialtyName } from '../programs/format.ts';
import { calculatorQuery, metaQuery } from '../programs/programs-api.ts';
import { ProgramsFrame } from '../programs/programs-frame.tsx';

const CalculatorChart = lazy(() => import('./calculator-chart.tsx'));

type ApplicantType = 'non-us-img' | 'us-img';

/** Match calculator: P(match) by contiguous ranks, Step 2 CK and applicant type, with sources. */
export function CalculatorPage() {
  usePageTitle('Match calculator');
  const me = useQuery(meQuery);
  const meta = useQuery(metaQuery);
  const profile = useQuery({ ...profileQuery, enabled: me.data?.role === 'applicant' });
  const withCurve = (meta.data?.specialties ?? []).filter((s) => s.hasCurve);
  const [specialty, setSpecialty] = useState('internal-medicine');
  const [type, setType] = useState<ApplicantType>('non-us-img');
  const [step2, setStep2] = useState<number | string>('');
  const [ranks, setRanks] = useState(8);
  const [seeded, setSeeded] = useState(false);

  // Start from the saved profile once, if there is one.
  const saved = profile.data?.profile;
  useEffect(() => {
    if (seeded || !saved || !meta.data) return;
    setSeeded(true);
    if (saved.applicantType) setType(saved.applicantType);
    if (saved.step2Score !== null) setStep2(saved.step2Score);
    const names = new Map(meta.data.specialties.map((s) => [s.name.toLowerCase(), s]));
    const first = saved.specialties.map((s) => names.get(s.toLowerCase())).find((s) => s?.hasCurve);
    if (first) setSpecialty(first.id);
  }, [saved, meta.data, seeded]);

  // Checked here, beside the field, so a typo never reaches the server as a failed request.
  const step2Error =
    typeof step2 === 'number' && (!Number.isInteger(step2) || step2 < 1 || step2 > 300)
      ? 'Step 2 CK scores run from 1 to 300.'
      : null;
  const current = { specialty, ranks, type, step2: typeof step2 === 'number' ? step2 : undefined };
  const [params] = useDebouncedValue(current, 200);
  // One request per settled input: wait for the saved profile to seed the form, and for the
  // debounce to catch up with what is on screen.
  const ready =
    seeded ||
    (me.isSuccess && me.data?.role !== 'applicant') ||
    me.isError ||
    profile.isError ||
    (profile.isSuccess && !profile.data?.profile);
  const settled = JSON.stringify(params) === JSON.stringify(current);
  const estimate = useQuery({
    ...calculatorQuery(params),
    enabled: ready && settled && step2Error === null,
  });
  const result = estimate.data?.estimate;

  return (
    <ProgramsFrame
      applicant={me.data?.role === 'applicant'}
      title="Match calculator"
      description="An estimate of your chance of matching in a specialty by how many programs you can rank there (a proxy for interviews), from aggregate NRMP data."
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card component="section" aria-labelledby="calculator-inputs">
          <Title order={2} fz="lg" id="calculator-inputs" mb="md">
            Your situation
          </Title>
          <Stack gap="md">
            <Select
              label="Specialty"
              data={withCurve.map((s) => ({ value: s.id, label: s.name }))}
              value={specialty}
              onChange={(v) => v && setSpecialty(v)}
              allowDeselect={false}
            />
            <Radio.Group
              label="Applicant type"
              value={type}
              onChange={(v) => setType(v as ApplicantType)}
            >
              <Group gap="lg" mt={6}>
                <Radio value="non-us-img" label={APPLICANT_TYPE_LABELS['non-us-img'].long} />
                <Radio value="us-img" label={APPLICANT_TYPE_LABELS['us-img'].long} />
              </Group>
            </Radio.Group>
            <NumberInput
              label="Step 2 CK score"
              description="Leave empty if you have no score yet."
              min={1}
              max={300}
              allowDecimal={false}
              value={step2}
              onChange={setStep2}
              error={step2Error}
            />
            <div>
              <Text fz="sm" fw={500} id="ranks-label">
                Contiguous ranks in the specialty: {ranks}
              </Text>
              <Text fz="xs" c="dimmed" mb="xs">
                Programs that interviewed you and that you rank. Ranking programs that did not
                interview you does not help.
              </Text>
              <Slider
                min={1}
                max={20}
                step={1}
                value={ranks}
                onChange={setRanks}
                thumbLabel="Contiguous ranks"
                marks={[1, 5, 10, 15, 20].map((value) => ({ value, label: String(value) }))}
                mt="xl"
                mb="lg"
              />
            </div>
          </Stack>
        </Card>

        <Card component="section" aria-labelledby="calculator-result">
          <Title order={2} fz="lg" id="calculator-result" mb="xs">
            Estimate
          </Title>
          {step2Error !== null ? (
            <Text fz="sm" c="dimmed">
              Correct the Step 2 CK score to see the estimate.
            </Text>
          ) : estimate.isError ? (
            <QueryError error={estimate.error} onRetry={() => estimate.refetch()} />
          ) : !result ? (
            <Skeleton h={200} />
          ) : (
            <Stack gap="sm" aria-live="polite">
              <Text fz={44} fw={700} lh={1} c="brand.7">
                {percent(result.probability)}
                <Text span fz="md" fw={500} c="dimmed">
                  {' '}
                  estimated
                </Text>
              </Text>
              <Text fz="sm">
                Estimated chance of matching in{' '}
                {specialtyName(result.specialty, meta.data?.specialties)} with {result.ranks}{' '}
                contiguous ranks, as a{' '}
                {APPLICANT_TYPE_LABELS[type === 'us-img' ? 'us-img' : 'non-us-img'].short}
                {typeof step2 === 'number' ? ` with Step 2 CK ${step2}` : ''}.{' '}
                <strong>{result.label}</strong>; not a promise.
              </Text>
              {result.observedRate !== undefined && (
                <Text fz="sm" c="dimmed">
                  For comparison: {percent(result.observedRate, 1)} of non-US IMGs who preferred
                  this specialty matched to it in 2026; 2025 PGY-1 match rates were{' '}
                  {percent(result.referenceRates.usImg, 1)} (US IMGs) and{' '}
                  {percent(result.referenceRates.nonUsImg, 1)} (non-US IMGs).
                </Text>
              )}
              <Suspense fallback={<Skeleton h={280} />}>
                <CalculatorChart curve={result.curve} ranks={Math.min(20, result.ranks)} />
              </Suspense>
            </Stack>
          )}
        </Card>
      </SimpleGrid>

      {result && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" mt="lg">
          <Card component="section" aria-labelledby="calculator-caveats">
            <Title order={2} fz="lg" id="calculator-caveats" mb="xs">
              What this ignores
            </Title>
            <List fz="sm" spacing={4}>
              <List.Item>
                Your visa needs, letters of recommendation and how your interviews go: none of them
                are in the estimate.
              </List.Item>
              {result.caveats.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
          </Card>
          <Card component="section" aria-labelledby="calculator-sources">
            <Title order={2} fz="lg" id="calculator-sources" mb="xs">
              Sources
            </Title>
            <List fz="sm" spacing={4}>
              {result.sources
                .filter(
                  (s, i, all) => all.findIndex((o) => o.url === s.url && o.title === s.title) === i,
                )
                .map((s) => (
                  <List.Item key={`${s.title}-${s.url}`}>
                    <Anchor href={s.url} target="_blank" rel="noreferrer">
                      {s.title}
                    </Anchor>
                  </List.Item>
                ))}
            </List>
          </Card>
        </SimpleGrid>
      )}
    </ProgramsFrame>
  );
}

export { CalculatorPage as Component };
