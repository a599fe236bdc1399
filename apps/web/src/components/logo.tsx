import { Group, Text } from '@mantine/core';

export function LogoMark({ size = 28 }: { readonly size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-brand-6)" />
      <path
        d="M9 17.5l4.5 4.5L23 11"
        fill="none"
        stroke="#fff"
        strokeWidth="3.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The wordmark; the visible text is the accessible name. */
export function Wordmark({ inverted = false }: { readonly inverted?: boolean }) {
  return (
    <Group gap={8} wrap="nowrap">
      <LogoMark />
      <Text
        component="span"
        fw={750}
        fz={20}
        lts={-0.3}
        c={inverted ? 'white' : 'brand.8'}
        style={{ whiteSpace: 'nowrap' }}
      >
        MatchReady
      </Text>
    </Group>
  );
}
