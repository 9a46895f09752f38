import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildMember, buildSpace, setVisibleToVisitors } from '../support/factories.js';
import { clientFor } from '../support/sessions.js';
import { GqlClient } from '../support/gql-client.js';
import { createComment, setReaction } from '../support/content-api.js';
import { settle } from '../support/settle.js';
import { Db } from '../../src/core/database/db.js';
import type { MemberEntity } from '../../src/modules/members/entities/member.entity.js';

const EVENT_FIELDS = `id title status startsAt endsAt timeZone seriesId coverUrl
  discussion { id kind title commentCount viewerCanEdit space { id } }`;
const CREATE = `mutation($i: CreateEventInput!) { createEvent(input: $i) { ${EVENT_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateEventInput!) { updateEvent(input: $i) { ${EVENT_FIELDS} } }`;
const EVENT = `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`;
const SERIES = `query($id: ID!) { event(id: $id) { id series { id startsAt endsAt seriesId
  discussion { id } } } }`;
const POST = `query($id: ID!) { post(id: $id) { id kind commentCount space { id } event { id }
  reactions { kind count viewerReacted }
  comments(first: 10) { nodes { id body replies(first: 10) { nodes { id body } } } } } }`;
const RSVP = `mutation($i: RsvpInput!) { rsvpEvent(input: $i) { id seatsTaken viewerRsvp { status } } }`;

const DAY = 24 * 3_600_000;

let t: TestApp;
let db: Db;
let modMember: MemberEntity;
let mod: GqlClient;
let alice: GqlClient;
let aliceMember: MemberEntity;
let bob: GqlClient;
let visitor: GqlClient;
let openSpaceId: string;
let membersSpaceId: string;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(Db);
  await setVisibleToVisitors(t.app, true);
  modMember = await buildMember(t.app, { role: 'moderator' });
  mod = await clientFor(t.app, t.url, modMember);
  aliceMember = await buildMember(t.app);
  alice = await clientFor(t.app, t.url, aliceMember);
  bob = await clientFor(t.app, t.url, await buildMember(t.app));
  visitor = new GqlClient(t.url);
  openSpaceId = (await buildSpace(t.app)).id;
  membersSpaceId = (await buildSpace(t.app, { viewRoles: ['member', 'moderator', 'admin'] })).id;
});
afterAll(() => t.close());

const inDays = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3_600_000);

function eventInput(o: Record<string, unknown> = {}) {
  return {
    title: '焙煎所見学ツアー',
    kind: 'IN_PERSON',
    venueName: 'こもれび珈琲',
    startsAt: inDays(10).toISOString(),
    endsAt: inDays(10, 2).toISOString(),
    timeZone: 'Asia/Tokyo',
    spaceId: openSpaceId,
    publish: true,
    ...o,
  };
}

const createEvent = async (o: Record<string, unknown> = {}) =>
  (await mod.ok(CREATE, { i: eventInput(o) })).createEvent;

const codeOf = (r: { errors?: Array<{ extensions: { code: string } }> }) =>
  r.errors?.[0].extensions.code;
const fieldsOf = (r: { errors?: Array<{ extensions: { fields?: Array<{ field: string }> } }> }) =>
  r.errors?.[0].extensions.fields?.map((f) => f.field);

