import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, setVisibleToVisitors } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { GqlClient } from '../support/gql-client.js';
import { RULES, type Access } from '../support/access-rules.js';
import { MembersRepository } from '../../src/modules/members/members.repository.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';

/**
 * `anonymous` has no account in a community closed to visitors; `visitor` has none in a
 * community visible to visitors (the setting is on for that actor's run only).
 */
const ACTORS = [
  'anonymous',
  'visitor',
  'member',
  'moderator',
  'product',
  'admin',
  'suspended',
] as const;
type Actor = (typeof ACTORS)[number];

function expected(access: Access, actor: Actor): 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (access === 'public') return 'allowed';
  if (actor === 'visitor' && access === 'reading') return 'allowed';
  if (actor === 'anonymous' || actor === 'visitor' || actor === 'suspended')
    return 'UNAUTHENTICATED';
  if (access === 'signed-in' || access === 'reading') return 'allowed';
  if (actor === 'admin' || access.includes(actor)) return 'allowed';
  return 'FORBIDDEN';
}

let t: TestApp;
const members = {} as Record<Exclude<Actor, 'anonymous' | 'visitor'>, MemberEntity>;

beforeAll(async () => {
  t = await startTestApp();
  for (const role of ['member', 'moderator', 'product', 'admin'] as const)
    members[role] = await buildMember(t.app, { role });
  members.suspended = await buildMember(t.app);
});
afterAll(() => t.close());

async function clientAs(actor: Actor): Promise<GqlClient> {
  if (actor === 'anonymous' || actor === 'visitor') return t.client();
  const c = await clientFor(t.app, t.url, members[actor]);
  if (actor === 'suspended') {
    // Even a session that outlived the suspension (they are deleted on suspension) must not work.
    await t.app.get(MembersRepository).update(members.suspended.id, { status: 'suspended' });
  }
  return c;
}

it('has a rule for every operation in the schema', async () => {
  const { __schema: s } = await t
    .client()
    .ok(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
  const ops = [...s.queryType.fields, ...s.mutationType.fields]
    .map((f: { name: string }) => f.name)
    .sort();
  expect(Object.keys(RULES).sort()).toEqual(ops);
});

describe.each(ACTORS)('as %s', (actor) => {
  if (actor === 'visitor') {
    beforeAll(() => setVisibleToVisitors(t.app, true));
    afterAll(() => setVisibleToVisitors(t.app, false));
  }
  it.each(Object.keys(RULES))('%s', async (op) => {
    const c = await clientAs(actor);
    const r = await c.gql(RULES[op].doc);
    const code = r.errors?.[0]?.extensions.code;
    const want = expected(RULES[op].access, actor);
    if (want === 'allowed') {
      expect(['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL']).not.toContain(code);
    } else {
      expect(code).toBe(want);
    }
  });
});
