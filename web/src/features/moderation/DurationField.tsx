import { Button, Group, NumberInput, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DAY_PRESETS, DAYS_MAX } from './logic';

/** A suspension's length: a number of days, or until someone restores the member. */
export interface Duration {
  mode: 'days' | 'indefinite';
  days: number | string;
}

/** The days to send: a whole number from 1 to the most allowed, or null for "until restored". */
export function durationDays(duration: Duration): number | null {
  return duration.mode === 'indefinite' ? null : Number(duration.days);
}

/** Null when the duration can be sent, else why not (for the days input). */
export function durationIssue(duration: Duration): 'REQUIRED' | 'OUT_OF_RANGE' | null {
  if (duration.mode === 'indefinite') return null;
  if (duration.days === '' || duration.days === null) return 'REQUIRED';
  const days = Number(duration.days);
  return Number.isInteger(days) && days >= 1 && days <= DAYS_MAX ? null : 'OUT_OF_RANGE';
}

/**
 * Choose "for N days" (with one-click lengths) or "until restored". `indefinite: false` offers
 * days only (a silence always ends).
 */
export function DurationField({
  value,
  onChange,
  error,
  indefinite = true,
  label,
}: {
  value: Duration;
  onChange: (value: Duration) => void;
  error?: string | null;
  indefinite?: boolean;
  label?: string;
}) {
  const { t } = useTranslation('moderation');
  const days = (
    <Stack gap={6}>
      <NumberInput
        label={t('duration.days')}
        description={t('duration.daysHint', { max: DAYS_MAX })}
        min={1}
        max={DAYS_MAX}
        allowDecimal={false}
        allowNegative={false}
        clampBehavior="none"
        value={value.days}
        onChange={(days) => onChange({ mode: 'days', days })}
        error={error}
        w={{ base: '100%', xs: 200 }}
        required
      />
      <Group gap={6} role="group" aria-label={t('duration.presets')}>
        {DAY_PRESETS.map((n) => (
          <Button
            key={n}
            size="compact-xs"
            variant={Number(value.days) === n ? 'filled' : 'default'}
            aria-pressed={Number(value.days) === n}
            onClick={() => onChange({ mode: 'days', days: n })}
          >
            {t('duration.preset', { count: n })}
          </Button>
        ))}
      </Group>
    </Stack>
  );
  if (!indefinite) return days;
  return (
    <Radio.Group
      label={label ?? t('duration.label')}
      value={value.mode}
      onChange={(mode) => onChange({ ...value, mode: mode as Duration['mode'] })}
    >
      <Stack gap="sm" mt="xs">
        <Radio value="days" label={t('duration.forDays')} />
        {value.mode === 'days' ? <div style={{ paddingInlineStart: 32 }}>{days}</div> : null}
        <Radio
          value="indefinite"
          label={t('duration.indefinite')}
          description={t('duration.indefiniteHint')}
        />
      </Stack>
    </Radio.Group>
  );
}
