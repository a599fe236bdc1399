import { Select } from '@mantine/core';
import { useMemo } from 'react';

/** The browser's IANA zone, used as the default answer. */
export const browserTimeZone = (): string =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Every IANA zone the browser knows, searchable ("Chicago" finds America/Chicago). */
export function TimeZoneSelect({
  value,
  onChange,
  error,
  label = 'Time zone',
}: {
  readonly value: string;
  readonly onChange: (zone: string) => void;
  readonly error?: string | undefined;
  readonly label?: string;
}) {
  const zones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone');
    return known.includes(value) || value === '' ? known : [value, ...known];
  }, [value]);
  return (
    <Select
      label={label}
      data={zones}
      value={value}
      onChange={(zone) => {
        if (zone !== null) onChange(zone);
      }}
      searchable
      allowDeselect={false}
      limit={50}
      error={error}
      nothingFoundMessage="No time zone by that name"
    />
  );
}
