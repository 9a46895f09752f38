import { useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const FALLBACK_ZONES = [
  'Asia/Tokyo',
  'UTC',
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
];

export function timeZones(): string[] {
  try {
    const zones = Intl.supportedValuesOf('timeZone');
    return zones.includes('UTC') ? zones : ['UTC', ...zones];
  } catch {
    return FALLBACK_ZONES;
  }
}

/** Current UTC offset of a zone, e.g. "UTC+09:00", to help pick the right one. */
function offsetOf(zone: string): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    return part === 'GMT' ? 'UTC+00:00' : (part?.replace('GMT', 'UTC') ?? '');
  } catch {
    return '';
  }
}

type Props = Omit<SelectProps, 'data' | 'searchable'>;

/** A searchable list of IANA time zones with their current offsets. */
export function TimeZoneSelect(props: Props) {
  const { t } = useTranslation();
  const data = useMemo(
    () => timeZones().map((zone) => ({ value: zone, label: `${zone} (${offsetOf(zone)})` })),
    [],
  );
  const current = typeof props.value === 'string' ? props.value : null;
  const withCurrent =
    current && !data.some((d) => d.value === current)
      ? [{ value: current, label: current }, ...data]
      : data;
  return (
    <Select
      searchable
      limit={100}
      nothingFoundMessage={t('states.nothingFound')}
      {...props}
      data={withCurrent}
      allowDeselect={false}
    />
  );
}
