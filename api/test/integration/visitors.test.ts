import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  buildBoard,
  buildComment,
  buildIdea,
  buildMember,
  buildPost,
  buildSpace,
  setVisibleToVisitors,
} from '../support/factories.js';
import { RULES } from '../support/access-rules.js';
import { clientFor } from '../support/sessions.js';
import type { GqlClient } from '../support/gql-client.js';
import { SpacesRepository } from '../../src/modules/spaces/spaces.repository.js';
import { PostsService } from '../../src/modules/posts/posts.service.js';
import { asViewer } from '../support/factories.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';

/**
 * What a visitor without an account reads in a community visible to visitors: public spaces
 * (open to every role and rank, not archived) and what is in them, boards with their approved
 * ideas, published release notes and enabled badges, never anything else.
 */
let t: TestApp;
let visitor: GqlClient;
let memberClient: GqlClient;
let author: MemberEntity;
let pending: MemberEntity;
const slugs = { open: '', members: '', ranked: '', archived: '' };
const posts = { open: '', members: '', ranked: '', archived: '', hidden: '', deleted: '' };
const comments = { open: '', members: '' };

beforeAll(async () => {
  t = await startTestApp();
  await setVisibleToVisitors(t.app, true);
  author = await buildMember(t.app, { role: 'moderator' });
  pending = await buildMember(t.app, { status: 'pending' });
  const open = await buildSpace(t.app);
  const members = await buildSpace(t.app, { viewRoles: ['member', 'moderator', 'admin'] });
  const ranked = await buildSpace(t.app, { minRankPosition: 2 });
  const archived = await buildSpace(t.app);
  Object.assign(slugs, {
    open: open.slug,
    members: members.slug,
    ranked: ranked.slug,
    archived: archived.slug,
  });
  const write = async (spaceId: string, title: string) =>
    (await buildPost(t.app, author, { spaceId, title, body: `${title} 焙煎度合い` })).id;
  posts.open = await write(open.id, '公開の投稿');
  posts.members = await write(members.id, '会員限定の投稿');
  posts.ranked = await write(ranked.id, 'ランク限定の投稿');
  posts.archived = await write(archived.id, '保管済みの投稿');
  posts.hidden = await write(open.id, '非表示の投稿');
  posts.deleted = await write(open.id, '削除された投稿');
  const service = t.app.get(PostsService);
  await service.moderate(asViewer(author), { id: posts.hidden, hidden: true });
  await service.delete(asViewer(author), posts.deleted);
  await t.app.get(SpacesRepository).update(archived.id, { archivedAt: new Date() });
  comments.open = (
    await buildComment(t.app, author, { postId: posts.open, body: '公開の返答' })
  ).id;
  comments.members = (
    await buildComment(t.app, author, { postId: posts.members, body: '会員限定の返答' })
  ).id;
  visitor = t.client();
  memberClient = await clientFor(t.app, t.url, await buildMember(t.app));
});
afterAll(() => t.close());

const codeOf = async (c: GqlClient, doc: string, vars?: Record<string, unknown>) =>
  (await c.gql(doc, vars)).errors?.[0]?.extensions.code ?? 'OK';

it('lists only public spaces and refuses the others by slug', async () => {
  const { spaces } = await visitor.ok(`{ spaces(first: 50) { nodes { slug viewerCanPost } } }`);
  const seen = spaces.nodes.map((s: { slug: string }) => s.slug);
  expect(seen).toContain(slugs.open);
  for (const hidden of [slugs.members, slugs.ranked, slugs.archived])
    expect(seen).not.toContain(hidden);
  expect(spaces.nodes.every((s: { viewerCanPost: boolean }) => !s.viewerCanPost)).toBe(true);
  const q = `query($s: String!) { space(slug: $s) { id } }`;
  expect(await codeOf(visitor, q, { s: slugs.open })).toBe('OK');
  for (const s of [slugs.members, slugs.ranked, slugs.archived])
    expect(await codeOf(visitor, q, { s })).toBe('NOT_FOUND');
});

