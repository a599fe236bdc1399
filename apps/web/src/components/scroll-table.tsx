import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on narrow screens. The scroller is a focusable, named region so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollTable({
  label,
  minWidth,
  children,
}: {
  readonly label: string;
  readonly minWidth: number;
  readonly children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </Table.ScrollContainer>
  );
}
