import { Button, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { AppModal } from '../components/dialogs.tsx';

/** Asks before leaving a page with unsaved edits (in-app navigation and tab close). */
export function UnsavedChangesGuard({
  when,
  title = 'Leave without saving?',
  message = 'You have changes that are not saved yet. If you leave now they will be lost.',
  leaveLabel = 'Leave without saving',
}: {
  readonly when: boolean;
  readonly title?: string;
  readonly message?: string;
  readonly leaveLabel?: string;
}) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  return (
    <AppModal opened={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} title={title}>
      <Text>{message}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => blocker.reset?.()}>
          Stay on this page
        </Button>
        <Button color="red.9" onClick={() => blocker.proceed?.()}>
          {leaveLabel}
        </Button>
      </Group>
    </AppModal>
  );
}
