import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import ical, { ICalEventStatus } from 'ical-generator';
import { CONFIG, type Config } from '../../config/env.js';
import type { Reader, Viewer } from '../../core/auth/viewer.js';
import { isUuid } from '../../core/ids.js';
import { EventsRepository, type EventRow } from './events.repository.js';
import { EventsService } from './events.service.js';

const DAY_MS = 86_400_000;
/** A feed shows the events of the last 30 days too. */
const FEED_PAST_DAYS = 30;

const compact = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * Events as iCalendar: one event's .ics, a member's personal feed of the events they hold a
 * seat at (a secret, revocable address), and "add to Google Calendar" links.
 */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly events: EventsRepository,
    private readonly service: EventsService,
  ) {}

  fileUrl(event: EventRow): string {
    return `${this.config.PUBLIC_URL}/calendar/events/${event.id}.ics`;
  }

  googleUrl(event: EventRow): string {
    const q = new URLSearchParams({
      action: 'TEMPLATE',
      text: event.title,
      dates: `${compact(event.startsAt)}/${compact(event.endsAt)}`,
      details: `${this.pageUrl(event)}\n\n${event.description}`.slice(0, 1500),
      ctz: event.timeZone,
    });
    const place = this.place(event);
    if (place) q.set('location', place);
    return `https://calendar.google.com/calendar/render?${q}`;
  }

  /** One event as the reader may see it; null when they may not. */
  async eventFile(reader: Reader, id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const event = await this.service.byId(reader, id).catch(() => null);
    return event && this.calendar(event.title, [event], false);
  }

  async feedUrl(viewer: Viewer): Promise<string | null> {
    const version = await this.events.feedVersion(viewer.memberId);
    return version === null ? null : this.urlOf(viewer.memberId, version);
  }

  /** A new address for the member's feed; the previous one stops working. */
  async resetFeed(viewer: Viewer): Promise<string> {
    return this.urlOf(viewer.memberId, await this.events.resetFeed(viewer.memberId));
  }

  async removeFeed(viewer: Viewer): Promise<boolean> {
    await this.events.removeFeed(viewer.memberId);
    return true;
  }

  /** The feed behind a token; null for a token that is not, or no longer, valid. */
  async feed(token: string): Promise<string | null> {
    const [memberId, mac] = token.split('.');
    if (!memberId || !mac || !isUuid(memberId)) return null;
    const version = await this.events.feedVersion(memberId);
    if (version === null) return null;
    const want = Buffer.from(this.mac(memberId, version));
    const got = Buffer.from(mac);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
    const events = await this.events.seatsOf(
      memberId,
      new Date(Date.now() - FEED_PAST_DAYS * DAY_MS),
    );
    return this.calendar('Kizuna', events, true);
  }

  private urlOf(memberId: string, version: number): string {
    return `${this.config.PUBLIC_URL}/calendar/feed/${memberId}.${this.mac(memberId, version)}.ics`;
  }

  private mac(memberId: string, version: number): string {
    return createHmac('sha256', this.config.SESSION_SECRET)
      .update(`calendar:${memberId}:${version}`)
      .digest('base64url')
      .slice(0, 32);
  }

  private pageUrl(event: EventRow): string {
    return `${this.config.PUBLIC_URL}/events/${event.id}`;
  }

  private place(event: EventRow): string | null {
    return [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null;
  }

  /** `withJoinLink`: the feed lists seats the member holds, so it carries the online link. */
  private calendar(name: string, events: EventRow[], withJoinLink: boolean): string {
    const host = new URL(this.config.PUBLIC_URL).host;
    const cal = ical({ name, prodId: { company: 'Kizuna', product: 'events', language: 'JA' } });
    for (const e of events) {
      const join = withJoinLink && e.joinUrl ? e.joinUrl : null;
      cal.createEvent({
        id: `${e.id}@${host}`,
        start: e.startsAt,
        end: e.endsAt,
        summary: e.title,
        description: [join, this.pageUrl(e), e.description].filter(Boolean).join('\n\n'),
        location: this.place(e) ?? join,
        url: this.pageUrl(e),
        status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        lastModified: e.updatedAt,
      });
    }
    return cal.toString();
  }
}
