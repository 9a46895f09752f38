import { eventRoom } from '@kizuna/shared';
import { DEMO_PASSWORD, demoEmail, shown, uniqueId } from './support/env';
import { createEvent, gql, rsvpEvent } from './support/content';
import { until, watchSocket } from './support/live';
import {
  App,
  EventPage,
  EventsAdminPage,
  EventsPage,
  newMember,
  SignInPage,
  signUpThroughApi,
  useBrowser,
} from './support/pages';

/** The calendar day an instant falls on in Tokyo, where the test browser runs. */
const tokyoDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date(iso));

describe('events', () => {
  const { open } = useBrowser();

  /** The demo moderator, signed in, to create events through the api. */
  const moderator = async (): Promise<App> => {
    const app = await open();
    await new SignInPage(app).signInAndWait(demoEmail('moderator'), DEMO_PASSWORD);
    return app;
  };

  /** A new member, signed up through the api. */
  const member = async (): Promise<App> => {
    const app = await open();
    await signUpThroughApi(app, newMember(uniqueId()));
    return app;
  };

  it('a member browses upcoming events as a list and on the calendar, and opens one', async () => {
    const mod = await moderator();
    const event = await createEvent(mod.page, { capacity: 12, startsInHours: 30 });
    const app = await member();
    const events = new EventsPage(app);

    await app.goto('/');
    await app.nav.go('events');
    await app.sees(app.t('events:list.title'));
    const card = await shown(events.card(event.title));
    expect(await card.getByTestId('event-seats').innerText()).toBe(
      app.t('events:card.seatsLeft', { left: 12, capacity: 12 }),
    );

    await events.chooseView('calendar');
    expect(new URL(app.page.url()).searchParams.get('view')).toBe('calendar');
    const day = tokyoDay(event.startsAt);
    await events.chooseDay(day);
    await shown(events.dayList().getByTestId('event-card').filter({ hasText: event.title }));

    // The days are keyboard buttons: the arrows move between them and Enter chooses one.
    const nextDay = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('Enter');
    await shown(events.dayList().getByRole('heading', { name: events.dayName(nextDay) }));
    await app.page.keyboard.press('ArrowLeft');
    await app.page.keyboard.press('Enter');
    await shown(events.dayList().getByRole('heading', { name: events.dayName(day) }));
    await shown(events.dayList().getByTestId('event-card').filter({ hasText: event.title }));

    const page = await events.openEvent(event.title, events.dayList());
    expect(app.path()).toBe(`/events/${event.id}`);
    expect(await page.rsvpState()).toBe('none');
    await shown(app.page.getByTestId('event-description').getByText('飲み比べ'));
  });

  it('shows a rank-gated event locked, with the rank that opens it', async () => {
    const mod = await moderator();
    const { ranks } = await gql<{ ranks: { position: number; nameJa: string; icon: string }[] }>(
      mod.page,
      '{ ranks { position nameJa icon } }',
    );
    const top = ranks.reduce((a, b) => (b.position > a.position ? b : a));
    expect(top.position).toBeGreaterThan(1);
    const event = await createEvent(mod.page, { minRankPosition: top.position });
    const app = await member();
    const events = new EventsPage(app);
    await events.open();
    const rank = `${top.icon} ${top.nameJa}`;
    expect(
      await (await shown(events.card(event.title).getByTestId('event-locked'))).innerText(),
    ).toBe(app.t('events:card.locked', { rank }));

    const page = await events.openEvent(event.title);
    const reason = await shown(page.closedReason());
    expect(await reason.getAttribute('data-reason')).toBe('locked');
    expect(await reason.innerText()).toContain(app.t('events:rsvp.why.locked', { rank }));
    expect(await page.rsvpPanel().locator('button[data-choice]').count()).toBe(0);
  });

  it('a member answers "going" to an event with seats and gets a ticket', async () => {
    const mod = await moderator();
    const event = await createEvent(mod.page, { capacity: 5 });
    const app = await member();
    const page = new EventPage(app);
    await page.open(event.id, event.title);
    expect(await page.ticket().count()).toBe(0);

    await page.answer('GOING');
    await shown(page.going());
    expect(await page.rsvpState()).toBe('going');
    expect(await page.ticketCode()).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await shown(page.ticketQr());
    expect(await page.seats().innerText()).toBe(
      app.t('events:card.seatsLeft', { left: 4, capacity: 5 }),
    );
  });

  it('a member waitlisted for a full event is seated live when a seat frees up, checked in by their code, and earns the attendance points', async () => {
    const mod = await moderator();
    // Starting within two hours: check-in (from three hours before) is open.
    const event = await createEvent(mod.page, { capacity: 1, startsInHours: 2 });
    const holder = await member();
    expect(await rsvpEvent(holder.page, event.id, 'GOING')).toMatchObject({ status: 'GOING' });

    const app = await open();
    const live = watchSocket(app.page);
    await signUpThroughApi(app, newMember(uniqueId()));
    const page = new EventPage(app);
    await page.open(event.id, event.title);
    await live.subscribed(eventRoom(event.id));
    expect(await page.seats().innerText()).toBe(app.t('events:card.full'));
    await shown(page.rsvpPanel().getByRole('button', { name: app.t('events:rsvp.joinWaitlist') }));

    await page.answer('GOING');
    await shown(page.waitlisted(1));
    expect(await page.ticket().count()).toBe(0);
    await app.markNotReloaded();

    // The member holding the seat gives it up, from their own session.
    expect(await rsvpEvent(holder.page, event.id, 'NOT_GOING')).toMatchObject({
      status: 'NOT_GOING',
    });

    await shown(page.going());
    expect(await page.rsvpState()).toBe('going');
    const code = await page.ticketCode();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(await app.wasNotReloaded()).toBe(true);

    // At the door the moderator types the code from the member's ticket.
    const lifetime = async () =>
      (
        await gql<{ me: { standing: { lifetime: number } } }>(
          app.page,
          '{ me { standing { lifetime } } }',
        )
      ).me.standing.lifetime;
    const before = await lifetime();
    const admin = new EventsAdminPage(mod);
    await admin.open();
    const door = await admin.openCheckIn(event.title);
    await door.enterCode(code);
    expect(await (await shown(door.result())).getAttribute('data-outcome')).toBe('checkedIn');

    // The member's ticket shows it at once, and the attendance points arrive.
    await shown(page.ticket().getByTestId('ticket-checked-in'));
    expect(await app.wasNotReloaded()).toBe(true);
    await until(async () => (await lifetime()) > before, 'the attendance points');
  });
});