it('reads only posts of public spaces in every feed, never hidden or deleted ones', async () => {
  const feed = `query($s: String) { posts(first: 50, spaceSlug: $s) { nodes { id viewerCanEdit } } }`;
  const home = (await visitor.ok(feed)).posts.nodes.map((p: { id: string }) => p.id);
  expect(home).toContain(posts.open);
  for (const id of [posts.members, posts.ranked, posts.archived, posts.hidden, posts.deleted])
    expect(home).not.toContain(id);
  const inSpace = (await visitor.ok(feed, { s: slugs.open })).posts.nodes;
  expect(inSpace.map((p: { id: string }) => p.id)).toEqual([posts.open]);
  expect(inSpace[0].viewerCanEdit).toBe(false);
  expect(await codeOf(visitor, feed, { s: slugs.members })).toBe('NOT_FOUND');
  const byMember = `query($h: String!) { posts(first: 50, authorHandle: $h) { nodes { id } } }`;
  expect(
    (await visitor.ok(byMember, { h: author.handle })).posts.nodes.map((p: { id: string }) => p.id),
  ).toEqual([posts.open]);
  // A member sees the members-only space the visitor does not.
  const mine = (await memberClient.ok(feed)).posts.nodes.map((p: { id: string }) => p.id);
  expect(mine).toContain(posts.members);
});

it('opens a public post with its comments, and no other post', async () => {
  const q = `query($id: ID!) { post(id: $id) { title bodyHtml viewCount comments(first: 10) { nodes { id bodyHtml viewerCanEdit } } reactions { kind count viewerReacted } } }`;
  const { post } = await visitor.ok(q, { id: posts.open });
  expect(post.title).toBe('公開の投稿');
  expect(post.viewCount).toBeNull();
  expect(post.comments.nodes.map((c: { id: string }) => c.id)).toEqual([comments.open]);
  expect(post.comments.nodes[0].viewerCanEdit).toBe(false);
  for (const id of [posts.members, posts.ranked, posts.archived, posts.hidden, posts.deleted])
    expect(await codeOf(visitor, q, { id })).toBe('NOT_FOUND');
});

it("shows a member's comments only on public posts, and replies only there", async () => {
  const q = `query($h: String!) { memberComments(handle: $h, first: 50) { nodes { id } } }`;
  const ids = (await visitor.ok(q, { h: author.handle })).memberComments.nodes.map(
    (c: { id: string }) => c.id,
  );
  expect(ids).toEqual([comments.open]);
  const replies = `query($id: ID!) { commentReplies(commentId: $id) { nodes { id } } }`;
  expect(await codeOf(visitor, replies, { id: comments.open })).toBe('OK');
  expect(await codeOf(visitor, replies, { id: comments.members })).toBe('NOT_FOUND');
});

it('searches public posts and comments only', async () => {
  const q = `query($q: String!, $s: String) { search(query: $q, spaceSlug: $s, first: 50) { nodes { post { id } comment { id } } } }`;
  const found = (await visitor.ok(q, { q: '焙煎度合い' })).search.nodes.map(
    (h: { post: { id: string } }) => h.post.id,
  );
  expect(found).toEqual([posts.open]);
  const answers = (await visitor.ok(q, { q: '返答' })).search.nodes;
  expect(answers.map((h: { comment: { id: string } }) => h.comment.id)).toEqual([comments.open]);
  expect(await codeOf(visitor, q, { q: '投稿', s: slugs.members })).toBe('NOT_FOUND');
});

it('opens profiles without private fields, and never a pending member', async () => {
  const q = `query($h: String!) { member(handle: $h) { handle email status suspendedAt rank { position } badges { grantedAt } standing { lifetime } } }`;
  const { member } = await visitor.ok(q, { h: author.handle });
  expect(member).toMatchObject({ handle: author.handle, email: null, status: null });
  expect(await codeOf(visitor, q, { h: pending.handle })).toBe('NOT_FOUND');
});

it('reads the leaderboard, with no place of its own', async () => {
  const { leaderboard } = await visitor.ok(
    `{ leaderboard(period: ALL) { viewer { rank } entries(first: 5) { nodes { member { handle email } } } } }`,
  );
  expect(leaderboard.viewer).toBeNull();
  for (const e of leaderboard.entries.nodes) expect(e.member.email).toBeNull();
});

it('is asked to sign in for every action, and for everything once the setting is off', async () => {
  const comment = `mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`;
  expect(await codeOf(visitor, comment, { i: { postId: posts.open, body: 'こんにちは' } })).toBe(
    'UNAUTHENTICATED',
  );
  await setVisibleToVisitors(t.app, false);
  try {
    expect(await codeOf(visitor, `{ posts(first: 1) { nodes { id } } }`)).toBe('UNAUTHENTICATED');
    expect(await codeOf(memberClient, `{ posts(first: 1) { nodes { id } } }`)).toBe('OK');
  } finally {
    await setVisibleToVisitors(t.app, true);
  }
});

