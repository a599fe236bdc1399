import { Drawer, Modal } from '@mantine/core';
import type { ReactNode } from 'react';

// Mantine renders dialog headers as <header>, which outside <main> is a second "banner"
// landmark; composing the parts lets the header be a plain <div>.

interface DialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly title: ReactNode;
  readonly children: ReactNode;
  readonly closeLabel?: string;
}

export function AppModal({
  opened,
  onClose,
  title,
  children,
  closeLabel = 'Close dialog',
}: DialogProps) {
  return (
    <Modal.Root opened={opened} onClose={onClose} centered>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={700}>{title}</Modal.Title>
          <Modal.CloseButton aria-label={closeLabel} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

export function AppDrawer({
  opened,
  onClose,
  title,
  children,
  closeLabel = 'Close panel',
}: DialogProps) {
  return (
    <Drawer.Root opened={opened} onClose={onClose} position="right" size="lg">
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header component="div">
          <Drawer.Title fw={700} fz="lg" className="text-break">
            {title}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={closeLabel} />
        </Drawer.Header>
        <Drawer.Body>{children}</Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
