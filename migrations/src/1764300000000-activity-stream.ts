import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The activity stream and the outbox.
 *
 * - member_activity: one row per thing a member did (posted, reacted, was reacted to, visited
 *   on a day, …), written in the transaction of the change, once per (action, subject, member,
 *   counterpart). Rows are never deleted: an undone action gets `retracted_at`, and a redone one
 *   loses it again.
 * - member_stats_activities (the points module's, beside member_stats): the activities its
 *   counters (posts, comments, …) count, so a counter moves exactly once each way whatever order
 *   deliveries come in.
 * - outbox: every domain event, committed with the change that caused it; a dispatcher delivers
 *   it to each consumer named in `pending`, at least once, after the commit.
 * - notifications say what they are about (subject) and carry typed parameters instead of
 *   server-built sentences.
 *
 * Existing content becomes activities here (already counted and awarded, so no event is
 * queued for it).
 */
export class ActivityStream1764300000000 implements MigrationInterface {
  name = 'ActivityStream1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_activity (
        id bigserial PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        space_id uuid,
        counterpart_id uuid,
        occurred_at timestamptz NOT NULL,
        retracted_at timestamptz,
        metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT member_activity_once
          UNIQUE NULLS NOT DISTINCT (action, subject_type, subject_id, member_id, counterpart_id)
      )`);
    await q.query(
      `CREATE INDEX member_activity_member_idx ON member_activity (member_id, occurred_at DESC)`,
    );
    // Time ranges over millions of rows appended roughly in time order: a tiny BRIN index.
    await q.query(
      `CREATE INDEX member_activity_occurred_idx ON member_activity USING brin (occurred_at)`,
    );
    await q.query(`
      CREATE TABLE member_stats_activities (
        activity_id bigint PRIMARY KEY REFERENCES member_activity(id) ON DELETE CASCADE,
        member_id uuid NOT NULL
      )`);
    await q.query(
      `CREATE INDEX member_stats_activities_member_idx ON member_stats_activities (member_id)`,
    );
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        event text NOT NULL,
        payload jsonb NOT NULL,
        -- Who it is for, and who has still to handle it.
        consumers text[] NOT NULL,
        pending text[] NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        available_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        delivered_at timestamptz,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE pending <> '{}'`);
    // A queue: rows turn over all the time, and claiming walks its index from the oldest, so
    // dead rows are cleared after every thousand changes rather than after a fifth of the table.
    await q.query(
      `ALTER TABLE outbox SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
         autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 1000,
         autovacuum_vacuum_cost_delay = 0)`,
    );
    await q.query(
      `CREATE INDEX outbox_given_up_idx ON outbox (id) WHERE pending = '{}' AND delivered_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX outbox_delivered_idx ON outbox (delivered_at) WHERE delivered_at IS NOT NULL`,
    );

    await q.query(`ALTER TABLE notifications RENAME COLUMN data TO params`);
    await q.query(
      `ALTER TABLE notifications ADD COLUMN subject_type text, ADD COLUMN subject_id text`,
    );
    await q.query(`
      UPDATE notifications SET
        subject_type = CASE
          WHEN kind IN ('rank') THEN 'rank'
          WHEN kind IN ('badge') THEN 'badge'
          WHEN kind IN ('points') AND dedupe_key LIKE 'mission:%' THEN 'mission'
          WHEN comment_id IS NOT NULL THEN 'comment'
          WHEN post_id IS NOT NULL THEN 'post'
        END,
        subject_id = CASE
          WHEN kind = 'rank' THEN params->>'rank'
          WHEN kind IN ('badge', 'points') THEN split_part(dedupe_key, ':', 2)
          WHEN comment_id IS NOT NULL THEN comment_id::text
          WHEN post_id IS NOT NULL THEN post_id::text
        END,
        params = CASE
          WHEN kind IN ('rank', 'badge', 'points') THEN jsonb_strip_nulls(jsonb_build_object(
            'position', (params->>'rank')::int,
            'icon', n[1], 'nameJa', n[2], 'nameEn', n[3],
            'points', CASE WHEN kind = 'points' THEN coalesce(n[4]::int, 0) END))
          ELSE params
        END
        -- The sentences these kinds stored: "🌱 名前 / Name", and "🎯 名前 / Name (+50)".
        FROM (SELECT id AS nid, regexp_match(params->>'message',
                '^(\\S+) (.*) / (.*?)(?: \\(\\+(\\d+)\\))?$') AS n
                FROM notifications) parsed
       WHERE parsed.nid = notifications.id`);

    // What members did before the stream existed, by the rules the stream applies from now on.
    await q.query(`
      WITH targets AS (
        SELECT 'post' AS type, id, space_id, author_id FROM posts
        UNION ALL
        SELECT 'comment', c.id, p.space_id, c.author_id FROM comments c JOIN posts p ON p.id = c.post_id),
      -- Reactions to someone else's content, one per member and target whatever the kinds.
      reacted AS (
        SELECT r.member_id, r.target_type, r.target_id::text AS target_id, t.space_id,
               t.author_id, min(r.created_at) AS at
          FROM reactions r JOIN targets t ON t.type = r.target_type AND t.id = r.target_id
         WHERE t.author_id <> r.member_id
         GROUP BY r.member_id, r.target_type, r.target_id, t.space_id, t.author_id),
      -- Best answers by someone other than the asker.
      answers AS (
        SELECT c.id::text AS comment_id, c.author_id AS answerer, p.author_id AS asker,
               p.space_id, c.created_at AS at
          FROM posts p JOIN comments c ON c.id = p.best_answer_id
         WHERE c.author_id <> p.author_id)
      INSERT INTO member_activity
        (member_id, action, subject_type, subject_id, space_id, counterpart_id, occurred_at, retracted_at)
      SELECT id, 'joined', 'member', id::text, NULL::uuid, NULL::uuid, joined_at, NULL::timestamptz
        FROM members WHERE status <> 'pending'
      UNION ALL
      SELECT author_id, 'post_created', 'post', id::text, space_id, NULL, created_at,
             coalesce(deleted_at, hidden_at)
        FROM posts
      UNION ALL
      SELECT c.author_id, 'comment_created', 'comment', c.id::text, p.space_id,
             nullif(p.author_id, c.author_id), c.created_at, coalesce(c.deleted_at, c.hidden_at)
        FROM comments c JOIN posts p ON p.id = c.post_id
      UNION ALL
      SELECT member_id, 'reaction_given', target_type, target_id, space_id, author_id, at, NULL
        FROM reacted
      UNION ALL
      SELECT author_id, 'reaction_received', target_type, target_id, space_id, member_id, at, NULL
        FROM reacted
      UNION ALL
      SELECT answerer, 'best_answer_received', 'comment', comment_id, space_id, asker, at, NULL
        FROM answers
      UNION ALL
      SELECT asker, 'best_answer_given', 'comment', comment_id, space_id, answerer, at, NULL
        FROM answers
      UNION ALL
      SELECT a.member_id, 'visit_day', 'day', substring(a.source FROM 7), NULL, NULL,
             (substring(a.source FROM 7)::date + time '09:00') AT TIME ZONE
               (SELECT timezone FROM community_settings LIMIT 1), NULL
        FROM point_awards a WHERE a.rule = 'daily_visit' AND a.source LIKE 'visit:%'
      UNION ALL
      SELECT a.member_id, 'profile_completed', 'member', a.member_id::text, NULL, NULL,
             m.joined_at, NULL
        FROM point_awards a JOIN members m ON m.id = a.member_id
       WHERE a.rule = 'profile_completed'
      ON CONFLICT DO NOTHING`);
    // member_stats already counts these.
    await q.query(`
      INSERT INTO member_stats_activities (activity_id, member_id)
      SELECT id, member_id FROM member_activity
       WHERE retracted_at IS NULL
         AND action IN ('post_created', 'comment_created', 'reaction_given', 'reaction_received',
                        'best_answer_received')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN subject_type, DROP COLUMN subject_id`);
    await q.query(`ALTER TABLE notifications RENAME COLUMN params TO data`);
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE member_stats_activities`);
    await q.query(`DROP TABLE member_activity`);
  }
}
