import { meets, type Standing } from './badge-criteria.js';

const none: Standing = {
  joinedAt: new Date('2025-06-01T00:00:00Z'),
  posts: 0,
  bestAnswers: 0,
  reactionsReceived: 0,
  eventsAttended: 0,
  ideas: 0,
  ideasShipped: 0,
  bestStreak: 0,
};

describe('badge criteria', () => {
  it('needs at least the threshold, and at least one', () => {
    expect(meets({ criterion: 'posts', threshold: 10 }, { ...none, posts: 9 }, 'UTC')).toBe(false);
    expect(meets({ criterion: 'posts', threshold: 10 }, { ...none, posts: 10 }, 'UTC')).toBe(true);
    expect(meets({ criterion: 'best_answers', threshold: 0 }, none, 'UTC')).toBe(false);
    expect(meets({ criterion: 'first_post', threshold: 0 }, { ...none, posts: 1 }, 'UTC')).toBe(
      true,
    );
    expect(meets({ criterion: 'streak', threshold: 7 }, { ...none, bestStreak: 7 }, 'UTC')).toBe(
      true,
    );
  });

  it('counts the events attended, and nothing else, for attendance badges', () => {
    const first = { criterion: 'events_attended' as const, threshold: 1 };
    const regular = { criterion: 'events_attended' as const, threshold: 5 };
    expect(meets(first, none, 'UTC')).toBe(false);
    expect(meets(first, { ...none, posts: 3, bestStreak: 30 }, 'UTC')).toBe(false);
    expect(meets(first, { ...none, eventsAttended: 1 }, 'UTC')).toBe(true);
    expect(meets(regular, { ...none, eventsAttended: 4 }, 'UTC')).toBe(false);
    expect(meets(regular, { ...none, eventsAttended: 5 }, 'UTC')).toBe(true);
    expect(meets({ ...regular, threshold: 0 }, none, 'UTC')).toBe(false);
    expect(
      meets({ criterion: 'posts', threshold: 1 }, { ...none, eventsAttended: 10 }, 'UTC'),
    ).toBe(false);
  });

  it('counts the year joined in the community’s time zone', () => {
    const newYearsEveUtc = { ...none, joinedAt: new Date('2025-12-31T16:00:00Z') };
    expect(meets({ criterion: 'member_since', threshold: 2025 }, newYearsEveUtc, 'UTC')).toBe(true);
    expect(
      meets({ criterion: 'member_since', threshold: 2025 }, newYearsEveUtc, 'Asia/Tokyo'),
    ).toBe(false);
  });

  it('never grants a manual badge by itself', () => {
    expect(meets({ criterion: 'manual', threshold: 0 }, { ...none, posts: 100 }, 'UTC')).toBe(
      false,
    );
  });
});
