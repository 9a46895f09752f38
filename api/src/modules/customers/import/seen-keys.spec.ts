import { SeenKeys } from './seen-keys.js';

describe('seen keys', () => {
  it('tells a key seen before from a new one', () => {
    const seen = new SeenKeys();
    expect(seen.add('o-1')).toBe(false);
    expect(seen.add('o-2')).toBe(false);
    expect(seen.add('o-1')).toBe(true);
    expect(seen.add('O-1')).toBe(false);
    expect(seen.count).toBe(3);
  });

  it('keeps every key as it grows', () => {
    const seen = new SeenKeys();
    const n = 200_000;
    let fresh = 0;
    for (let i = 0; i < n; i++) if (!seen.add(`order-${i}`)) fresh++;
    expect(fresh).toBe(n);
    let again = 0;
    for (let i = 0; i < n; i += 7) if (seen.add(`order-${i}`)) again++;
    expect(again).toBe(Math.ceil(n / 7));
    expect(seen.count).toBe(n);
  });
});