describe('an event’s discussion', () => {
  it('is a post of its own created with the event, in no space, named after the event', async () => {
    const e = await createEvent();
    expect(e.discussion).toMatchObject({
      kind: 'EVENT',
      title: '焙煎所見学ツアー',
      commentCount: 0,
      viewerCanEdit: false,
      space: null,
    });
    const renamed = (await mod.ok(UPDATE, { i: { id: e.id, title: '焙煎所見学ツアー（秋）' } }))
      .updateEvent;
    expect(renamed.discussion).toMatchObject({
      id: e.discussion.id,
      title: '焙煎所見学ツアー（秋）',
    });
  });

  it('takes comments, replies and reactions through the post mutations, credited as ordinary comments', async () => {
    const e = await createEvent();
    const threadId: string = e.discussion.id;
    const question = await createComment(alice, threadId, { body: '駐車場はありますか？' });
    const carolMember = await buildMember(t.app);
    const carol = await clientFor(t.app, t.url, carolMember);
    const answer = await createComment(bob, threadId, {
      body: `近くにあります。@${carolMember.handle} さんも車でしたよね`,
      parentId: question,
    });
    await setReaction(alice, threadId);
    await setReaction(bob, question, { targetType: 'COMMENT' });
    await settle(t.app);

    const thread = (await alice.ok(POST, { id: threadId })).post;
    expect(thread).toMatchObject({
      kind: 'EVENT',
      commentCount: 2,
      space: null,
      event: { id: e.id },
      comments: {
        nodes: [
          { id: question, body: '駐車場はありますか？', replies: { nodes: [{ id: answer }] } },
        ],
      },
    });
    expect(thread.reactions.find((r: { kind: string }) => r.kind === 'like')).toMatchObject({
      count: 1,
      viewerReacted: true,
    });

    // The reply reaches the one who asked, and the notification opens the event.
    const notes = await alice.ok(
      `{ notifications(first: 10) { nodes { kind post { id event { id } } } } }`,
    );
    expect(notes.notifications.nodes).toContainEqual({
      kind: 'REPLY_TO_COMMENT',
      post: { id: threadId, event: { id: e.id } },
    });
    const mentions = await carol.ok(
      `{ notifications(first: 10) { nodes { kind post { id event { id } } } } }`,
    );
    expect(mentions.notifications.nodes).toEqual([
      { kind: 'MENTION', post: { id: threadId, event: { id: e.id } } },
    ]);

    // Points as for any comment and any reaction to a comment; the thread itself earns nothing.
    const ledger = await db.query<Array<{ member: string; rule: string; source: string }>>(
      `SELECT member_id AS member, rule, source FROM point_ledger
        WHERE source IN ($1, $2, $3) OR source LIKE $4 ORDER BY rule`,
      [
        `comment:${question}`,
        `comment:${answer}`,
        `post:${threadId}`,
        `reaction:post:${threadId}%`,
      ],
    );
    expect(ledger).toEqual(
      expect.arrayContaining([
        { member: aliceMember.id, rule: 'comment_created', source: `comment:${question}` },
        expect.objectContaining({ rule: 'comment_created', source: `comment:${answer}` }),
      ]),
    );
    expect(ledger).toHaveLength(2);
    const [credited] = await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM member_activity
        WHERE subject_id = $1 AND retracted_at IS NULL`,
      [threadId],
    );
    expect(credited.n).toBe(0);
    const [received] = await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM member_activity
        WHERE subject_id = $1 AND action = 'reaction_received' AND member_id = $2`,
      [question, aliceMember.id],
    );
    expect(received.n).toBe(1);
  });

  it('is never listed among posts: not in feeds, its space, search, the organiser’s posts or the sitemap', async () => {
    const e = await createEvent({ title: '珍しい焙煎ナイトまつり' });
    const threadId: string = e.discussion.id;
    await createComment(alice, threadId, { body: 'ぴよぴよ抽出について質問です' });
    await settle(t.app);

    const space = await db.query<Array<{ slug: string }>>(`SELECT slug FROM spaces WHERE id = $1`, [
      openSpaceId,
    ]);
    const ids = async (doc: string, vars: Record<string, unknown> = {}) =>
      JSON.stringify(await mod.ok(doc, vars));
    expect(await ids(`{ posts(first: 100) { nodes { id } } }`)).not.toContain(threadId);
    expect(
      await ids(`query($s: String) { posts(spaceSlug: $s, first: 100) { nodes { id } } }`, {
        s: space[0].slug,
      }),
    ).not.toContain(threadId);
    expect(
      await ids(`query($h: String) { posts(authorHandle: $h, first: 100) { nodes { id } } }`, {
        h: modMember.handle,
      }),
    ).not.toContain(threadId);
    for (const q of ['珍しい焙煎ナイトまつり', 'ぴよぴよ抽出'])
      expect(
        (
          await mod.ok(`query($q: String!) { search(query: $q, first: 20) { nodes { type } } }`, {
            q,
          })
        ).search.nodes,
      ).toEqual([]);
    expect(
      (
        await mod.ok(
          `query($h: String!) { memberComments(handle: $h, first: 20) { nodes { id } } }`,
          { h: aliceMember.handle },
        )
      ).memberComments.nodes,
    ).toEqual([]);
    const sitemap = await (await fetch(`${t.url}/sitemap.xml`)).text();
    expect(sitemap).toContain('<urlset');
    expect(sitemap).not.toContain(threadId);
  });

  it('cannot be written, edited, deleted, pinned or moved as a post', async () => {
    const e = await createEvent();
    const threadId: string = e.discussion.id;
    const create = await mod.gql(
      `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`,
      { i: { spaceId: openSpaceId, kind: 'EVENT', title: 'x', body: 'y' } },
    );
    expect(codeOf(create)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(create)).toEqual(['kind']);
    for (const [doc, vars] of [
      [`mutation($id: ID!) { updatePost(input: { id: $id, title: "別の題" }) { id } }`, {}],
      [`mutation($id: ID!) { deletePost(id: $id) }`, {}],
      [`mutation($id: ID!) { moderatePost(input: { id: $id, pinned: true }) { id } }`, {}],
    ] as const) {
      const r = await mod.gql(doc, { id: threadId, ...vars });
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
    }
    const locked = await mod.gql(
      `mutation($id: ID!) { moderatePost(input: { id: $id, locked: true }) { id lockedAt } }`,
      { id: threadId },
    );
    expect(locked.data?.moderatePost.lockedAt).toEqual(expect.any(String));
    expect(
      codeOf(
        await alice.gql(`mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`, {
          i: { postId: threadId, body: 'まだ書けますか' },
        }),
      ),
    ).toBe('LOCKED');
  });

  it('is read by exactly those who see the event: drafts by staff, spaces as the event’s, after a move or a cancellation', async () => {
    const read = (c: GqlClient, id: string) =>
      c.gql(`query($id: ID!) { post(id: $id) { id } }`, { id });
    const comment = (c: GqlClient, postId: string) =>
      c.gql(`mutation($i: CreateCommentInput!) { createComment(input: $i) { id } }`, {
        i: { postId, body: '楽しみです' },
      });

    const draft = await createEvent({ publish: false });
    expect((await read(mod, draft.discussion.id)).data?.post.id).toBe(draft.discussion.id);
    expect(codeOf(await read(alice, draft.discussion.id))).toBe('NOT_FOUND');
    expect(codeOf(await comment(alice, draft.discussion.id))).toBe('NOT_FOUND');
    expect(codeOf(await read(visitor, draft.discussion.id))).toBe('NOT_FOUND');

    const open = await createEvent();
    expect((await read(visitor, open.discussion.id)).data?.post.id).toBe(open.discussion.id);
    expect((await visitor.ok(EVENT, { id: open.id })).event.discussion.id).toBe(open.discussion.id);

    // Moved into a space for members only: visitors lose the event and its thread.
    await mod.ok(UPDATE, { i: { id: open.id, spaceId: membersSpaceId } });
    expect(codeOf(await read(visitor, open.discussion.id))).toBe('NOT_FOUND');
    expect((await read(alice, open.discussion.id)).data?.post.id).toBe(open.discussion.id);

    await mod.ok(`mutation($id: ID!) { cancelEvent(id: $id) { id } }`, { id: open.id });
    expect((await comment(alice, open.discussion.id)).data?.createComment.id).toEqual(
      expect.any(String),
    );
    expect((await alice.ok(POST, { id: open.discussion.id })).post.commentCount).toBe(1);
  });
});

