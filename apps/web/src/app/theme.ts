import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm clinical blue; shade 6 (filled buttons, links) keeps 6.8:1 against white (WCAG AA).
const brand: MantineColorsTuple = [
  '#eaf2fb',
  '#d3e3f5',
  '#a8c7ea',
  '#79a8de',
  '#538ed3',
  '#3176c4',
  '#1c5d99',
  '#174f83',
  '#12406b',
  '#0c3052',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 6, dark: 4 },
  colors: { brand },
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily:
      'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
    fontWeight: '650',
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // People who ask their system for less motion get instant transitions (WCAG 2.3.3).
  respectReducedMotion: true,
  focusRing: 'auto',
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    Button: { defaultProps: { radius: 'md' } },
    // Clear buttons are icon-only: name them for screen readers.
    FileInput: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear the chosen file' } } },
    Select: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear this answer' } } },
    MultiSelect: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear all' } } },
    TagsInput: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear all' } } },
    // Mantine draws the description in gray-6 (3.3:1) and leaves the close button unnamed.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      styles: { description: { color: 'var(--mantine-color-gray-7)' } },
    },
  },
});

// Mantine's defaults for muted and error text sit near 3.3:1 on white; raise them to AA (≥ 4.5:1).
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#56606b',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': '#6b7580',
    '--mantine-color-anchor': 'var(--mantine-color-brand-6)',
    '--mantine-color-body': '#ffffff',
    // Light variants (badges, alerts) of the status colours, darkened to ≥ 4.5:1 on their tint.
    '--mantine-color-teal-light-color': '#06694b',
    '--mantine-color-orange-light-color': '#a83700',
    // Yellow's light text was 2.7:1 on its tint (#e67700 on #fff3bf); this brown is 5.7:1.
    '--mantine-color-yellow-light-color': '#8a5300',
    '--mantine-color-red-light': 'var(--mantine-color-red-0)',
    // A softer tint for the brand's light variant (active nav item, icons, badges).
    '--mantine-color-brand-light': 'var(--mantine-color-brand-0)',
    '--mantine-color-brand-light-hover': 'var(--mantine-color-brand-1)',
  },
  dark: {},
});
