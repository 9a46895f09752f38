import { createDataSource, migrate } from '../../src/core/database/data-source.js';
import { createTestDatabase } from '../support/test-app.js';
import pg from 'pg';
import { migrations } from '@kizuna/migrations';

/** A database with nothing in it (not cloned from the migrated template). */
async function emptyDatabase() {
  const db = await createTestDatabase();
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  await c.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  await c.end();
  return db;
}

it('lets several instances migrate one database at the same time, each migration once', async () => {
  const db = await emptyDatabase();
  const sources = await Promise.all([1, 2, 3].map(() => createDataSource(db.url).initialize()));
  try {
    const ran = await Promise.all(sources.map((ds) => migrate(ds)));
    expect(ran.flat().sort()).toEqual(migrations.map((m) => m.name).sort());
    const rows = await sources[0].query(`SELECT name FROM migrations`);
    expect(rows).toHaveLength(migrations.length);
    expect(await sources[0].showMigrations()).toBe(false);
  } finally {
    await Promise.all(sources.map((ds) => ds.destroy()));
    await db.drop();
  }
});

it('reverts every migration cleanly', async () => {
  const db = await emptyDatabase();
  const ds = await createDataSource(db.url).initialize();
  try {
    await migrate(ds);
    for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
    const tables = await ds.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    expect(tables).toEqual([]);
  } finally {
    await ds.destroy();
    await db.drop();
  }
});

it('turns content written before the activity stream into activities, by the stream rules', async () => {
  const db = await emptyDatabase();
  const ds = await createDataSource(db.url).initialize();
  try {
    await migrate(ds);
    const stream = migrations.findIndex((m) => m.name === 'ActivityStream1764300000000');
    for (let i = migrations.length; i > stream; i--) await ds.undoLastMigration();

    const [a, b] = (
      await ds.query(
        `INSERT INTO members (email, handle, display_name, password_hash)
         VALUES ('a@example.test', 'a_member', 'A', 'x'), ('b@example.test', 'b_member', 'B', 'x')
         RETURNING id`,
      )
    ).map((r: { id: string }) => r.id);
    const [{ id: space }] = await ds.query(
      `INSERT INTO spaces (slug, name_ja, name_en) VALUES ('history', 'S', 'S') RETURNING id`,
    );
    const post = async (author: string, deleted = false) =>
      (
        await ds.query(
          `INSERT INTO posts (space_id, author_id, kind, title, body, body_html, excerpt,
                              search_text, search_grams, deleted_at)
           VALUES ($1, $2, 'question', 't', 'b', 'b', 'b', 'b', '{}', $3) RETURNING id`,
          [space, author, deleted ? new Date() : null],
        )
      )[0].id as string;
    const comment = async (postId: string, author: string) =>
      (
        await ds.query(
          `INSERT INTO comments (post_id, author_id, body, body_html, search_text, search_grams)
           VALUES ($1, $2, 'c', 'c', 'c', '{}') RETURNING id`,
          [postId, author],
        )
      )[0].id as string;
    const asked = await post(a);
    const gone = await post(a, true);
    const answer = await comment(asked, b);
    const ownAnswer = await comment(asked, a);
    await ds.query(`UPDATE posts SET best_answer_id = $1 WHERE id = $2`, [answer, asked]);
    const ownQuestion = await post(b);
    const selfAnswer = await comment(ownQuestion, b);
    await ds.query(`UPDATE posts SET best_answer_id = $1 WHERE id = $2`, [selfAnswer, ownQuestion]);
    await ds.query(
      `INSERT INTO reactions (target_type, target_id, kind, member_id)
       VALUES ('post', $1, 'like', $2), ('post', $1, 'thanks', $2), ('post', $1, 'like', $3)`,
      [asked, b, a],
    );

    const mission = '4b0e3c52-6f2a-4d4e-9a47-0d3c1a2b5e61';
    await ds.query(
      `INSERT INTO notifications (member_id, kind, dedupe_key, data) VALUES
         ($1, 'rank', 'rank:2', '{"rank": 2, "message": "🌱 はじめまして / Newcomer"}'),
         ($1, 'badge', 'badge:' || $2, '{"message": "🏅 初投稿 / First Post"}'),
         ($1, 'points', 'mission:' || $2, '{"message": "🎯 春のキャンペーン / Spring (+50)"}'),
         ($1, 'points', 'mission:x' || $2, '{"message": "🎯 夏 / Summer"}')`,
      [a, mission],
    );

    await migrate(ds);
    // Sentences stored by earlier versions become the names the reader's language picks from.
    expect(
      await ds.query(
        `SELECT kind, subject_type AS type, params FROM notifications ORDER BY kind, dedupe_key`,
      ),
    ).toEqual([
      {
        kind: 'badge',
        type: 'badge',
        params: { icon: '🏅', nameJa: '初投稿', nameEn: 'First Post' },
      },
      {
        kind: 'points',
        type: 'mission',
        params: { icon: '🎯', nameJa: '春のキャンペーン', nameEn: 'Spring', points: 50 },
      },
      {
        kind: 'points',
        type: 'mission',
        params: { icon: '🎯', nameJa: '夏', nameEn: 'Summer', points: 0 },
      },
      {
        kind: 'rank',
        type: 'rank',
        params: { position: 2, icon: '🌱', nameJa: 'はじめまして', nameEn: 'Newcomer' },
      },
    ]);
    const rows = await ds.query(
      `SELECT action, subject_id AS subject, member_id AS member, counterpart_id AS counterpart,
              retracted_at IS NOT NULL AS retracted
         FROM member_activity WHERE action <> 'joined' ORDER BY action, subject_id, member_id`,
    );
    const row = (
      action: string,
      subject: string,
      member: string,
      counterpart: string | null,
      retracted = false,
    ) => ({ action, subject, member, counterpart, retracted });
    const expected = [
      row('best_answer_given', answer, a, b),
      row('best_answer_received', answer, b, a),
      row('comment_created', answer, b, a),
      row('comment_created', ownAnswer, a, null),
      row('comment_created', selfAnswer, b, null),
      row('post_created', asked, a, null),
      row('post_created', gone, a, null, true),
      row('post_created', ownQuestion, b, null),
      // Two kinds from B make one reaction; A's reaction to their own post makes none.
      row('reaction_given', asked, b, a),
      row('reaction_received', asked, a, b),
    ];
    expect(rows).toHaveLength(expected.length);
    expect(rows).toEqual(expect.arrayContaining(expected));
    const joined = await ds.query(
      `SELECT count(*)::int AS n FROM member_activity WHERE action = 'joined'`,
    );
    expect(joined[0].n).toBe(2);
  } finally {
    await ds.destroy();
    await db.drop();
  }
});

