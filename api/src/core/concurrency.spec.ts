import { allOrFirstFailure } from './concurrency.js';

describe('allOrFirstFailure', () => {
  it('tells the first failure only once every work has ended', async () => {
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    let settled = false;
    const outcome = allOrFirstFailure([
      Promise.reject(new Error('first')),
      slow,
      Promise.reject(new Error('second')),
    ]).catch((err: Error) => {
      settled = true;
      return err;
    });
    // Every promise job queued so far has run: the failures are known, the slow work is not done.
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    release();
    expect(await outcome).toEqual(new Error('first'));
  });

  it('resolves when every work succeeds', async () => {
    await expect(allOrFirstFailure([Promise.resolve(1), Promise.resolve(2)])).resolves.toBe(
      undefined,
    );
  });
});
