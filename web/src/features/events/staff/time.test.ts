import { checkInWindow, checkTimes, instantToWall, wallToInstant } from './time';

describe('event times', () => {
  it('reads a wall-clock time in the event’s zone as the instant it is', () => {
    expect(wallToInstant('2026-12-05T00:30', 'Asia/Tokyo')).toBe('2026-12-04T15:30:00Z');
    expect(wallToInstant('2026-12-05T00:30', 'UTC')).toBe('2026-12-05T00:30:00Z');
    expect(wallToInstant('2026-07-01T09:00', 'Europe/London')).toBe('2026-07-01T08:00:00Z');
    expect(instantToWall('2026-12-04T15:30:00Z', 'Asia/Tokyo')).toBe('2026-12-05T00:30');
  });

  it('follows daylight saving time across a change in New York, both ways', () => {
    // Clocks go forward on 8 March 2026: EST (−5) before, EDT (−4) after.
    const before = wallToInstant('2026-03-07T19:00', 'America/New_York');
    const after = wallToInstant('2026-03-09T19:00', 'America/New_York');
    expect(before).toBe('2026-03-08T00:00:00Z');
    expect(after).toBe('2026-03-09T23:00:00Z');
    for (const iso of [before!, after!])
      expect(wallToInstant(instantToWall(iso, 'America/New_York'), 'America/New_York')).toBe(iso);
    // 02:30 does not exist that night: it is read as 03:30 EDT, as the clocks jump.
    expect(wallToInstant('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00Z');
    // And back on 1 November 2026.
    expect(wallToInstant('2026-11-02T10:00', 'America/New_York')).toBe('2026-11-02T15:00:00Z');
    expect(instantToWall('2026-10-31T14:00:00Z', 'America/New_York')).toBe('2026-10-31T10:00');
  });

  it('refuses what is not a date and time', () => {
    expect(wallToInstant('', 'Asia/Tokyo')).toBeNull();
    expect(wallToInstant('2026-02-31T10:00', 'Asia/Tokyo')).toBeNull();
    expect(wallToInstant('2026-12-05 10:00', 'Asia/Tokyo')).toBeNull();
    expect(wallToInstant('2026-12-05T25:00', 'Asia/Tokyo')).toBeNull();
    expect(wallToInstant('2026-12-05T10:00', 'Mars/Olympus')).toBeNull();
  });

  it('checks the times as the server does', () => {
    const base = {
      startsAt: '2026-12-05T18:00',
      endsAt: '2026-12-05T20:00',
      rsvpDeadline: '',
      timeZone: 'Asia/Tokyo',
    };
    expect(checkTimes(base)).toEqual([]);
    expect(checkTimes({ ...base, endsAt: '2026-12-05T18:00' })).toEqual([
      { field: 'endsAt', issue: 'beforeStart' },
    ]);
    expect(checkTimes({ ...base, endsAt: '2027-01-06T18:00' })).toEqual([
      { field: 'endsAt', issue: 'tooLong' },
    ]);
    expect(checkTimes({ ...base, rsvpDeadline: '2026-12-05T18:01' })).toEqual([
      { field: 'rsvpDeadline', issue: 'afterStart' },
    ]);
    expect(checkTimes({ ...base, rsvpDeadline: '2026-12-04T12:00' })).toEqual([]);
    expect(checkTimes({ ...base, startsAt: '', endsAt: '' })).toEqual([
      { field: 'startsAt', issue: 'REQUIRED' },
      { field: 'endsAt', issue: 'REQUIRED' },
    ]);
  });

  it('opens check-in three hours before the start and closes it six hours after the end', () => {
    const event = { startsAt: '2026-12-05T09:00:00Z', endsAt: '2026-12-05T11:00:00Z' };
    expect(checkInWindow(event, Date.parse('2026-12-05T05:59:00Z'))).toBe('before');
    expect(checkInWindow(event, Date.parse('2026-12-05T06:00:00Z'))).toBe('open');
    expect(checkInWindow(event, Date.parse('2026-12-05T17:00:00Z'))).toBe('open');
    expect(checkInWindow(event, Date.parse('2026-12-05T17:01:00Z'))).toBe('after');
  });
});
