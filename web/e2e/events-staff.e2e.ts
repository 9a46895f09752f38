import { DEMO_PASSWORD, demoEmail, label, shown, uniqueId } from './support/env';
import { gql } from './support/content';
import { until, watchRoom } from './support/live';
import {
  CheckInPage,
  EventAttendeesPage,
  EventFormPage,
  EventsAdminPage,
  newMember,
  SignInPage,
  signUpThroughApi,
  useBrowser,
} from './support/pages';

const ZONE = 'Asia/Tokyo';
const MINUTE = 60_000;

/** The wall-clock time in `zone` at `at`, as a `datetime-local` input holds it. */
function wallTime(at: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

describe('staff events', () => {
  const { open } = useBrowser();

  it('a moderator creates and publishes an event in Tokyo time, then checks a member in by their ticket', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const admin = new EventsAdminPage(moderator);
    await admin.open();
    const form = await admin.startNew();
    expect(await form.timeZone()).toContain(ZONE);

    // Starting within the hour, so check-in (from three hours before) is open.
    const start = new Date(Math.floor((Date.now() + 60 * MINUTE) / MINUTE) * MINUTE);
    const end = new Date(start.getTime() + 120 * MINUTE);
    const title = `焙煎ワークショップ ${uniqueId()}`;
    await form.fill({ title, venueName: '渋谷ロースタリー', capacity: 20 });
    // End before the start is refused before anything is sent.
    await form.setTime('startsAt', wallTime(start, ZONE), ZONE);
    await form.setTime('endsAt', wallTime(start, ZONE), ZONE);
    await form.publish();
    await shown(form.form().getByText(moderator.t('eventsStaff:form.issues.beforeStart')));
    await form.setTime('endsAt', wallTime(end, ZONE), ZONE);
    await form.publish();
    await moderator.notification(moderator.t('eventsStaff:form.published'));

    // Listed as published, and saved as the instant the Tokyo clocks showed.
    const row = await shown(admin.row(title));
    await shown(row.getByText(moderator.t('eventsStaff:status.PUBLISHED')));
    const listed = await gql<{
      events: { nodes: { id: string; title: string; startsAt: string; timeZone: string }[] };
    }>(
      moderator.page,
      '{ events(filter: UPCOMING, first: 100) { nodes { id title startsAt timeZone } } }',
    );
    const event = listed.events.nodes.find((e) => e.title === title)!;
    expect(event).toMatchObject({ startsAt: start.toISOString(), timeZone: ZONE });

    // A member takes a seat and has a ticket.
    const member = await open();
    const who = newMember(uniqueId());
    await signUpThroughApi(member, who);
    await gql(member.page, 'mutation($i: RsvpInput!) { rsvpEvent(input: $i) { id } }', {
      i: { eventId: event.id, status: 'GOING' },
    });
    const { event: mine } = await gql<{ event: { viewerTicket: { code: string } } }>(
      member.page,
      'query($id: ID!) { event(id: $id) { viewerTicket { code } } }',
      { id: event.id },
    );
    const lifetime = async () =>
      (
        await gql<{ me: { standing: { lifetime: number } } }>(
          member.page,
          '{ me { standing { lifetime } } }',
        )
      ).me.standing.lifetime;
    const before = await lifetime();

    // At the door, on a phone: the code typed as people do, lower case and without the dash.
    await moderator.page.setViewportSize({ width: 390, height: 844 });
    await admin.open();
    const door = await admin.openCheckIn(title);
    await shown(door.checkedInCount().filter({ hasText: /^0$/ }));
    await door.enterCode(mine.viewerTicket.code.replace('-', '').toLowerCase());
    const result = await shown(door.result());
    expect(await result.getAttribute('data-outcome')).toBe('checkedIn');
    await shown(result.getByText(who.displayName));
    await shown(door.checkedInCount().filter({ hasText: /^1$/ }));
    await shown(
      door.attendee(who.displayName).and(door.app.page.locator('[data-checked-in="true"]')),
    );

    expect(
      await moderator.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(390);

    // The same ticket again: already in, nothing changes.
    await door.enterCode(mine.viewerTicket.code);
    await shown(
      door
        .result()
        .and(door.app.page.locator('[data-outcome="checkedIn"], [data-outcome="already"]')),
    );
    await shown(door.checkedInCount().filter({ hasText: /^1$/ }));

    // Attending earned points by the "event attended" rule.
    const attendance = async () =>
      (
        await gql<{ pointHistory: { nodes: { rule: string; points: number }[] } }>(
          member.page,
          'query($h: String!) { pointHistory(handle: $h, first: 20) { nodes { rule points } } }',
          { h: who.handle },
        )
      ).pointHistory.nodes.find((n) => n.rule === 'event_attended');
    await until(async () => !!(await attendance()), 'the attendance points');
    const attended = (await attendance())!;
    expect(attended.points).toBeGreaterThan(0);
    expect(await lifetime()).toBeGreaterThanOrEqual(before + attended.points);
  });
});

describe('staff events: the list and the door', () => {
  const { open } = useBrowser();

  it('duplicates an event into a draft to edit, undoes a check-in with a reason, and cancels an event after confirming', async () => {
    const moderator = await open();
    await new SignInPage(moderator).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    const title = `ラテアート教室 ${uniqueId()}`;
    const start = new Date(Date.now() + 30 * MINUTE);
    const { createEvent: event } = await gql<{ createEvent: { id: string } }>(
      moderator.page,
      'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
      {
        i: {
          title,
          kind: 'IN_PERSON',
          venueName: '表参道スタジオ',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 90 * MINUTE).toISOString(),
          timeZone: ZONE,
          publish: true,
        },
      },
    );
    const member = await open();
    const who = newMember(uniqueId());
    await signUpThroughApi(member, who);
    await gql(member.page, 'mutation($i: RsvpInput!) { rsvpEvent(input: $i) { id } }', {
      i: { eventId: event.id, status: 'GOING', guests: 0 },
    });

    // From the attendee list: one click checks in, undo asks why.
    const door = new CheckInPage(moderator);
    const following = watchRoom(moderator.page, `event:${event.id}`);
    await door.open(event.id);
    await following();
    await shown(door.goingCount().filter({ hasText: /^1$/ }));

    // Someone else takes a seat meanwhile: the count follows live.
    const late = await open();
    await signUpThroughApi(late, newMember(uniqueId()));
    await gql(late.page, 'mutation($i: RsvpInput!) { rsvpEvent(input: $i) { id } }', {
      i: { eventId: event.id, status: 'GOING' },
    });
    await shown(door.goingCount().filter({ hasText: /^2$/ }));

    await door.search(who.handle);
    const row = await shown(door.attendee(who.displayName));
    await row
      .getByRole('button', {
        name: moderator.t('eventsStaff:checkIn.checkInMember', { name: who.displayName }),
      })
      .click();
    await shown(door.checkedInCount().filter({ hasText: /^1$/ }));
    await row
      .getByRole('button', {
        name: moderator.t('eventsStaff:checkIn.undoMember', { name: who.displayName }),
      })
      .click();
    const undo = await shown(moderator.page.getByTestId('undo-check-in'));
    await undo
      .getByRole('button', { name: moderator.t('eventsStaff:checkIn.undoConfirm') })
      .click();
    await shown(undo.getByText(moderator.t('eventsStaff:form.issues.REQUIRED')));
    await undo
      .getByLabel(label(moderator.t('eventsStaff:checkIn.undoReason')))
      .fill('別の方のチケットを読み取りました');
    await undo
      .getByRole('button', { name: moderator.t('eventsStaff:checkIn.undoConfirm') })
      .click();
    await moderator.notification(moderator.t('eventsStaff:checkIn.undone'));
    await shown(door.checkedInCount().filter({ hasText: /^0$/ }));

    // A ticket code nobody holds is refused in words.
    await door.enterCode('00000-00000');
    await shown(door.result().getByText(moderator.t('eventsStaff:checkIn.result.unknownCode')));

    // The attendee page lists the member as going, not checked in.
    const attendees = new EventAttendeesPage(moderator);
    await attendees.open(event.id);
    const listed = await shown(attendees.row(who.displayName));
    await shown(listed.getByText(moderator.t('eventsStaff:rsvp.GOING')));

    // Duplicate: a draft copy, opened for editing.
    const admin = new EventsAdminPage(moderator);
    await admin.open();
    await admin
      .row(title)
      .getByRole('button', { name: moderator.t('eventsStaff:list.more', { title }) })
      .click();
    await moderator.page
      .getByRole('menuitem', { name: moderator.t('eventsStaff:list.duplicate') })
      .click();
    await moderator.sees(moderator.t('eventsStaff:form.editTitle'));
    expect(moderator.path()).toMatch(/^\/manage\/events\/[0-9a-f-]{36}\/edit$/);
    expect(moderator.path()).not.toContain(event.id);
    const form = new EventFormPage(moderator);
    expect(await form.field('title').inputValue()).toBe(title);
    await form.fill({ title: `${title} 2` });
    await form.saveDraft();
    await moderator.notification(moderator.t('eventsStaff:form.saved'));
    await shown(admin.row(`${title} 2`).getByText(moderator.t('eventsStaff:status.DRAFT')));

    // Cancelling asks first.
    await admin.open();
    await admin
      .row(title)
      .getByRole('button', { name: moderator.t('eventsStaff:list.more', { title }) })
      .click();
    await moderator.page
      .getByRole('menuitem', { name: moderator.t('eventsStaff:list.cancel') })
      .click();
    const confirm = await shown(moderator.page.getByRole('dialog'));
    await confirm.getByRole('button', { name: moderator.t('eventsStaff:list.cancel') }).click();
    await moderator.notification(moderator.t('eventsStaff:list.cancelled'));
    // Upcoming lists published events only: the cancelled one leaves it.
    await admin.row(title).first().waitFor({ state: 'detached' });
  });
});
