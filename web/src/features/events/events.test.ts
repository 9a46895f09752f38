import {
  groupByLocalDay,
  localDay,
  monthOf,
  pressedChoice,
  rankAt,
  rsvpAvailability,
  rsvpState,
  sameWallClock,
  seats,
  withCounts,
  type AvailabilityInput,
} from './logic';
import { resources } from '../../locales';

describe('days in the viewer’s time zone', () => {
  // 00:30 in Tokyo on the 5th is 15:30 UTC on the 4th.
  const lateNight = { id: 'a', startsAt: '2027-03-04T15:30:00.000Z' };

  it('puts an event on the day it starts where the viewer is', () => {
    expect(localDay(lateNight.startsAt, 'Asia/Tokyo')).toBe('2027-03-05');
    expect(localDay(lateNight.startsAt, 'UTC')).toBe('2027-03-04');
    expect(localDay(lateNight.startsAt, 'America/Los_Angeles')).toBe('2027-03-04');
  });

  it('groups events per local day, each day in order of start', () => {
    const morning = { id: 'b', startsAt: '2027-03-05T01:00:00.000Z' }; // 10:00 Tokyo, the 5th
    const evening = { id: 'c', startsAt: '2027-03-04T10:00:00.000Z' }; // 19:00 Tokyo, the 4th
    const tokyo = groupByLocalDay([morning, lateNight, evening], 'Asia/Tokyo');
    expect([...tokyo.entries()].map(([day, es]) => [day, es.map((e) => e.id)])).toEqual([
      ['2027-03-04', ['c']],
      ['2027-03-05', ['a', 'b']],
    ]);
    const utc = groupByLocalDay([morning, lateNight, evening], 'UTC');
    expect([...utc.entries()].map(([day, es]) => [day, es.map((e) => e.id)])).toEqual([
      ['2027-03-04', ['c', 'a']],
      ['2027-03-05', ['b']],
    ]);
  });

  it('follows daylight saving time', () => {
    // 23:30 and 00:30 in New York around midnight of 14 March 2027, the day clocks moved to UTC−4.
    expect(localDay('2027-03-15T03:30:00.000Z', 'America/New_York')).toBe('2027-03-14');
    expect(localDay('2027-03-15T04:30:00.000Z', 'America/New_York')).toBe('2027-03-15');
  });

  it('names the month of a day', () => {
    expect(monthOf('2027-03-05')).toBe('2027-03-01');
  });

  it('notes the event’s own zone only when its clock reads differently', () => {
    const at = '2027-03-04T15:30:00.000Z';
    expect(sameWallClock(at, 'Asia/Tokyo', 'Asia/Tokyo')).toBe(true);
    expect(sameWallClock(at, 'Asia/Tokyo', 'Asia/Seoul')).toBe(true);
    expect(sameWallClock(at, 'Asia/Tokyo', 'UTC')).toBe(false);
  });
});

describe('whether an event takes RSVPs', () => {
  const now = Date.parse('2027-03-01T00:00:00Z');
  const open: AvailabilityInput = {
    status: 'PUBLISHED',
    startsAt: '2027-03-10T10:00:00Z',
    endsAt: '2027-03-10T12:00:00Z',
    rsvpDeadline: '2027-03-09T00:00:00Z',
    viewerCanRegister: true,
  };

  it.each<[string, Partial<AvailabilityInput>, boolean, string]>([
    ['open', {}, true, 'open'],
    [
      'cancelled before anything else',
      { status: 'CANCELLED', viewerCanRegister: false },
      true,
      'cancelled',
    ],
    ['a draft', { status: 'DRAFT' }, true, 'draft'],
    ['ended', { startsAt: '2027-02-01T00:00:00Z', endsAt: '2027-02-01T02:00:00Z' }, true, 'ended'],
    [
      'started',
      { startsAt: '2027-02-28T23:00:00Z', endsAt: '2027-03-01T02:00:00Z' },
      true,
      'started',
    ],
    ['past its deadline', { rsvpDeadline: '2027-02-28T00:00:00Z' }, true, 'closed'],
    ['open until the start without a deadline', { rsvpDeadline: null }, true, 'open'],
    ['for a visitor', { viewerCanRegister: false }, false, 'signIn'],
    ['rank-locked', { viewerCanRegister: false }, true, 'locked'],
  ])('%s', (_name, change, signedIn, expected) => {
    expect(rsvpAvailability({ ...open, ...change }, signedIn, now)).toBe(expected);
  });
});

describe('the viewer’s answer', () => {
  const en = resources.en.events.state;
  const ja = resources.ja.events.state;

  it('labels every answer in both languages', () => {
    const states = (['GOING', 'OFFERED', 'WAITLISTED', 'INTERESTED', 'NOT_GOING'] as const).map(
      (status) => rsvpState({ status }),
    );
    expect([...states, rsvpState(null)]).toEqual([
      'going',
      'offered',
      'waitlisted',
      'interested',
      'notGoing',
      'none',
    ]);
    for (const state of states) {
      expect(en[state]).toBeTruthy();
      expect(ja[state]).toBeTruthy();
    }
    expect(en.waitlisted.replace('{{position}}', '1')).toBe('Waitlisted · number 1');
  });

  it('shows the waitlist as the "going" button pressed', () => {
    expect(pressedChoice({ status: 'WAITLISTED' })).toBe('GOING');
    expect(pressedChoice({ status: 'INTERESTED' })).toBe('INTERESTED');
    expect(pressedChoice(undefined)).toBeNull();
    // An offered seat is taken by pressing "going".
    expect(pressedChoice({ status: 'OFFERED' })).toBeNull();
  });
});

describe('seats', () => {
  it('tells unlimited, seats left and full with the waitlist apart', () => {
    expect(seats({ capacity: null, seatsTaken: 7, waitlistCount: 0 })).toEqual({
      kind: 'unlimited',
      taken: 7,
    });
    expect(seats({ capacity: 10, seatsTaken: 7, spotsLeft: 3, waitlistCount: 0 })).toEqual({
      kind: 'left',
      left: 3,
      capacity: 10,
    });
    expect(seats({ capacity: 10, seatsTaken: 10, spotsLeft: 0, waitlistCount: 2 })).toEqual({
      kind: 'full',
      waitlist: 2,
    });
  });

  it('counts a party waiting ahead as full even with a seat free', () => {
    // One seat is free but a member with a guest waits for two.
    expect(seats({ capacity: 10, seatsTaken: 9, spotsLeft: 1, waitlistCount: 1 }).kind).toBe(
      'full',
    );
  });

  it('writes pushed counts over the event, seats left included', () => {
    const e = { id: 'e', capacity: 5, seatsTaken: 5, spotsLeft: 0, waitlistCount: 1 };
    expect(withCounts(e, { seatsTaken: 4, waitlistCount: 0 })).toEqual({
      id: 'e',
      capacity: 5,
      seatsTaken: 4,
      spotsLeft: 1,
      waitlistCount: 0,
    });
    expect(
      withCounts({ capacity: null }, { seatsTaken: 4, waitlistCount: 0 }).spotsLeft,
    ).toBeNull();
  });
});

it('finds the rank that opens a locked event', () => {
  const ranks = [
    { position: 1, nameEn: 'Seedling' },
    { position: 3, nameEn: 'Roaster' },
  ];
  expect(rankAt(ranks, 3)?.nameEn).toBe('Roaster');
  expect(rankAt(ranks, null)).toBeNull();
  expect(rankAt(undefined, 3)).toBeNull();
});
