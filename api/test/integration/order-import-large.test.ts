import { createReadStream, createWriteStream } from 'node:fs';
import { request } from 'node:http';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import v8 from 'node:v8';
import vm from 'node:vm';
import { CSRF_COOKIE, CSRF_HEADER } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { Db } from '../../src/core/database/db.js';

/**
 * A file of a million orders, the most an import takes, uploaded and imported while this
 * process's memory is sampled: the upload is spooled to disk and the file read as a stream, so
 * memory grows by far less than the file's size. The sampler collects garbage before it looks,
 * so what it sees is what the import holds, not what the collector has not freed yet.
 */
const ROWS = 1_000_000;
/**
 * Growth of the resident set allowed over the import. The file is ~52 MB: held whole, decoded
 * and parsed it would take several times that; streamed, the import holds its batches, the
 * order-id table (16 MB) and buffers (about 70 MB were seen).
 */
const RSS_GROWTH_MAX_MB = 128;

v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;

let t: TestApp;
let dir: string;

beforeAll(async () => {
  t = await startTestApp();
  dir = await mkdtemp(join(tmpdir(), 'kizuna-orders-large-'));
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

/** Writes the file row by row, so the test holds no more of it than the import may. */
async function writeOrders(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('customer_id,email,order_id,ordered_at,amount\n');
  for (let i = 0; i < ROWS; i++) {
    const c = i % 100_000;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const line = `C${c},${c % 3 === 0 ? `buyer${c}@shop.example` : ''},O${i},2025-03-${day}T10:00:00+09:00,${1000 + (i % 5000)}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * The file as a browser uploads it (multipart, field `file`), streamed from disk; node:http waits
 * as long as the import takes (fetch gives up on headers after five minutes).
 */
function postFile(
  path: string,
  bytes: number,
  cookie: string,
  csrf: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const boundary = 'kizunaLargeImport';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="orders.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = request(
      `${t.url}/imports/orders`,
      {
        method: 'POST',
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + bytes + tail.length,
          cookie,
          [CSRF_HEADER]: csrf,
        },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(data) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.write(head);
    const file = createReadStream(path);
    file.on('error', reject);
    file.on('end', () => req.end(tail));
    file.pipe(req, { end: false });
  });
}

it('imports a million rows in bounded memory', async () => {
  const file = join(dir, 'orders.csv');
  await writeOrders(file);
  const bytes = (await stat(file)).size;
  const moderator = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
  await moderator.ok(`{ __typename }`);

  gc();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    gc();
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 1000);
  let answer: { status: number; body: Record<string, unknown> };
  try {
    answer = await postFile(
      file,
      bytes,
      [...moderator.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      moderator.cookies.get(CSRF_COOKIE)!,
    );
  } finally {
    clearInterval(sampler);
  }
  expect(answer.status).toBe(200);
  const body = answer.body;
  expect(body).toMatchObject({
    status: 'DONE',
    rowsRead: ROWS,
    rowsImported: ROWS,
    rowsFailed: 0,
  });
  const [{ orders, customers }] = await t.app
    .get(Db)
    .query<Array<{ orders: number; customers: number }>>(
      `SELECT (SELECT count(*)::int FROM orders) AS orders,
              (SELECT count(*)::int FROM customers) AS customers`,
    );
  expect([orders, customers]).toEqual([ROWS, 100_000]);
  const growthMb = (peak - before) / 1024 / 1024;
  console.log(
    `order import: ${(bytes / 1024 / 1024).toFixed(1)} MB file, resident set grew by ${growthMb.toFixed(1)} MB at most`,
  );
  expect(growthMb).toBeLessThan(RSS_GROWTH_MAX_MB);
}, 1_800_000);
