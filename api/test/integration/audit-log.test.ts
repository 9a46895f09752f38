import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { STAFF_MUTATIONS } from '../support/access-rules.js';
import { AUDIT_CASES, type AuditWorld } from '../support/audit-cases/index.js';
import { Db } from '../../src/core/database/db.js';

let t: TestApp;
let world: AuditWorld;

beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: 'error' });
  world = { app: t.app, admin: await buildMember(t.app, { role: 'admin' }) };
});
afterAll(() => t.close());

const db = () => t.app.get(Db);

it('has an audit case for every staff-only mutation', () => {
  expect(STAFF_MUTATIONS.filter((op) => !AUDIT_CASES[op])).toEqual([]);
});

describe('every staff-only mutation writes an audit entry', () => {
  it.each(STAFF_MUTATIONS.filter((op) => AUDIT_CASES[op]))('%s', async (op) => {
    const { doc, variables, action } = await AUDIT_CASES[op](world);
    const [{ last }] = await db().query<[{ last: string }]>(
      `SELECT coalesce(max(id), 0)::text AS last FROM audit_log`,
    );
    const c = await clientFor(t.app, t.url, world.admin);
    const r = await c.gql(doc, variables);
    expect(r.errors).toBeUndefined();
    const rows = await db().query<Array<{ action: string; actorId: string; ip: string }>>(
      `SELECT action, actor_id AS "actorId", ip FROM audit_log WHERE id > $1`,
      [last],
    );
    expect(rows).toContainEqual({ action, actorId: world.admin.id, ip: expect.any(String) });
  });
});

describe('the log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, whoever connects', async () => {
    await db().query(
      `INSERT INTO audit_log (action, target_type, target_id) VALUES ('test.write', 'test', 'x')`,
    );
    for (const sql of [
      `UPDATE audit_log SET reason = 'rewritten'`,
      `DELETE FROM audit_log`,
      `TRUNCATE audit_log`,
    ])
      await expect(db().query(sql)).rejects.toThrow(/append-only/);
    const [{ n }] = await db().query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'test.write'`,
    );
    expect(n).toBe(1);
  });

  it('is searched and filtered by actor, action, target and date, for admins only', async () => {
    const moderator = await buildMember(t.app, { role: 'moderator' });
    const target = await buildMember(t.app);
    const mod = await clientFor(t.app, t.url, moderator);
    await mod.ok(
      `mutation { suspendMember(input: { memberId: "${target.id}", reason: "宣伝" }) { id } }`,
    );
    await mod.ok(`mutation { restoreMember(memberId: "${target.id}") { id } }`);
    const admin = await clientFor(t.app, t.url, world.admin);
    const LOG = `query($a: ID, $act: String, $tt: String, $tid: String, $s: String, $from: DateTime, $to: DateTime, $after: String) {
      auditLog(actorId: $a, action: $act, targetType: $tt, targetId: $tid, search: $s, from: $from, to: $to, first: 1, after: $after) {
        nodes { action actor { id } actorRole ip targetLabel reason changes { field before after } }
        pageInfo { hasNextPage endCursor } } }`;
    const byActor = await admin.ok(LOG, { a: moderator.id });
    expect(byActor.auditLog.nodes[0]).toMatchObject({
      action: 'member.restore',
      actor: { id: moderator.id },
      actorRole: 'moderator',
      ip: expect.any(String),
      targetLabel: `@${target.handle}`,
      changes: expect.arrayContaining([
        { field: 'status', before: '"suspended"', after: '"active"' },
      ]),
    });
    const next = await admin.ok(LOG, {
      a: moderator.id,
      after: byActor.auditLog.pageInfo.endCursor,
    });
    expect(next.auditLog.nodes[0]).toMatchObject({ action: 'member.suspend', reason: '宣伝' });
    expect(next.auditLog.pageInfo.hasNextPage).toBe(false);
    const bySearch = await admin.ok(LOG, { s: '宣伝', tt: 'member', tid: target.id });
    expect(bySearch.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual([
      'member.suspend',
    ]);
    const future = await admin.ok(LOG, {
      act: 'member.suspend',
      from: new Date(Date.now() + 60_000),
    });
    expect(future.auditLog.nodes).toEqual([]);
    const badRange = await admin.gql(LOG, { from: new Date(), to: new Date(Date.now() - 1000) });
    expect(badRange.errors?.[0].extensions.fields?.[0].field).toBe('to');
    const refused = await mod.gql(LOG, {});
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('exports as CSV with the same filters, for admins only', async () => {
    const admin = await clientFor(t.app, t.url, world.admin);
    const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${t.url}/audit/log.csv?action=member.suspend`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'at,actor_id,actor_role,ip,action,target_type,target_id,target,reason,before,after',
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes(',member.suspend,'))).toBe(true);
    const member = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    const mcookie = [...member.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    expect((await fetch(`${t.url}/audit/log.csv`, { headers: { cookie: mcookie } })).status).toBe(
      403,
    );
  });
});
