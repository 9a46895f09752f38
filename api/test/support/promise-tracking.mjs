// Started by transactions.test.ts in a process of its own (Jest runs every test inside an
// AsyncLocalStorage of its own): starts the built api on DATABASE_URL, runs a transaction and
// serves requests, then prints whether promises made afterwards still carry async ids.
import { randomBytes } from 'node:crypto';

const dist = new URL('../../dist/', import.meta.url);
const { createApp } = await import(new URL('app.factory.js', dist).href);
const { loadConfig } = await import(new URL('config/env.js', dist).href);
const { Db } = await import(new URL('core/database/db.js', dist).href);

const tracked = () => Object.getOwnPropertySymbols(Promise.resolve()).length > 0;
const app = await createApp(
  loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: '/tmp/kizuna-test-data',
    SEED_DEMO: 'false',
    WEB_DIST: '/nonexistent',
  }),
  process.env.DATABASE_URL,
);
await app.listen(0, '127.0.0.1');
const { port } = app.getHttpServer().address();
const ask = async () => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
};
const db = app.get(Db);
// The hooks go off a microtask after the last transaction ends; the outbox's own transactions
// switch them on for a moment now and then. Never quiet, this waits until the test times out.
const untracked = async () => {
  while (tracked()) await new Promise((resolve) => setImmediate(resolve));
};
await db.transaction(() => db.query('SELECT 1'));
await ask();
await untracked();
const duringTransaction = await db.transaction(async () => tracked());
await untracked();
// A request may land while the outbox polls; one quiet moment after requests is enough.
let afterRequests = true;
for (let i = 0; i < 50 && afterRequests; i++) {
  await Promise.all([ask(), ask(), ask()]);
  await new Promise((resolve) => setImmediate(resolve));
  afterRequests = tracked();
}
await app.close();
console.log(JSON.stringify({ duringTransaction, afterRequests }));