describe('cover image', () => {
  const uploadBy = async (ownerId: string) =>
    (
      await db.query<Array<{ id: string }>>(
        `INSERT INTO media (owner_id, original_type, width, height, bytes)
         VALUES ($1, 'jpeg', 1600, 900, 1000) RETURNING id`,
        [ownerId],
      )
    )[0].id;

  it('shows the organiser’s uploaded image, and none once removed', async () => {
    const image = await uploadBy(modMember.id);
    const e = await createEvent({ coverImageId: image });
    expect(e.coverUrl).toBe(`/media/${image}/medium.webp`);
    expect((await alice.ok(EVENT, { id: e.id })).event.coverUrl).toBe(
      `/media/${image}/medium.webp`,
    );
    const removed = (await mod.ok(UPDATE, { i: { id: e.id, coverImageId: null } })).updateEvent;
    expect(removed.coverUrl).toBeNull();
    expect((await createEvent()).coverUrl).toBeNull();
  });

  it.each([
    ['someone else’s upload', async () => uploadBy(aliceMember.id)],
    ['an image that does not exist', async () => '00000000-0000-4000-8000-000000000000'],
    ['an id that is not one', async () => 'cover.jpg'],
  ])('refuses %s as VALIDATION_FAILED on coverImageId, writing nothing', async (_n, id) => {
    const coverImageId = await id();
    const [before] = await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM events`);
    const created = await mod.gql(CREATE, { i: eventInput({ coverImageId }) });
    expect(codeOf(created)).toBe('VALIDATION_FAILED');
    expect(fieldsOf(created)).toEqual(['coverImageId']);
    const [after] = await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM events`);
    expect(after.n).toBe(before.n);

    const e = await createEvent();
    const updated = await mod.gql(UPDATE, { i: { id: e.id, coverImageId } });
    expect(fieldsOf(updated)).toEqual(['coverImageId']);
    expect((await mod.ok(EVENT, { id: e.id })).event.coverUrl).toBeNull();
  });
});

