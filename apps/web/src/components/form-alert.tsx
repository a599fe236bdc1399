import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** A form-level error, announced to screen readers as it appears. */
export function FormAlert({
  title = 'Something went wrong',
  message,
}: {
  readonly title?: string;
  readonly message: string | null;
}) {
  if (message === null) return null;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertCircle size={20} aria-hidden="true" />}
    >
      {message}
    </Alert>
  );
}