it('sees the events of public spaces and of no space, never those of other spaces', async () => {
  const mod = await clientFor(t.app, t.url, author);
  const spaces = t.app.get(SpacesRepository);
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const make = async (title: string, slug: string | null) =>
    (
      await mod.ok(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
        i: {
          title,
          description: '浅煎りを飲み比べます。',
          kind: 'IN_PERSON',
          venueName: '渋谷ロースタリー',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
          timeZone: 'Asia/Tokyo',
          spaceId: slug ? (await spaces.findBySlug(slug))!.id : null,
          publish: true,
        },
      })
    ).createEvent.id as string;
  const open = await make('公開の催し', slugs.open);
  const everyone = await make('全体の催し', null);
  const members = await make('会員限定の催し', slugs.members);
  const ranked = await make('ランク限定の催し', slugs.ranked);

  const { events } = await visitor.ok(`{ events(first: 50) { nodes { id } } }`);
  const listed = events.nodes.map((e: { id: string }) => e.id);
  expect(listed).toEqual(expect.arrayContaining([open, everyone]));
  expect(listed).not.toContain(members);
  expect(listed).not.toContain(ranked);
  const one = `query($id: ID!) { event(id: $id) { id } }`;
  expect(await codeOf(visitor, one, { id: open })).toBe('OK');
  expect(await codeOf(visitor, one, { id: members })).toBe('NOT_FOUND');
  expect(await codeOf(visitor, one, { id: ranked })).toBe('NOT_FOUND');
  expect(await codeOf(memberClient, one, { id: members })).toBe('OK');
});

it('reads boards and their approved ideas, never those waiting or refused, nor who wants them', async () => {
  const board = await buildBoard(t.app, { requiresApproval: true });
  const product = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'product' }));
  const review = (id: string, approve: boolean) =>
    product.ok(`mutation($i: ReviewIdeaInput!) { reviewIdea(input: $i) { id } }`, {
      i: { id, approve },
    });
  const approved = (await buildIdea(t.app, null, { boardId: board.id, title: '承認済みの要望' }))
    .id;
  const waiting = (await buildIdea(t.app, null, { boardId: board.id, title: '承認待ちの要望' })).id;
  const refused = (await buildIdea(t.app, null, { boardId: board.id, title: '却下された要望' })).id;
  await review(approved, true);
  await review(refused, false);

  const { feedbackBoards } = await visitor.ok(`{ feedbackBoards { id } }`);
  expect(feedbackBoards.map((b: { id: string }) => b.id)).toContain(board.id);
  const bySlug = `query($s: String!) { feedbackBoard(slug: $s) { id } }`;
  expect(await codeOf(visitor, bySlug, { s: board.slug })).toBe('OK');

  const list = `query($b: ID!, $a: IdeaApproval, $s: IdeaSort) {
    ideas(boardId: $b, approval: $a, sort: $s, first: 50) { nodes { id } totalCount } }`;
  const { ideas } = await visitor.ok(list, { b: board.id });
  expect(ideas.nodes.map((i: { id: string }) => i.id)).toEqual([approved]);
  expect(ideas.totalCount).toBe(1);
  expect(await codeOf(visitor, list, { b: board.id, a: 'PENDING' })).toBe('FORBIDDEN');
  expect(await codeOf(visitor, list, { b: board.id, s: 'LOYAL_DEMAND' })).toBe('FORBIDDEN');
  // The product team sees what waits.
  const pending = (await product.ok(list, { b: board.id, a: 'PENDING' })).ideas.nodes;
  expect(pending.map((i: { id: string }) => i.id)).toEqual([waiting]);

  const one = `query($id: ID!) { idea(id: $id) { id post { id } } }`;
  expect(await codeOf(visitor, one, { id: approved })).toBe('OK');
  const asPost = `query($id: ID!) { post(id: $id) { id } }`;
  for (const id of [waiting, refused]) {
    expect(await codeOf(visitor, one, { id })).toBe('NOT_FOUND');
    expect(await codeOf(visitor, asPost, { id })).toBe('NOT_FOUND');
  }
  const demand = `query($id: ID!) { idea(id: $id) { demand { byRank { votes } } } }`;
  expect(await codeOf(visitor, demand, { id: approved })).toBe('FORBIDDEN');
  expect(await codeOf(product, demand, { id: approved })).toBe('OK');
});