it('counts the events members attended before attendance badges, and asks for the badges to be granted', async () => {
  const db = await emptyDatabase();
  const ds = await createDataSource(db.url).initialize();
  try {
    await migrate(ds);
    const at = migrations.findIndex((m) => m.name === 'AttendanceBadges1764500000030');
    for (let i = migrations.length; i > at; i--) await ds.undoLastMigration();

    const [a, b] = (
      await ds.query(
        `INSERT INTO members (email, handle, display_name, password_hash)
         VALUES ('a@example.test', 'a_member', 'A', 'x'), ('b@example.test', 'b_member', 'B', 'x')
         RETURNING id`,
      )
    ).map((r: { id: string }) => r.id);
    // A has a stats row already, B none yet; A's third check-in was undone.
    await ds.query(`INSERT INTO member_stats (member_id, posts) VALUES ($1, 2)`, [a]);
    await ds.query(
      `INSERT INTO member_activity (member_id, action, subject_type, subject_id, occurred_at,
                                    retracted_at)
       VALUES ($1, 'event_attended', 'event', 'e1', now(), NULL),
              ($1, 'event_attended', 'event', 'e2', now(), NULL),
              ($1, 'event_attended', 'event', 'e3', now(), now()),
              ($1, 'event_rsvped', 'event', 'e4', now(), NULL),
              ($2, 'event_attended', 'event', 'e1', now(), NULL)`,
      [a, b],
    );

    await migrate(ds);
    expect(
      await ds.query(
        `SELECT member_id AS member, posts, events_attended AS events FROM member_stats
          ORDER BY events_attended DESC`,
      ),
    ).toEqual([
      { member: a, posts: 2, events: 2 },
      { member: b, posts: 0, events: 1 },
    ]);
    const [counted] = await ds.query(
      `SELECT count(*)::int AS n FROM member_stats_activities c
         JOIN member_activity a ON a.id = c.activity_id WHERE a.action = 'event_attended'`,
    );
    expect(counted.n).toBe(3);
    const jobs = await ds.query(
      `SELECT b.key FROM outbox o JOIN badges b ON b.id::text = o.payload->'data'->>'badgeId'
        WHERE o.event = 'job.requested' AND o.payload->>'name' = 'badges.backfill'
          AND o.pending = '{jobs}' ORDER BY b.position`,
    );
    expect(jobs).toEqual([{ key: 'first-event' }, { key: 'events-5' }, { key: 'events-10' }]);
    await expect(
      ds.query(
        `INSERT INTO badges (key, name_ja, name_en, criterion) VALUES ('x_y', 'x', 'x', 'nope')`,
      ),
    ).rejects.toThrow(/badges_criterion_check/);
  } finally {
    await ds.destroy();
    await db.drop();
  }
});
