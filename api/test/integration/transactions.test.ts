import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createTestDatabase, startTestApp, type TestApp } from '../support/test-app.js';
import { Db } from '../../src/core/database/db.js';

/** Each transaction's context is its own, and code outside transactions pays nothing for it. */
let t: TestApp;
let db: Db;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
});
afterAll(() => t.close());

const run = promisify(execFile);
const PROBE = fileURLToPath(new URL('../support/promise-tracking.mjs', import.meta.url));

/** A promise and the function that resolves it. */
function signal() {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
}

it('keeps a transaction its own when another one ends while it still runs', async () => {
  const secondInside = signal();
  const firstDone = signal();
  const first = db.transaction(async () => {
    await secondInside.fired;
    await db.query(`SELECT 1`);
  });
  const second = db.transaction(async () => {
    // A temporary table lives on this transaction's connection only.
    await db.query(`CREATE TEMP TABLE tx_probe (n int) ON COMMIT DROP`);
    secondInside.fire();
    await firstDone.fired;
    const inside = db.inTransaction;
    await db.query(`INSERT INTO tx_probe VALUES (1)`);
    return { inside, rows: await db.query<{ n: number }[]>(`SELECT n FROM tx_probe`) };
  });
  await first;
  firstDone.fire();
  expect(await second).toEqual({ inside: true, rows: [{ n: 1 }] });
  expect(db.inTransaction).toBe(false);
});

it('rolls back a transaction that fails after another has ended', async () => {
  const failingInside = signal();
  const otherDone = signal();
  const handle = `tx_${Date.now()}`;
  const failing = db.transaction(async () => {
    failingInside.fire();
    await otherDone.fired;
    await db.query(
      `INSERT INTO members (email, handle, display_name, password_hash)
       VALUES ($1, $2, 'T', 'x')`,
      [`${handle}@example.test`, handle],
    );
    throw new Error('undone');
  });
  await db.transaction(async () => {
    await failingInside.fired;
  });
  otherDone.fire();
  await expect(failing).rejects.toThrow('undone');
  expect(await db.query(`SELECT 1 FROM members WHERE handle = $1`, [handle])).toEqual([]);
});

it('switches promise tracking off outside transactions, while serving requests too', async () => {
  // While any AsyncLocalStorage is on, Node 20 runs hooks on every promise and marks it with
  // async ids. Jest runs tests inside one, so this is seen in a process of its own.
  const probe = await createTestDatabase();
  try {
    const { stdout } = await run(process.execPath, [PROBE], {
      env: { ...process.env, DATABASE_URL: probe.url },
    });
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual({
      duringTransaction: true,
      afterRequests: false,
    });
  } finally {
    await probe.drop();
  }
});
