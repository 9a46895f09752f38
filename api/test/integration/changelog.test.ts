import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, setVisibleToVisitors } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { concurrently } from '../support/probes.js';
import { settle } from '../support/settle.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';

const ENTRY = `id title bodyHtml releasedOn publishedAt author { id } ideas { id status }`;
const CREATE = `mutation($i: ChangelogEntryInput!) { createChangelogEntry(input: $i) { ${ENTRY} } }`;
const UPDATE = `mutation($i: UpdateChangelogEntryInput!) { updateChangelogEntry(input: $i) { ${ENTRY} } }`;
const PUBLISH = `mutation($id: ID!) { publishChangelogEntry(id: $id) { ${ENTRY} } }`;
const DELETE = `mutation($id: ID!) { deleteChangelogEntry(id: $id) }`;
const LIST = `query($d: Boolean, $after: String) {
  changelog(drafts: $d, first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
const ONE = `query($id: ID!) { changelogEntry(id: $id) { ${ENTRY} } }`;

let t: TestApp;
let db: Db;
let product: GqlClient;
let productMember: MemberEntity;
let admin: GqlClient;
let member: GqlClient;
let boardId: string;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  productMember = await buildMember(t.app, { role: 'product' });
  product = await clientFor(t.app, t.url, productMember);
  admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
  member = await clientFor(t.app, t.url, await buildMember(t.app));
  boardId = (
    await admin.ok(`mutation($i: FeedbackBoardInput!) { createFeedbackBoard(input: $i) { id } }`, {
      i: { slug: 'changelog', nameJa: '機能要望', nameEn: 'Feature requests' },
    })
  ).createFeedbackBoard.id;
});
afterAll(() => t.close());

async function ideaWithVoters(title: string, voters: number) {
  const author = await buildMember(t.app, { joinedAt: new Date(Date.now() - 30 * 86_400_000) });
  const id = (
    await (
      await clientFor(t.app, t.url, author)
    ).ok(`mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { id } }`, {
      i: { boardId, title, body: 'ほしいです' },
    })
  ).submitIdea.id as string;
  const people = await Promise.all(Array.from({ length: voters }, () => buildMember(t.app)));
  for (const p of people)
    await (
      await clientFor(t.app, t.url, p)
    ).ok(`mutation($i: VoteIdeaInput!) { voteIdea(input: $i) { id } }`, {
      i: { ideaId: id, voted: true },
    });
  // The author follows their idea: they hear of it with the voters.
  return { id, voters: people, told: [author, ...people].map((m) => m.id).sort() };
}

const entry = (o: Record<string, unknown> = {}) => ({
  title: 'バージョン 2.0',
  body: '**定期便**が始まりました。',
  releasedOn: '2026-12-01',
  ...o,
});

/** What the idea's voters were told of it becoming released, per voter. */
const releasedNotices = (ideaId: string) =>
  db.query<Array<{ memberId: string; n: number }>>(
    `SELECT member_id AS "memberId", count(*)::int AS n FROM notifications
      WHERE subject_id = $1 AND kind = 'feedback_status' AND params->>'status' = 'released'
      GROUP BY member_id`,
    [ideaId],
  );
const releasedChanges = (ideaId: string) =>
  db.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM idea_status_changes WHERE idea_id = $1 AND to_status = 'released'`,
    [ideaId],
  );

