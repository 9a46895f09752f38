import '@mantine/dates/styles.css';
import 'dayjs/locale/ja';
import { useState } from 'react';
import { Box, Indicator, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Calendar } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { EventCardFieldsFragment, RankChipFieldsFragment } from '../../gql/graphql';
import { intlLocale } from '../../app/locale';
import { EventCard } from './EventCard';
import { browserTimeZone, groupByLocalDay, localDay, monthOf } from './logic';
import { formatDay, formatMonth } from './time';

/**
 * A month with a mark on each day an event starts (in the viewer's zone) and, beside it, the
 * events of the chosen day. The days are buttons: arrow keys move between them.
 */
export function EventsCalendar({
  events,
  timeZone,
  ranks,
  signedIn,
  newestFirst,
  partial,
}: {
  events: readonly EventCardFieldsFragment[];
  timeZone: string;
  ranks: readonly RankChipFieldsFragment[] | undefined;
  signedIn: boolean;
  /** Past events: open on the latest month rather than the soonest. */
  newestFirst: boolean;
  /** How many events are shown when the list has more than the calendar fetched. */
  partial: number | null;
}) {
  const { t, i18n } = useTranslation(['events', 'common']);
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const days = groupByLocalDay(events, timeZone);
  const today = localDay(new Date().toISOString(), timeZone);
  const eventDays = [...days.keys()];
  const initial = days.has(today)
    ? today
    : ((newestFirst ? eventDays.at(-1) : eventDays[0]) ?? today);
  const [selected, setSelected] = useState(initial);
  const [month, setMonth] = useState(monthOf(initial));
  const chosen = days.get(selected) ?? [];
  const format = (options: Intl.DateTimeFormatOptions) => {
    const f = new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: 'UTC' });
    return (day: string) => f.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
  };
  const weekday = format({ weekday: 'short' });
  const zoneNote = timeZone !== browserTimeZone() || lang === 'en';

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Paper withBorder radius="md" p="md" data-testid="events-calendar">
        <Stack gap="xs" align="center">
          <Calendar
            aria-label={t('calendar.label')}
            date={month}
            onDateChange={setMonth}
            locale={lang}
            firstDayOfWeek={0}
            highlightToday
            monthLabelFormat={(day) => formatMonth(day, lang)}
            weekdayFormat={weekday}
            ariaLabels={{
              previousMonth: t('common:dates.previousMonth'),
              nextMonth: t('common:dates.nextMonth'),
              previousYear: t('common:dates.previousYear'),
              nextYear: t('common:dates.nextYear'),
              previousDecade: t('common:dates.previousDecade'),
              nextDecade: t('common:dates.nextDecade'),
              monthLevelControl: t('common:dates.chooseMonth'),
              yearLevelControl: t('common:dates.chooseYear'),
            }}
            getDayAriaLabel={(day) => {
              const count = days.get(day)?.length ?? 0;
              const label = formatDay(day, lang);
              return count ? `${label}, ${t('calendar.dayEvents', { count })}` : label;
            }}
            getDayProps={(day) => ({
              selected: day === selected,
              onClick: () => setSelected(day),
              'data-events': days.get(day)?.length ?? 0,
            })}
            renderDay={(day) => {
              const count = days.get(day)?.length ?? 0;
              return (
                <Indicator size={6} color="kizuna" offset={-3} disabled={count === 0}>
                  <div>{Number(day.slice(8, 10))}</div>
                </Indicator>
              );
            }}
            size="md"
          />
          {zoneNote ? (
            <Text size="xs" c="dimmed">
              {t('calendar.zoneNote', { zone: timeZone })}
            </Text>
          ) : null}
          {partial ? (
            <Text size="xs" c="dimmed">
              {t('calendar.partial', { count: partial })}
            </Text>
          ) : null}
        </Stack>
      </Paper>
      <Box aria-live="polite" data-testid="calendar-day">
        <Title order={2} size="h4" mb="sm">
          {formatDay(selected, lang)}
        </Title>
        {chosen.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('calendar.noEventsOnDay')}
          </Text>
        ) : (
          <Stack gap="sm">
            {chosen.map((event) => (
              <EventCard
                key={event.id}
                event={event}
                timeZone={timeZone}
                ranks={ranks}
                signedIn={signedIn}
              />
            ))}
          </Stack>
        )}
      </Box>
    </SimpleGrid>
  );
}
