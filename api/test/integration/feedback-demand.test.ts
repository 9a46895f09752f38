import { startTestApp, type TestApp } from '../support/test-app.js';
import { asViewer, buildMember, recordVisit } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { Db } from '../../src/core/database/db.js';
import { PointsService } from '../../src/modules/points/points.service.js';
import { DemandSources } from '../../src/modules/feedback/demand.sources.js';
import { settle } from '../support/settle.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';

const DAY = 86_400_000;
const DEMAND = `demand { byRank { key labelJa votes } byEngagement { key votes engagementLevel }
  bySegment { key } ltvSum topRankVotes recentVotes loyalDemand }`;
const IDEA = `query($id: ID!) { idea(id: $id) { id voteCount ${DEMAND} } }`;
const IDEAS = `query($b: ID, $s: IdeaSort, $r: Int) {
  ideas(boardId: $b, sort: $s, minVoterRankPosition: $r, first: 50) { nodes { id } totalCount } }`;

let t: TestApp;
let db: Db;
let product: GqlClient;
let admin: GqlClient;
let boardId: string;
let staff: MemberEntity;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  product = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'product' }));
  staff = await buildMember(t.app, { role: 'admin' });
  admin = await clientFor(t.app, t.url, staff);
  boardId = (
    await admin.ok(`mutation($i: FeedbackBoardInput!) { createFeedbackBoard(input: $i) { id } }`, {
      i: { slug: 'demand', nameJa: '機能要望', nameEn: 'Feature requests' },
    })
  ).createFeedbackBoard.id;
});
afterAll(() => t.close());

interface Voter {
  m: MemberEntity;
  c: GqlClient;
}

/** A member with the points of a rank, who visited on `days` of the last 90 days. */
async function voter(rankPosition: number, days: number): Promise<Voter> {
  const m = await buildMember(t.app);
  const [{ threshold }] = await db.query<Array<{ threshold: number }>>(
    `SELECT threshold FROM ranks WHERE position = $1`,
    [rankPosition],
  );
  if (threshold > 0)
    await t.app.get(PointsService).adjust(asViewer(staff), m.id, threshold, 'テスト');
  for (let i = 1; i <= days; i++) {
    const at = new Date(Date.now() - i * DAY);
    await recordVisit(t.app, m.id, at.toISOString().slice(0, 10), at);
  }
  return { m, c: await clientFor(t.app, t.url, m) };
}

/** An idea by a new author (each member may post only so many an hour). */
async function idea(title: string): Promise<string> {
  const author = await buildMember(t.app, { joinedAt: new Date(Date.now() - 30 * DAY) });
  return (
    await (
      await clientFor(t.app, t.url, author)
    ).ok(`mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { id } }`, {
      i: { boardId, title, body: `${title} がほしいです。` },
    })
  ).submitIdea.id;
}

const vote = (v: Voter, ideaId: string) =>
  v.c.ok(`mutation($i: VoteIdeaInput!) { voteIdea(input: $i) { voteCount } }`, {
    i: { ideaId, voted: true },
  });

/** Makes the member's vote on the idea look cast `days` ago. */
const backdate = (v: Voter, ideaId: string, days: number) =>
  db.query(
    `UPDATE idea_votes SET created_at = now() - $3 * interval '1 day'
             WHERE idea_id = $1 AND member_id = $2`,
    [ideaId, v.m.id, days],
  );

const sum = (buckets: Array<{ votes: number }>) => buckets.reduce((n, b) => n + b.votes, 0);

