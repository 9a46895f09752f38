import { DateTime } from 'luxon';
import type { RecurrenceFrequency } from '@kizuna/shared';

/**
 * When each occurrence of a series starts, the first included, reckoned in the event's time
 * zone so the wall-clock time holds across daylight saving: weekly on the same weekday; monthly
 * on the same day of the month, skipping months that lack it (from 31 January: 31 March,
 * 31 May, …).
 */
export function occurrenceStarts(
  first: Date,
  timeZone: string,
  frequency: RecurrenceFrequency,
  count: number,
): Date[] {
  const start = DateTime.fromJSDate(first, { zone: timeZone });
  const starts: Date[] = [];
  for (let step = 0; starts.length < count; step++) {
    if (frequency === 'weekly') {
      starts.push(start.plus({ weeks: step }).toJSDate());
      continue;
    }
    const month = start.startOf('month').plus({ months: step });
    if (month.daysInMonth! < start.day) continue;
    starts.push(
      month
        .set({
          day: start.day,
          hour: start.hour,
          minute: start.minute,
          second: start.second,
          millisecond: start.millisecond,
        })
        .toJSDate(),
    );
  }
  return starts;
}
