import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { NRMP_RULES } from './nrmp-rules-content.ts';

/** The NRMP rules applicants ask about, each with its public sources (docs/nrmp-rules.md). */
export function NrmpRulesPage() {
  usePageTitle('NRMP rules');
  return (
    <Stack gap="md" maw={860}>
      <Title order={1}>NRMP rules you need</Title>
      <Text c="dimmed">
        The Main Residency Match rules IMGs ask about most, in our own words. The NRMP&apos;s own
        pages are the authority: check them each season, as dates and fees change.
      </Text>
      {NRMP_RULES.map((section) => (
        <Card
          key={section.id}
          component="section"
          aria-labelledby={`rule-${section.id}`}
          withBorder
        >
          <Title order={2} fz="lg" id={`rule-${section.id}`} mb="xs">
            {section.title}
          </Title>
          <List spacing={6} fz="sm">
            {section.points.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
          <Text fz="xs" c="dimmed" mt="sm">
            Sources:{' '}
            {section.sources.map((s, i) => (
              <span key={s.source}>
                {i > 0 ? ' · ' : ''}
                <Anchor href={s.url} target="_blank" rel="noreferrer" fz="xs">
                  {s.label}
                </Anchor>{' '}
                ({s.source})
              </span>
            ))}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

export { NrmpRulesPage as Component };
