import '@mantine/dates/styles.css';
import 'dayjs/locale/ja';
import {
  DatePickerInput,
  DateTimePicker,
  type DatePickerInputProps,
  type DateTimePickerProps,
} from '@mantine/dates';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../app/locale';

/** The calendar's texts and formats in the UI language (Intl, as dates elsewhere in the app). */
function usePickerLanguage() {
  const { t, i18n } = useTranslation('common');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const format = (options: Intl.DateTimeFormatOptions) => {
    const f = new Intl.DateTimeFormat(intlLocale(lang), options);
    return (date: string | Date) => f.format(dayjs(date).toDate());
  };
  const calendar = {
    locale: lang,
    monthLabelFormat: format({ year: 'numeric', month: 'long' }),
    yearLabelFormat: format({ year: 'numeric' }),
    getDayAriaLabel: format({ dateStyle: 'full' }),
    ariaLabels: {
      previousMonth: t('dates.previousMonth'),
      nextMonth: t('dates.nextMonth'),
      previousYear: t('dates.previousYear'),
      nextYear: t('dates.nextYear'),
      previousDecade: t('dates.previousDecade'),
      nextDecade: t('dates.nextDecade'),
      monthLevelControl: t('dates.chooseMonth'),
      yearLevelControl: t('dates.chooseYear'),
    },
    clearButtonProps: { 'aria-label': t('dates.clear') },
  };
  return { t, lang, format, calendar };
}

/** A date (`YYYY-MM-DD`) picked from a calendar, written and labelled in the UI language. */
export function DateField(props: DatePickerInputProps) {
  const { format, calendar } = usePickerLanguage();
  const medium = format({ dateStyle: 'medium' });
  return (
    <DatePickerInput
      {...calendar}
      valueFormatter={({ date }) => (date && !Array.isArray(date) ? medium(date) : '')}
      {...props}
    />
  );
}

/** A local date and time (`YYYY-MM-DD HH:mm:ss`), written and labelled in the UI language. */
export function DateTimeField(props: DateTimePickerProps) {
  const { t, lang, format, calendar } = usePickerLanguage();
  return (
    <DateTimePicker
      {...calendar}
      valueFormat={format({ dateStyle: 'medium', timeStyle: 'short' })}
      timePickerProps={{
        format: lang === 'en' ? '12h' : '24h',
        hoursInputLabel: t('dates.hours'),
        minutesInputLabel: t('dates.minutes'),
        amPmInputLabel: t('dates.amPm'),
      }}
      submitButtonProps={{ 'aria-label': t('dates.done') }}
      {...props}
    />
  );
}

/**
 * A wall-clock date and time as a `datetime-local` input holds it (`YYYY-MM-DDTHH:mm`, '' when
 * none), picked with a {@link DateTimeField}.
 */
export function WallTimeField({
  value,
  onChange,
  ...props
}: Omit<DateTimePickerProps, 'value' | 'defaultValue' | 'onChange'> & {
  value?: string;
  onChange?: (value: string) => void;
}) {
  return (
    <DateTimeField
      {...props}
      value={value ? `${value.replace('T', ' ')}:00` : null}
      onChange={(picked) => onChange?.(picked ? dayjs(picked).format('YYYY-MM-DDTHH:mm') : '')}
    />
  );
}