it('reads the roadmap without the ideas the product team hid from it', async () => {
  const board = await buildBoard(t.app);
  const product = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'product' }));
  const shown = (await buildIdea(t.app, null, { boardId: board.id, title: '予定の要望' })).id;
  const hidden = (await buildIdea(t.app, null, { boardId: board.id, title: '非公開の予定' })).id;
  await product.ok(`mutation($i: ChangeIdeaStatusInput!) { changeIdeaStatus(input: $i) { id } }`, {
    i: { ids: [shown, hidden], status: 'PLANNED' },
  });
  await product.ok(
    `mutation($i: IdeaRoadmapInput!) { setIdeaRoadmapVisibility(input: $i) { id } }`,
    { i: { ideaId: hidden, hidden: true } },
  );
  const { roadmap } = await visitor.ok(`{ roadmap { planned { id } inProgress { id } } }`);
  const planned = roadmap.planned.map((i: { id: string }) => i.id);
  expect(planned).toContain(shown);
  expect(planned).not.toContain(hidden);
});

it('reads published release notes only, never drafts', async () => {
  const product = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'product' }));
  const write = async (title: string) =>
    (
      await product.ok(
        `mutation($i: ChangelogEntryInput!) { createChangelogEntry(input: $i) { id } }`,
        { i: { title, body: '改善しました。', releasedOn: '2026-11-30' } },
      )
    ).createChangelogEntry.id as string;
  const published = await write('公開済みのお知らせ');
  const draft = await write('下書きのお知らせ');
  await product.ok(`mutation($id: ID!) { publishChangelogEntry(id: $id) { id } }`, {
    id: published,
  });

  const list = `query($d: Boolean) { changelog(first: 100, drafts: $d) { nodes { id } } }`;
  const listed = (await visitor.ok(list)).changelog.nodes.map((e: { id: string }) => e.id);
  expect(listed).toContain(published);
  expect(listed).not.toContain(draft);
  expect(await codeOf(visitor, list, { d: true })).toBe('FORBIDDEN');
  const one = `query($id: ID!) { changelogEntry(id: $id) { id } }`;
  expect(await codeOf(visitor, one, { id: published })).toBe('OK');
  expect(await codeOf(visitor, one, { id: draft })).toBe('NOT_FOUND');
  expect(await codeOf(product, one, { id: draft })).toBe('OK');
});

it('sees enabled badges only, and the ranks and reaction kinds members see', async () => {
  const admin = await clientFor(t.app, t.url, await buildMember(t.app, { role: 'admin' }));
  const key = `off-${Date.now().toString(36)}`;
  await admin.ok(`mutation($i: CreateBadgeInput!) { createBadge(input: $i) { id } }`, {
    i: { key, nameJa: '休止中', nameEn: 'Retired', criterion: 'MANUAL', enabled: false },
  });
  const list = `query($all: Boolean!) { badges(includeDisabled: $all) { key } }`;
  const keys = (await visitor.ok(list, { all: false })).badges.map((b: { key: string }) => b.key);
  expect(keys.length).toBeGreaterThan(0);
  expect(keys).not.toContain(key);
  expect(await codeOf(visitor, list, { all: true })).toBe('FORBIDDEN');
  const one = `query($k: String!) { badge(key: $k) { id } }`;
  expect(await codeOf(visitor, one, { k: key })).toBe('NOT_FOUND');
  expect(await codeOf(admin, one, { k: key })).toBe('OK');

  const config = `{ ranks { id nameJa threshold position } reactionKinds { key emoji enabled } }`;
  expect(await visitor.ok(config)).toEqual(await memberClient.ok(config));
});

/** Each query a visitor may call, and the test above that checks what it shows them. */
const CHECKED_BY: Record<string, string> = {
  member: 'opens profiles without private fields',
  spaces: 'lists only public spaces',
  space: 'lists only public spaces',
  posts: 'reads only posts of public spaces',
  post: 'opens a public post; reads boards (an idea waiting as a post)',
  memberComments: "shows a member's comments only on public posts",
  commentReplies: "shows a member's comments only on public posts",
  ranks: 'sees enabled badges only, and the ranks',
  reactionKinds: 'sees enabled badges only, and the reaction kinds',
  search: 'searches public posts and comments only',
  leaderboard: 'reads the leaderboard',
  badges: 'sees enabled badges only',
  badge: 'sees enabled badges only',
  events: 'sees the events of public spaces',
  event: 'sees the events of public spaces',
  feedbackBoards: 'reads boards and their approved ideas',
  feedbackBoard: 'reads boards and their approved ideas',
  ideas: 'reads boards and their approved ideas',
  idea: 'reads boards and their approved ideas',
  roadmap: 'reads the roadmap without the ideas the product team hid',
  changelog: 'reads published release notes only',
  changelogEntry: 'reads published release notes only',
};

it('checks what visitors see for every query the role rules open to them', () => {
  const reading = Object.keys(RULES).filter((op) => RULES[op].access === 'reading');
  expect(Object.keys(CHECKED_BY).sort()).toEqual(reading.sort());
});
