import { Injectable } from '@nestjs/common';
import { CommunityRepository } from './community.repository.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(zone: string, at: Date): string {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(zone, f);
  }
  return f.format(at);
}

/** The Monday (YYYY-MM-DD) of the week a calendar day falls in, and its month (YYYY-MM). */
export function periodsOf(day: string): { week: string; month: string } {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return { week: d.toISOString().slice(0, 10), month: day.slice(0, 7) };
}

/**
 * The community's clock: its time zone and what day it is there. Points, caps, visits and
 * streaks count community days, whatever each member's own time zone.
 */
@Injectable()
export class CommunityCalendar {
  constructor(private readonly community: CommunityRepository) {}

  async zone(): Promise<string> {
    return (await this.community.settings()).timezone;
  }

  async dayOf(at: Date): Promise<string> {
    return dayIn(await this.zone(), at);
  }

  today(): Promise<string> {
    return this.dayOf(new Date());
  }
}
