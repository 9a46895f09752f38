import { dayIn, periodsOf } from './community-calendar.js';

describe('the community’s calendar', () => {
  it('counts days in the community’s time zone, not the server’s', () => {
    const justAfterMidnightInTokyo = new Date('2026-12-01T15:30:00Z');
    expect(dayIn('Asia/Tokyo', justAfterMidnightInTokyo)).toBe('2026-12-02');
    expect(dayIn('UTC', justAfterMidnightInTokyo)).toBe('2026-12-01');
    expect(dayIn('America/Los_Angeles', justAfterMidnightInTokyo)).toBe('2026-12-01');
  });

  it('puts a day in the week that starts on its Monday, and in its month', () => {
    expect(periodsOf('2026-12-02')).toEqual({ week: '2026-11-30', month: '2026-12' });
    expect(periodsOf('2026-11-30')).toEqual({ week: '2026-11-30', month: '2026-11' });
    expect(periodsOf('2026-12-06')).toEqual({ week: '2026-11-30', month: '2026-12' });
    expect(periodsOf('2027-01-01')).toEqual({ week: '2026-12-28', month: '2027-01' });
  });
});