describe('repeating events', () => {
  const series = async (id: string) => (await mod.ok(SERIES, { id })).event.series;

  it('keeps 19:00 in New York weekly across the change to daylight saving time', async () => {
    // 14 March 2027: clocks in New York go forward; 19:00 is 00:00 UTC before, 23:00 after.
    const first = await createEvent({
      title: '火曜の夜のカッピング',
      startsAt: '2027-03-03T00:00:00Z',
      endsAt: '2027-03-03T02:00:00Z',
      timeZone: 'America/New_York',
      recurrence: { frequency: 'WEEKLY', count: 3 },
    });
    expect(first.startsAt).toBe('2027-03-03T00:00:00.000Z');
    expect(first.seriesId).toEqual(expect.any(String));
    const all = await series(first.id);
    expect(all.map((e: { startsAt: string; endsAt: string }) => [e.startsAt, e.endsAt])).toEqual([
      ['2027-03-03T00:00:00.000Z', '2027-03-03T02:00:00.000Z'],
      ['2027-03-10T00:00:00.000Z', '2027-03-10T02:00:00.000Z'],
      ['2027-03-16T23:00:00.000Z', '2027-03-17T01:00:00.000Z'],
    ]);
    expect(all[0].id).toBe(first.id);
    expect(new Set(all.map((e: { seriesId: string }) => e.seriesId))).toEqual(
      new Set([first.seriesId]),
    );
    expect(new Set(all.map((e: { discussion: { id: string } }) => e.discussion.id)).size).toBe(3);
  });

  it('keeps 19:00 in Tokyo weekly', async () => {
    const first = await createEvent({
      startsAt: '2027-03-02T10:00:00Z',
      endsAt: '2027-03-02T12:00:00Z',
      recurrence: { frequency: 'WEEKLY', count: 2 },
    });
    expect((await series(first.id)).map((e: { startsAt: string }) => e.startsAt)).toEqual([
      '2027-03-02T10:00:00.000Z',
      '2027-03-09T10:00:00.000Z',
    ]);
  });

  it('meets monthly on the same day, skipping months without it (from 31 January)', async () => {
    const first = await createEvent({
      startsAt: '2027-01-31T10:00:00Z',
      endsAt: '2027-01-31T12:00:00Z',
      rsvpDeadline: '2027-01-30T10:00:00Z',
      recurrence: { frequency: 'MONTHLY', count: 4 },
    });
    expect((await series(first.id)).map((e: { startsAt: string }) => e.startsAt)).toEqual([
      '2027-01-31T10:00:00.000Z',
      '2027-03-31T10:00:00.000Z',
      '2027-05-31T10:00:00.000Z',
      '2027-07-31T10:00:00.000Z',
    ]);
    const deadlines = await db.query<Array<{ d: Date }>>(
      `SELECT rsvp_deadline AS d FROM events WHERE series_id = $1 ORDER BY starts_at`,
      [(await mod.ok(EVENT, { id: first.id })).event.seriesId],
    );
    expect(deadlines.map((r) => r.d.toISOString())).toEqual([
      '2027-01-30T10:00:00.000Z',
      '2027-03-30T10:00:00.000Z',
      '2027-05-30T10:00:00.000Z',
      '2027-07-30T10:00:00.000Z',
    ]);
  });

  it('gives each occurrence its own seats and RSVPs', async () => {
    const first = await createEvent({
      capacity: 1,
      recurrence: { frequency: 'WEEKLY', count: 2 },
    });
    const [a, b] = await series(first.id);
    const one = (await alice.ok(RSVP, { i: { eventId: a.id, status: 'GOING' } })).rsvpEvent;
    const two = (await bob.ok(RSVP, { i: { eventId: b.id, status: 'GOING' } })).rsvpEvent;
    expect(one).toMatchObject({ seatsTaken: 1, viewerRsvp: { status: 'GOING' } });
    expect(two).toMatchObject({ seatsTaken: 1, viewerRsvp: { status: 'GOING' } });
    const rows = await db.query<Array<{ event: string; n: number }>>(
      `SELECT event_id AS event, count(*)::int AS n FROM event_rsvps
        WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
      [[a.id, b.id]],
    );
    expect(rows.sort((x, y) => x.event.localeCompare(y.event))).toEqual(
      [
        { event: a.id, n: 1 },
        { event: b.id, n: 1 },
      ].sort((x, y) => x.event.localeCompare(y.event)),
    );
  });

  it.each([1, 13])('refuses %i occurrences as OUT_OF_RANGE on recurrence.count', async (count) => {
    const r = await mod.gql(CREATE, {
      i: eventInput({ title: `回数 ${count}`, recurrence: { frequency: 'WEEKLY', count } }),
    });
    expect(codeOf(r)).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'recurrence.count', issue: 'OUT_OF_RANGE' }),
    ]);
    const [n] = await db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM events WHERE title = $1`,
      [`回数 ${count}`],
    );
    expect(n.n).toBe(0);
  });

  it('writes every occurrence or none', async () => {
    // The database refuses the third occurrence: the two before it must not stay.
    await db.query(`
      CREATE FUNCTION refuse_third() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.title = '三回目で失敗' AND
           (SELECT count(*) FROM events WHERE series_id = NEW.series_id) >= 2 THEN
          RAISE EXCEPTION 'refused';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(
      `CREATE TRIGGER refuse_third BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION refuse_third()`,
    );
    try {
      const r = await mod.gql(CREATE, {
        i: eventInput({ title: '三回目で失敗', recurrence: { frequency: 'WEEKLY', count: 4 } }),
      });
      expect(r.errors).toHaveLength(1);
    } finally {
      await db.query(`DROP TRIGGER refuse_third ON events`);
      await db.query(`DROP FUNCTION refuse_third()`);
    }
    const [left] = await db.query<Array<{ events: number; posts: number }>>(
      `SELECT (SELECT count(*)::int FROM events WHERE title = '三回目で失敗') AS events,
              (SELECT count(*)::int FROM posts WHERE title = '三回目で失敗') AS posts`,
    );
    expect(left).toEqual({ events: 0, posts: 0 });
  });
});
