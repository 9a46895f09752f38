import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSRF_COOKIE, CSRF_HEADER } from '@kizuna/shared';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, importOrdersFile, uniqueHandle, writeSurvey } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';
import { NpsImportService } from '../../src/modules/surveys/results/nps-import.service.js';

interface AuditRow {
  actorId: string | null;
  actorRole: string | null;
  ip: string | null;
  targetType: string;
  targetId: string | null;
  targetLabel: string | null;
  after: Record<string, unknown>;
}

let t: TestApp;
let mod: MemberEntity;
let moderator: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  mod = await buildMember(t.app, { role: 'moderator' });
  moderator = await clientFor(t.app, t.url, mod);
});
afterAll(() => t.close());

const db = () => t.app.get(Db);
const cookieHeader = (c: GqlClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

async function upload(path: string, file: string, name: string, fields: Record<string, string>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([file]), name);
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: {
      cookie: cookieHeader(moderator),
      [CSRF_HEADER]: moderator.cookies.get(CSRF_COOKIE)!,
    },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

async function lastId(): Promise<string> {
  const [{ last }] = await db().query<[{ last: string }]>(
    `SELECT coalesce(max(id), 0)::text AS last FROM audit_log`,
  );
  return last;
}

const entriesSince = (last: string, action: string) =>
  db().query<AuditRow[]>(
    `SELECT actor_id AS "actorId", actor_role AS "actorRole", ip, target_type AS "targetType",
            target_id AS "targetId", target_label AS "targetLabel", after
       FROM audit_log WHERE id > $1 AND action = $2 ORDER BY id`,
    [last, action],
  );

describe('order imports', () => {
  const csv = (prefix: string) =>
    [
      'customer_id,email,order_id,ordered_at,amount',
      `${prefix}-1,,${prefix}-o1,2026-03-01,3000`,
      `${prefix}-2,,${prefix}-o2,2026-03-02,1200`,
      `${prefix}-3,,${prefix}-o3,not-a-date,100`,
    ].join('\n');

  it('records an upload with its actor, address, file and counts', async () => {
    const last = await lastId();
    const { status, body } = await upload(
      '/imports/orders',
      csv(uniqueHandle('A')),
      'june.csv',
      {},
    );
    expect(status).toBe(200);
    expect(await entriesSince(last, 'orders.import')).toEqual([
      {
        actorId: mod.id,
        actorRole: 'moderator',
        ip: expect.any(String),
        targetType: 'dataImport',
        targetId: body.id,
        targetLabel: 'june.csv',
        after: {
          fileName: 'june.csv',
          status: 'done',
          rowsRead: 3,
          rowsImported: 2,
          rowsUpdated: 0,
          rowsUnchanged: 0,
          rowsFailed: 1,
        },
      },
    ]);
  });

  it('records the command as the system, and nothing for a file refused whole', async () => {
    const last = await lastId();
    await importOrdersFile(t.app, csv(uniqueHandle('B')));
    const refused = await upload('/imports/orders', 'order_id,amount\nx,1\n', 'bad.csv', {});
    expect(refused.status).toBe(400);
    const rows = await entriesSince(last, 'orders.import');
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: null,
        actorRole: null,
        ip: null,
        targetLabel: 'orders.csv',
        after: expect.objectContaining({ rowsImported: 2, rowsFailed: 1 }),
      }),
    ]);
  });
});

describe('NPS imports', () => {
  const csv = (prefix: string) =>
    [
      'customer_id,score,answered_at',
      `${prefix}-1,10,2026-03-01T10:00:00Z`,
      `${prefix}-2,6,2026-03-01T11:00:00Z`,
      `${prefix}-1,10,2026-03-01T19:00:00+09:00`,
      `${prefix}-3,11,2026-03-01T12:00:00Z`,
    ].join('\n');

  it('records an upload with its actor, address, survey, file and counts', async () => {
    const survey = await writeSurvey(t.app, { titleJa: '購入後アンケート' });
    const last = await lastId();
    const { status, body } = await upload('/imports/nps', csv(uniqueHandle('N')), 'nps.csv', {
      surveyId: survey.id,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ imported: 2, skipped: 1, failed: 1 });
    expect(await entriesSince(last, 'nps.import')).toEqual([
      {
        actorId: mod.id,
        actorRole: 'moderator',
        ip: expect.any(String),
        targetType: 'survey',
        targetId: survey.id,
        targetLabel: '購入後アンケート',
        after: { fileName: 'nps.csv', imported: 2, skipped: 1, failed: 1 },
      },
    ]);
  });

  it('records the command as the system', async () => {
    const survey = await writeSurvey(t.app);
    const dir = await mkdtemp(join(tmpdir(), 'kizuna-audit-nps-'));
    try {
      const file = join(dir, 'answers.csv');
      await writeFile(file, csv(uniqueHandle('M')));
      const last = await lastId();
      await t.app.get(NpsImportService).importFile(survey.id, file);
      expect(await entriesSince(last, 'nps.import')).toEqual([
        expect.objectContaining({
          actorId: null,
          ip: null,
          targetId: survey.id,
          after: { fileName: 'answers.csv', imported: 2, skipped: 1, failed: 1 },
        }),
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