describe('changelog', () => {
  it('keeps drafts to the product team and admins', async () => {
    const draft = (await product.ok(CREATE, { i: entry({ title: '下書き' }) }))
      .createChangelogEntry;
    expect(draft.publishedAt).toBeNull();
    expect(draft.bodyHtml).toContain('<strong>定期便</strong>');
    expect(draft.author.id).toBe(productMember.id);
    expect((await member.gql(ONE, { id: draft.id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await member.gql(LIST, { d: true })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const published = (await member.ok(LIST, {})).changelog.nodes.map((n: { id: string }) => n.id);
    expect(published).not.toContain(draft.id);
    const drafts = (await admin.ok(LIST, { d: true })).changelog.nodes.map(
      (n: { id: string }) => n.id,
    );
    expect(drafts).toContain(draft.id);
    expect((await member.gql(CREATE, { i: entry() })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const mod = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    expect((await mod.gql(PUBLISH, { id: draft.id })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(await product.ok(DELETE, { id: draft.id })).toEqual({ deleteChangelogEntry: draft.id });
    expect((await product.gql(ONE, { id: draft.id })).errors?.[0].extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  it('answers bad input with the field at fault and writes nothing', async () => {
    const { id: ideaId } = await ideaWithVoters('検証用', 0);
    const field = async (i: Record<string, unknown>) => {
      const r = await product.gql(CREATE, { i: entry(i) });
      expect(r.errors?.[0].extensions.code).toBe('VALIDATION_FAILED');
      return r.errors![0].extensions.fields![0].field;
    };
    const before = await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int n FROM changelog_entries`,
    );
    expect(await field({ title: '   ' })).toBe('title');
    expect(await field({ releasedOn: '2026-02-30' })).toBe('releasedOn');
    expect(await field({ releasedOn: 'tomorrow' })).toBe('releasedOn');
    expect(await field({ ideaIds: [ideaId, '00000000-0000-4000-8000-000000000000'] })).toBe(
      'ideaIds',
    );
    expect(await field({ ideaIds: ['nope'] })).toBe('ideaIds');
    expect(await db.query(`SELECT count(*)::int n FROM changelog_entries`)).toEqual(before);
  });

  it('publishing releases the linked ideas and tells each voter once; publishing again does nothing', async () => {
    const one = await ideaWithVoters('定期便', 3);
    const two = await ideaWithVoters('ギフト包装', 2);
    const created = (await product.ok(CREATE, { i: entry({ ideaIds: [one.id, two.id, one.id] }) }))
      .createChangelogEntry;
    expect(created.ideas.map((i: { id: string }) => i.id)).toEqual([one.id, two.id]);
    expect(created.ideas.map((i: { status: string }) => i.status)).toEqual(['OPEN', 'OPEN']);

    const published = (await product.ok(PUBLISH, { id: created.id })).publishChangelogEntry;
    expect(published.publishedAt).not.toBeNull();
    expect(published.ideas.map((i: { status: string }) => i.status)).toEqual([
      'RELEASED',
      'RELEASED',
    ]);
    await settle(t.app);
    const told = await releasedNotices(one.id);
    expect(told.map((r) => r.memberId).sort()).toEqual(one.told);
    expect(told.every((r) => r.n === 1)).toBe(true);
    expect(await releasedNotices(two.id)).toHaveLength(3);

    const again = (await product.ok(PUBLISH, { id: created.id })).publishChangelogEntry;
    expect(again.publishedAt).toBe(published.publishedAt);
    await settle(t.app);
    expect((await releasedNotices(one.id)).every((r) => r.n === 1)).toBe(true);
    expect(await releasedChanges(one.id)).toEqual([{ n: 1 }]);
    // Shipped ideas stay shipped; the published entry can no longer be deleted.
    const r = await product.gql(UPDATE, { i: { id: created.id, ideaIds: [] } });
    expect(r.errors?.[0].extensions.fields?.[0].field).toBe('ideaIds');
    expect((await product.gql(DELETE, { id: created.id })).errors?.[0].extensions.code).toBe(
      'VALIDATION_FAILED',
    );
    // Members read it now.
    expect((await member.ok(ONE, { id: created.id })).changelogEntry.id).toBe(created.id);
  });

  it('ships an idea once: a later entry naming it again releases nothing and tells no one', async () => {
    const idea = await ideaWithVoters('二度目のリリース', 2);
    const first = (await product.ok(CREATE, { i: entry({ ideaIds: [idea.id] }) }))
      .createChangelogEntry;
    await product.ok(PUBLISH, { id: first.id });
    const second = (await product.ok(CREATE, { i: entry({ ideaIds: [idea.id] }) }))
      .createChangelogEntry;
    const published = (await product.ok(PUBLISH, { id: second.id })).publishChangelogEntry;
    expect(published.ideas).toEqual([{ id: idea.id, status: 'RELEASED' }]);
    await settle(t.app);
    expect(await releasedChanges(idea.id)).toEqual([{ n: 1 }]);
    expect((await releasedNotices(idea.id)).every((r) => r.n === 1)).toBe(true);
  });

  it('publishes once however many publish at the same time', async () => {
    const shipped = await ideaWithVoters('同時公開', 4);
    const { id } = (await product.ok(CREATE, { i: entry({ ideaIds: [shipped.id] }) }))
      .createChangelogEntry;
    const results = await concurrently(12, (i) => (i % 2 ? product : admin).gql(PUBLISH, { id }));
    expect(results.every((r) => !r.errors)).toBe(true);
    const stamps = new Set(results.map((r) => r.data!.publishChangelogEntry.publishedAt));
    expect(stamps.size).toBe(1);
    await settle(t.app);
    expect(await releasedChanges(shipped.id)).toEqual([{ n: 1 }]);
    const told = await releasedNotices(shipped.id);
    expect(told.map((r) => r.memberId).sort()).toEqual(shipped.told);
    expect(told.every((r) => r.n === 1)).toBe(true);
  });

  it('lists published entries by release date, newest first, page by page', async () => {
    for (const day of ['2025-01-10', '2025-03-10', '2025-02-10']) {
      const { id } = (
        await product.ok(CREATE, { i: entry({ title: `リリース ${day}`, releasedOn: day }) })
      ).createChangelogEntry;
      await product.ok(PUBLISH, { id });
    }
    const days: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        changelog: {
          nodes: Array<{ id: string }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      } = await member.ok(LIST, { after });
      for (const n of page.changelog.nodes)
        days.push((await member.ok(ONE, { id: n.id })).changelogEntry.releasedOn);
      after = page.changelog.pageInfo.hasNextPage ? page.changelog.pageInfo.endCursor : null;
    } while (after);
    expect(days).toEqual([...days].sort().reverse());
    expect(days).toEqual(expect.arrayContaining(['2025-01-10', '2025-02-10', '2025-03-10']));
  });

  it('serves published entries as a valid Atom feed while visitors may read the community', async () => {
    const { id: draftId } = (await product.ok(CREATE, { i: entry({ title: '未公開 <draft>' }) }))
      .createChangelogEntry;
    const { id } = (
      await product.ok(CREATE, {
        i: entry({ title: 'Tom & Jerry <3', releasedOn: '2026-12-02' }),
      })
    ).createChangelogEntry;
    await product.ok(PUBLISH, { id });

    expect((await fetch(`${t.url}/changelog.atom`)).status).toBe(404);
    await setVisibleToVisitors(t.app, true);
    try {
      const res = await fetch(`${t.url}/changelog.atom`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
      const xml = await res.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(
        xml,
      );
      expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      const entries = doc.feed.entry as Array<Record<string, any>>;
      expect(entries.length).toBeGreaterThan(0);
      expect(entries[0].id).toBe(`${t.config.PUBLIC_URL}/changelog/${id}`);
      expect(entries[0].title['#text']).toBe('Tom &amp; Jerry &lt;3');
      expect(entries[0].content['#text']).toContain('<strong>定期便</strong>');
      expect(xml).not.toContain(draftId);
      const published = entries.map((e) => e.published as string);
      expect(published).toEqual([...published].sort().reverse());
      for (const e of entries) expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(doc.feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    } finally {
      await setVisibleToVisitors(t.app, false);
    }
  });
});
