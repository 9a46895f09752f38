// CPU an anonymous client can make the api spend on one hostile query: fragments that spread
// the next one twice per level (2^levels fields once expanded), refused before anything runs.
// Beside it, an ordinary query, as the baseline. Measured in this process (server and client
// together, so an upper bound for the server).
//
//   npm run bench:query-limits          # BENCH_RUNS=200 of each by default
import { randomBytes } from 'node:crypto';
import { machine, startApi } from './support/api.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const TARGET_MS = 50;

function fragmentBomb(levels) {
  const names = Array.from({ length: levels + 1 }, () => `F${randomBytes(4).toString('hex')}`);
  const defs = names
    .slice(0, -1)
    .map((n, i) => `fragment ${n} on Query{...${names[i + 1]} ...${names[i + 1]}}`);
  return `{...${names[0]}} ${defs.join(' ')} fragment ${names[levels]} on Query{__typename}`;
}

const api = await startApi();
try {
  const send = async (query) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: await res.json() };
  };
  const cases = [
    ['ordinary query (baseline)', () => '{ community { name } }'],
    ['20 doubling fragments', () => fragmentBomb(20)],
    ['40 doubling fragments', () => fragmentBomb(40)],
  ];
  for (const [, make] of cases) await send(make()); // warm up
  const rows = [];
  for (const [name, make] of cases) {
    const queries = Array.from({ length: RUNS }, make);
    const codes = new Set();
    const before = process.cpuUsage();
    for (const q of queries) {
      const r = await send(q);
      codes.add(r.body.errors?.[0]?.extensions.code ?? `HTTP ${r.status}`);
    }
    const cpu = process.cpuUsage(before);
    rows.push({
      query: name,
      bytes: queries[0].length,
      answer: [...codes].join(', '),
      'CPU ms each': ((cpu.user + cpu.system) / 1000 / RUNS).toFixed(2),
    });
  }
  console.log(await machine());
  console.table(rows);
  const worst = Math.max(...rows.slice(1).map((r) => Number(r['CPU ms each'])));
  const base = Number(rows[0]['CPU ms each']);
  console.log(
    `hostile query: ${worst.toFixed(2)} ms of CPU each (target < ${TARGET_MS} ms), ` +
      `${(worst / base).toFixed(1)}× the ordinary query`,
  );
} finally {
  await api.stop();
}