describe('demand by customer value', () => {
  let legend: Voter; // rank 10, core
  let meister: Voter; // rank 9, regular
  let regular: Voter; // rank 2, occasional
  let newcomer: Voter; // rank 1, dormant
  let a: string;
  let b: string;
  let c: string;

  beforeAll(async () => {
    [legend, meister, regular, newcomer] = await Promise.all([
      voter(10, 35),
      voter(9, 12),
      voter(2, 3),
      voter(1, 0),
    ]);
    a = await idea('豆の定期便');
    b = await idea('ポイントで焙煎体験');
    c = await idea('アプリでレシピ共有');
    // a: a regular's vote a month ago and two newcomers' long ago, not seen since; b: the top
    // ranks, recently; c: a regular and a meister some weeks ago.
    const extra = await voter(1, 0);
    for (const v of [newcomer, extra, regular]) await vote(v, a);
    for (const v of [legend, meister]) await vote(v, b);
    await vote(regular, c);
    await vote(meister, c);
    await settle(t.app);
    await backdate(regular, a, 30);
    await backdate(meister, c, 20);
    for (const v of [newcomer, extra]) {
      await backdate(v, a, 100);
      // Signing in to vote was a visit: it too was long ago.
      await db.query(
        `UPDATE member_activity SET occurred_at = now() - interval '100 days'
          WHERE member_id = $1 AND action = 'visit_day'`,
        [v.m.id],
      );
    }
    await settle(t.app);
    const ranks = await db.query<Array<{ rank_position: number }>>(
      `SELECT rank_position FROM member_stats WHERE member_id = ANY($1) ORDER BY rank_position DESC`,
      [[legend, meister, regular, newcomer, extra].map((v) => v.m.id)],
    );
    expect(ranks.map((r) => r.rank_position)).toEqual([10, 9, 2, 1, 1]);
  });

  it('breaks every idea’s votes down by rank and by engagement, each summing to its vote count', async () => {
    for (const id of [a, b, c]) {
      const { idea: got } = await product.ok(IDEA, { id });
      expect(sum(got.demand.byRank)).toBe(got.voteCount);
      expect(sum(got.demand.byEngagement)).toBe(got.voteCount);
      expect(got.demand.byRank.map((r: { key: string }) => r.key)).toEqual([
        '10',
        '9',
        '8',
        '7',
        '6',
        '5',
        '4',
        '3',
        '2',
        '1',
      ]);
      expect(got.demand.byEngagement.map((r: { key: string }) => r.key)).toEqual([
        'CORE',
        'REGULAR',
        'OCCASIONAL',
        'DORMANT',
      ]);
      expect(got.demand.bySegment).toEqual([]);
      expect(got.demand.ltvSum).toBeNull();
    }
    const { idea: ideaA } = await product.ok(IDEA, { id: a });
    expect(ideaA.voteCount).toBe(3);
    const votes = (buckets: Array<{ key: string; votes: number }>) =>
      Object.fromEntries(buckets.filter((x) => x.votes).map((x) => [x.key, x.votes]));
    expect(votes(ideaA.demand.byRank)).toEqual({ '2': 1, '1': 2 });
    expect(votes(ideaA.demand.byEngagement)).toEqual({ OCCASIONAL: 1, DORMANT: 2 });
    expect(ideaA.demand.recentVotes).toBe(0);
    expect(ideaA.demand.topRankVotes).toBe(0);

    const { idea: ideaB } = await product.ok(IDEA, { id: b });
    expect(votes(ideaB.demand.byRank)).toEqual({ '10': 1, '9': 1 });
    expect(votes(ideaB.demand.byEngagement)).toEqual({ CORE: 1, REGULAR: 1 });
    expect(ideaB.demand.topRankVotes).toBe(2);
    expect(ideaB.demand.recentVotes).toBe(2);
    // (1 + 0.5 × 9) × 2 + (1 + 0.5 × 8) × 1.5
    expect(ideaB.demand.loyalDemand).toBeCloseTo(11 + 7.5);
    // 2 × (1 × 0.25) + 1.5 × 1
    expect(ideaA.demand.loyalDemand).toBeCloseTo(2);
  });

  it('sorts by votes from the top ranks, by recent votes and by loyal demand, and filters by voter rank', async () => {
    const order = async (s: string, r?: number) =>
      (await product.ok(IDEAS, { b: boardId, s, r })).ideas.nodes.map((n: { id: string }) => n.id);
    expect((await order('VOTES'))[0]).toBe(a);
    expect(await order('TOP_RANK_VOTES')).toEqual([b, c, a]);
    expect(await order('TRENDING')).toEqual([b, c, a]);
    // c: (1.5 × 1) + (5.5 × 1.5) = 9.75 > a: 2
    expect(await order('LOYAL_DEMAND')).toEqual([b, c, a]);
    expect((await order('VOTES', 9)).sort()).toEqual([b, c].sort());
    expect(await order('VOTES', 10)).toEqual([b]);
  });

  it('pages through a demand sort without losing or repeating an idea', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: {
        ideas: {
          nodes: Array<{ id: string }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      } = await product.ok(
        `query($b: ID, $after: String) { ideas(boardId: $b, sort: LOYAL_DEMAND, first: 1, after: $after) {
             nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { b: boardId, after },
      );
      seen.push(...r.ideas.nodes.map((n) => n.id));
      after = r.ideas.pageInfo.hasNextPage ? r.ideas.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([b, c, a]);
  });

  it('shows demand to the product team, moderators and admins only', async () => {
    const mod = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    expect((await mod.gql(IDEA, { id: a })).errors).toBeUndefined();
    expect((await admin.gql(IDEA, { id: a })).errors).toBeUndefined();
    for (const someone of [legend.c, t.client()]) {
      const r = await someone.gql(IDEA, { id: a });
      expect(r.errors?.[0].extensions.code).toBe(
        someone === legend.c ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      );
    }
    // A member's list still works without demand.
    const r = await legend.c.gql(IDEAS, { b: boardId, s: 'LOYAL_DEMAND' });
    expect(r.errors).toBeUndefined();
  });

  it('exports ideas as CSV with the breakdown, for the product team and staff only', async () => {
    const sly = await idea('=HYPERLINK("https://evil.example")');
    const path = `${t.url}/feedback/ideas.csv?boardId=${boardId}`;
    const get = (c?: GqlClient, url = path) =>
      fetch(url, {
        headers: c ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
      });
    const res = await get(product);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 6)).toEqual([
      'ID',
      'ボード',
      'タイトル',
      'ステータス',
      '承認',
      '投票数',
    ]);
    expect(header).toContain('ランク: レジェンド');
    expect(lines).toHaveLength(5);
    const row = (id: string) => lines.find((l) => l.startsWith(id))!.split(',');
    const col = (name: string) => header.indexOf(name);
    expect(row(b)[col('投票数')]).toBe('2');
    expect(row(b)[col('上位ランクの投票')]).toBe('2');
    expect(row(b)[col('ランク: レジェンド')]).toBe('1');
    expect(row(a)[col('ランク: はじめまして')]).toBe('2');
    expect(lines.find((l) => l.startsWith(sly))).toContain(`"'=HYPERLINK(`);

    const planned = await get(product, `${path}&status=planned`);
    expect((await planned.text()).trim().split('\r\n')).toHaveLength(1);
    expect((await get(product, `${path}&status=nonsense`)).status).toBe(400);
    const mod = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'moderator' }));
    expect((await get(mod)).status).toBe(200);
    expect((await get(legend.c)).status).toBe(403);
    expect((await get()).status).toBe(401);
  });

  it('adds what a registered source knows of the voters (segments, LTV) without other changes', async () => {
    t.app.get(DemandSources).register({
      demand: async (ids) =>
        new Map(
          ids.map((id) => [
            id,
            {
              bySegment: [{ key: 'loyal', labelJa: 'ロイヤル顧客', labelEn: 'Loyal', votes: 1 }],
              ltvSum: id === b ? 14_800 : null,
            },
          ]),
        ),
    });
    const { idea: got } = await product.ok(IDEA, { id: b });
    expect(got.demand.bySegment).toEqual([{ key: 'loyal' }]);
    expect(got.demand.ltvSum).toBe(14_800);
    expect((await product.ok(IDEA, { id: a })).idea.demand.ltvSum).toBeNull();
  });
});
