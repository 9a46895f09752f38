import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { CSRF_COOKIE, CSRF_HEADER } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildOrders } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { connected, cookieOf, openSocket, record, settled } from '../support/sockets.js';
import { Db } from '../../src/core/database/db.js';
import { CustomersRepository } from '../../src/modules/customers/customers.repository.js';
import { OrderImportService } from '../../src/modules/customers/import/order-import.service.js';

/** The built command, as `npm run import:orders` runs it. */
const CLI = fileURLToPath(new URL('../../dist/cli/import-orders.js', import.meta.url));

let t: TestApp;
let db: Db;
let moderator: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  moderator = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
});
afterAll(() => t.close());
beforeEach(async () => {
  await db.query(`DELETE FROM orders`);
  await db.query(`DELETE FROM customers`);
});

const cookieHeader = (c: GqlClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Posts a file as the import page does: the import's id first, then the file. */
async function upload(
  c: GqlClient,
  file: Buffer | string,
  fields: Record<string, string> = {},
  o: { csrf?: boolean } = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([file]), 'orders.csv');
  const res = await fetch(`${t.url}/imports/orders`, {
    method: 'POST',
    headers: {
      cookie: cookieHeader(c),
      ...(o.csrf === false ? {} : { [CSRF_HEADER]: c.cookies.get(CSRF_COOKIE)! }),
    },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const orders = () =>
  db.query<Array<{ orderId: string; customer: string; amount: string; at: Date }>>(
    `SELECT o.order_id AS "orderId", c.external_id AS customer, o.amount::text AS amount,
            o.ordered_at AS at
       FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.order_id`,
  );

const HEADER = 'customer_id,email,order_id,ordered_at,amount';

describe('importing orders', () => {
  it('imports good rows and reports each bad one by line, with its column', async () => {
    await buildOrders(t.app, [
      { customerId: 'OTHER', orderId: 'taken', orderedAt: '2025-01-01', amount: 1 },
    ]);
    const csv = [
      HEADER,
      'C-1,a@example.test,o-1,2025-03-01T10:00:00+09:00,3000',
      'C-1,,,2025-03-01,3000',
      ',,o-3,2025-03-01,3000',
      'C-4,not-an-email,o-4,2025-03-01,3000',
      'C-5,,o-5,2025-03-01 10:00,3000',
      'C-6,,o-6,2025-03-01,-5',
      `${'x'.repeat(201)},,o-7,2025-03-01,1`,
      'C-1,,o-1,2025-03-02,3000',
      'C-9,,taken,2025-03-01,1',
      'C-10,,o-10,2025/3/9,"12,800"',
      'C-11,,o-11,2025-02-30,100',
    ].join('\n');
    const { status, body } = await upload(moderator, csv);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'DONE',
      fileName: 'orders.csv',
      rowsRead: 11,
      rowsImported: 2,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsFailed: 9,
      failure: null,
      finishedAt: expect.any(String),
    });
    expect(body.errors).toEqual([
      { line: 3, issue: 'MISSING_ORDER_ID', column: 'order_id' },
      { line: 4, issue: 'MISSING_CUSTOMER', column: 'customer_id' },
      { line: 5, issue: 'INVALID_EMAIL', column: 'email' },
      { line: 6, issue: 'INVALID_DATE', column: 'ordered_at' },
      { line: 7, issue: 'INVALID_AMOUNT', column: 'amount' },
      { line: 8, issue: 'TOO_LONG', column: 'customer_id' },
      { line: 9, issue: 'DUPLICATE_IN_FILE', column: 'order_id' },
      { line: 10, issue: 'CUSTOMER_MISMATCH', column: 'customer_id' },
      { line: 12, issue: 'INVALID_DATE', column: 'ordered_at' },
    ]);
    expect(await orders()).toEqual([
      { orderId: 'o-1', customer: 'C-1', amount: '3000.00', at: new Date('2025-03-01T01:00:00Z') },
      // A bare date is midnight in the community's time zone (Asia/Tokyo).
      {
        orderId: 'o-10',
        customer: 'C-10',
        amount: '12800.00',
        at: new Date('2025-03-08T15:00:00Z'),
      },
      { orderId: 'taken', customer: 'OTHER', amount: '1.00', at: expect.any(Date) },
    ]);
    const { orderImport } = await moderator.ok(
      `query($id: ID!) { orderImport(id: $id) { id status rowsRead rowsFailed
         errors { line issue column } actor { id } } }`,
      { id: body.id },
    );
    expect(orderImport).toMatchObject({ id: body.id, status: 'DONE', rowsRead: 11, rowsFailed: 9 });
    expect(orderImport.errors).toEqual(body.errors);
    expect(orderImport.actor).not.toBeNull();
  });

  it('adds nothing when the same file comes again, and updates an order whose amount changed', async () => {
    const rows = [
      'C-1,,o-1,2025-03-01,1000',
      'C-1,,o-2,2025-03-02,2000',
      'C-2,,o-3,2025-03-03,3000',
    ];
    const first = await upload(moderator, [HEADER, ...rows].join('\n'));
    expect(first.body).toMatchObject({ rowsImported: 3, rowsUpdated: 0, rowsUnchanged: 0 });
    const again = await upload(moderator, [HEADER, ...rows].join('\n'));
    expect(again.body).toMatchObject({ rowsImported: 0, rowsUpdated: 0, rowsUnchanged: 3 });
    const changed = await upload(
      moderator,
      [HEADER, rows[0], 'C-1,,o-2,2025-03-02,2500', rows[2], 'C-3,,o-4,2025-03-04,4000'].join('\n'),
    );
    expect(changed.body).toMatchObject({ rowsImported: 1, rowsUpdated: 1, rowsUnchanged: 2 });
    expect((await orders()).map((o) => [o.orderId, o.amount])).toEqual([
      ['o-1', '1000.00'],
      ['o-2', '2500.00'],
      ['o-3', '3000.00'],
      ['o-4', '4000.00'],
    ]);
    const { orderImports } = await moderator.ok(
      `{ orderImports(first: 2) { id rowsImported rowsUpdated } }`,
    );
    expect(orderImports).toEqual([
      { id: changed.body.id, rowsImported: 1, rowsUpdated: 1 },
      { id: again.body.id, rowsImported: 0, rowsUpdated: 0 },
    ]);
  });

  it('counts each order once when the same file is imported twice at once', async () => {
    const n = 2500;
    const csv = [
      HEADER,
      ...Array.from({ length: n }, (_, i) => {
        const k = (i * 7919) % n;
        return `C-${k % 300},,o-${k},2025-03-01,${100 + k}`;
      }),
    ].join('\n');
    const [a, b] = await Promise.all([upload(moderator, csv), upload(moderator, csv)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.rowsImported + b.body.rowsImported).toBe(n);
    for (const r of [a.body, b.body]) {
      expect(r.rowsImported + r.rowsUnchanged).toBe(n);
      expect(r.rowsFailed).toBe(0);
    }
    const [{ count, customers }] = await db.query<Array<{ count: number; customers: number }>>(
      `SELECT (SELECT count(*)::int FROM orders) AS count,
              (SELECT count(*)::int FROM customers) AS customers`,
    );
    expect([count, customers]).toEqual([n, 300]);
  });

  it('decodes Shift_JIS, finds columns by header in any order, and ignores other columns', async () => {
    const csv = [
      '商品名,Amount,ordered_at,メモ,ORDER_ID,email',
      'ドリップバッグ 10 袋,1500,2025-03-01T09:00:00+09:00,贈答用,s-1,Sato@Example.test',
      '深煎りブレンド 200g,2200,2025-03-05,,s-2,sato@example.test',
    ].join('\r\n');
    const { body } = await upload(moderator, iconv.encode(csv, 'Shift_JIS'));
    expect(body).toMatchObject({ status: 'DONE', rowsImported: 2, rowsFailed: 0 });
    // Without customer_id, a customer is their folded e-mail.
    expect((await orders()).map((o) => [o.orderId, o.customer, o.amount])).toEqual([
      ['s-1', 'sato@example.test', '1500.00'],
      ['s-2', 'sato@example.test', '2200.00'],
    ]);
  });

  it('reports rows by the line they start on when quoted cells hold line breaks', async () => {
    const csv = [
      'customer_id,order_id,ordered_at,amount,note',
      'C-1,q-1,2025-03-01,100,"two\nlines"',
      'C-2,q-2,2025-03-01,oops,',
      'C-3,q-3,2025-03-01,100,"three\r\nlines\nhere"',
      'C-4,q-4,never,100,',
    ].join('\n');
    const { body } = await upload(moderator, csv);
    expect(body).toMatchObject({ rowsImported: 2, rowsFailed: 2 });
    expect(body.errors.map((e: { line: number; issue: string }) => [e.line, e.issue])).toEqual([
      [4, 'INVALID_AMOUNT'],
      [8, 'INVALID_DATE'],
    ]);
  });

  it('refuses a file without the columns it needs, recording nothing', async () => {
    const imports = async () =>
      (await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM data_imports`))[0].n;
    const before = await imports();
    const { status, body } = await upload(moderator, 'customer_id,order_id,amount\nC,o,1\n');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(body.errors[0].message).toContain('ordered_at');
    const empty = await upload(moderator, '');
    expect([empty.status, empty.body.errors[0].message]).toEqual([
      400,
      expect.stringContaining('empty'),
    ]);
    expect(await imports()).toBe(before);
  });

  it('pushes progress to moderators as rows are read, under the id the page chose', async () => {
    const importId = '6f1c2a9e-2b47-4e55-9a1d-0b7f6a3c1d22';
    const socket = await connected(openSocket(t.url, { cookie: cookieOf(moderator) }));
    try {
      const seen = record(socket, 'job:progress');
      const rows = Array.from({ length: 2500 }, (_, i) => `C-${i % 10},p-${i},2025-03-01,100`);
      const { body } = await upload(
        moderator,
        `customer_id,order_id,ordered_at,amount\n${rows.join('\n')}\n`,
        { importId },
      );
      expect(body).toMatchObject({ id: importId, rowsImported: 2500 });
      await settled(socket);
      const mine = seen.map((s) => s.data as any).filter((d) => d.id === importId);
      expect(mine.length).toBeGreaterThanOrEqual(4);
      expect(mine.at(-1)).toEqual({ id: importId, done: 2500, total: 0, finished: true });
      const done = mine.map((d) => d.done);
      expect(done).toEqual([...done].sort((x, y) => x - y));
      expect(mine.slice(0, -1).every((d) => !d.finished)).toBe(true);
    } finally {
      socket.close();
    }
    const again = await upload(
      moderator,
      'customer_id,order_id,ordered_at,amount\nC,z,2025-03-01,1\n',
      {
        importId,
      },
    );
    expect([again.status, again.body.errors[0].extensions.code]).toEqual([409, 'CONFLICT']);
    const bad = await upload(moderator, 'customer_id,order_id,ordered_at,amount\n', {
      importId: 'not-a-uuid',
    });
    expect(bad.body.errors[0].extensions.fields[0]).toMatchObject({ field: 'importId' });
  });

  it('says where it stopped when a batch fails, keeping the rows before it', async () => {
    const csv = `customer_id,order_id,ordered_at,amount\n${Array.from(
      { length: 2500 },
      (_, i) => `C-${i},f-${i},2025-03-01,100`,
    ).join('\n')}\n`;
    const repo = t.app.get(CustomersRepository);
    const upsert = repo.upsertOrders;
    let calls = 0;
    repo.upsertOrders = (...args) => {
      if (++calls === 2) return Promise.reject(new Error('connection lost'));
      return upsert.apply(repo, args);
    };
    try {
      const { status, body } = await upload(moderator, csv);
      expect(status).toBe(200);
      expect(body).toMatchObject({
        status: 'FAILED',
        rowsImported: 2000,
        failure: expect.stringContaining('line 2002'),
      });
    } finally {
      repo.upsertOrders = upsert;
    }
    expect((await orders()).length).toBe(2000);
  });
});

describe('access', () => {
  const csv = 'customer_id,order_id,ordered_at,amount\nC-1,a-1,2025-03-01,100\n';

  it('is for moderators and admins, with the CSRF check', async () => {
    const product = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'product' }));
    const member = await clientFor(t.app, t.url, await buildMember(t.app));
    const admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
    for (const c of [product, member]) {
      const r = await upload(c, csv);
      expect([r.status, r.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    }
    const anonymous = await fetch(`${t.url}/imports/orders`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    const noCsrf = await upload(moderator, csv, {}, { csrf: false });
    expect([noCsrf.status, noCsrf.body.errors[0].extensions.code]).toEqual([403, 'CSRF_FAILED']);
    expect(await orders()).toEqual([]);
    expect((await upload(admin, csv)).body).toMatchObject({ rowsImported: 1 });
  });

  it('offers a sample file to staff', async () => {
    const get = (c: GqlClient) =>
      fetch(`${t.url}/imports/orders/sample.csv`, { headers: { cookie: cookieHeader(c) } });
    const res = await get(moderator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    // UTF-8 with a byte order mark, so spreadsheets open it right.
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3).toString().split('\r\n')[0]).toBe(HEADER);
    expect((await get(await clientFor(t.app, t.url, await buildMember(t.app)))).status).toBe(403);

    // The sample imports as it is.
    const { body } = await upload(moderator, bytes);
    expect(body).toMatchObject({ rowsRead: 4, rowsImported: 4, rowsFailed: 0 });
  });
});

describe('the operators’ command', () => {
  it('imports a file with progress and the row report, then adds nothing the second time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kizuna-orders-cli-'));
    await writeFile(
      join(dir, 'orders.csv'),
      iconv.encode(
        [
          'order_id,customer_id,ordered_at,amount,商品',
          'c-1,K-1,2025-03-01T10:00:00+09:00,1200,珈琲豆',
          'c-2,K-1,2025-13-01,1200,',
          'c-3,K-2,2025-03-02,800,',
        ].join('\r\n'),
        'Shift_JIS',
      ),
    );
    const run = () =>
      new Promise<{ code: number | null; out: string }>((done) => {
        const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: t.databaseUrl };
        delete env.NODE_OPTIONS;
        Object.assign(env, {
          SESSION_SECRET: 'x'.repeat(64),
          DATA_DIR: dir,
          SEED_DEMO: 'false',
          NODE_ENV: 'test',
        });
        const proc = spawn(process.execPath, [CLI, 'orders.csv'], {
          env: { ...env, INIT_CWD: dir },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        proc.stdout.on('data', (d) => (out += d));
        proc.stderr.on('data', (d) => (out += d));
        proc.on('exit', (code) => done({ code, out }));
      });
    try {
      const first = await run();
      expect(first.out).toMatch(/Read 3 rows \([\d,]+ rows\/s\)/);
      expect(first.out).toContain('Line 3: INVALID_DATE (ordered_at)');
      expect(first.out).toContain('Read 3 rows: imported 2, updated 0, unchanged 0, refused 1.');
      expect(first.code).toBe(2);
      const again = await run();
      expect(again.out).toContain('Read 3 rows: imported 0, updated 0, unchanged 2, refused 1.');
      expect((await orders()).map((o) => o.orderId)).toEqual(['c-1', 'c-3']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('limits', () => {
  const service = () => t.app.get(OrderImportService);
  afterEach(() => {
    service().limits = { bytes: 200 * 1024 * 1024, rows: 1_000_000 };
  });

  it('refuses a file over the byte limit with 413 and one over the row limit with 400, importing nothing', async () => {
    const csv = `customer_id,order_id,ordered_at,amount\n${Array.from(
      { length: 8 },
      (_, i) => `C,l-${i},2025-03-01,1`,
    ).join('\n')}\n`;
    service().limits = { bytes: 100, rows: 1_000_000 };
    const big = await upload(moderator, csv);
    expect([big.status, big.body.errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    service().limits = { bytes: 200 * 1024 * 1024, rows: 5 };
    const many = await upload(moderator, csv);
    expect(many.status).toBe(400);
    expect(many.body.errors[0].message).toContain('more than 5 rows');
    expect(await orders()).toEqual([]);
  });
});
