import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';

/**
 * Points for a community whose content existed before points did (the demo data): the awards
 * its content would have earned, day by day within the caps, and visits on a steady pattern per
 * member, then balances, period totals, streaks and ranks from them. Set-based, so it is fast.
 */
@Injectable()
export class PointsBackfillRepository {
  constructor(private readonly db: Db) {}

  async backfill(): Promise<void> {
    await this.db.query(
      `INSERT INTO member_stats (member_id) SELECT id FROM members ON CONFLICT DO NOTHING`,
    );
    await this.db.query(`
      WITH tz AS (SELECT timezone FROM community_settings LIMIT 1),
      acts AS (
        SELECT id AS member_id, 'joined' AS rule, 'joined' AS source, joined_at AS at
          FROM members WHERE status = 'active'
        UNION ALL
        SELECT author_id, 'post_created', 'post:' || id, created_at FROM posts
         WHERE deleted_at IS NULL AND hidden_at IS NULL
        UNION ALL
        SELECT author_id, 'comment_created', 'comment:' || id, created_at FROM comments
         WHERE deleted_at IS NULL AND hidden_at IS NULL
        UNION ALL
        SELECT r.member_id, 'reaction_given', 'reaction:' || r.target_type || ':' || r.target_id,
               min(r.created_at)
          FROM reactions r
          LEFT JOIN posts p ON r.target_type = 'post' AND p.id = r.target_id
          LEFT JOIN comments c ON r.target_type = 'comment' AND c.id = r.target_id
         WHERE coalesce(p.author_id, c.author_id) <> r.member_id
         GROUP BY r.member_id, r.target_type, r.target_id
        UNION ALL
        SELECT coalesce(p.author_id, c.author_id), 'reaction_received',
               'reaction:' || r.target_type || ':' || r.target_id || ':' || r.member_id, min(r.created_at)
          FROM reactions r
          LEFT JOIN posts p ON r.target_type = 'post' AND p.id = r.target_id
          LEFT JOIN comments c ON r.target_type = 'comment' AND c.id = r.target_id
         WHERE coalesce(p.author_id, c.author_id) <> r.member_id
         GROUP BY 1, r.target_type, r.target_id, r.member_id
        UNION ALL
        SELECT c.author_id, 'best_answer', 'best_answer:' || c.id, c.created_at + interval '1 day'
          FROM posts p JOIN comments c ON c.id = p.best_answer_id
         WHERE c.author_id <> p.author_id AND least(c.created_at + interval '1 day', now()) <= now()
        UNION ALL
        -- Visits: a steady share of the days since joining, per member, and the last few days.
        SELECT m.id, 'daily_visit', 'visit:' || to_char(d, 'YYYY-MM-DD'), d + interval '9 hours'
          FROM members m,
               generate_series((m.joined_at AT TIME ZONE (SELECT timezone FROM tz))::date,
                               (now() AT TIME ZONE (SELECT timezone FROM tz))::date - 1, interval '1 day') d
         WHERE m.status = 'active'
           AND (abs(hashtext(m.id::text || d::text)) % 100 < 25 + abs(hashtext(m.handle)) % 60
                OR d > now() - (abs(hashtext(m.handle)) % 12) * interval '1 day')
      ),
      dated AS (
        SELECT a.member_id, a.rule, a.source, least(a.at, now()) AS at,
               (least(a.at, now()) AT TIME ZONE (SELECT timezone FROM tz))::date AS day
          FROM acts a
      ),
      capped AS (
        SELECT d.*, CASE WHEN r.daily_cap IS NULL
                           OR row_number() OVER (PARTITION BY d.member_id, d.rule, d.day ORDER BY d.at) <= r.daily_cap
                         THEN r.points ELSE 0 END AS points
          FROM dated d JOIN point_rules r ON r.key = d.rule AND r.enabled
      ),
      awarded AS (
        INSERT INTO point_awards (member_id, rule, source, points, active)
        SELECT member_id, rule, source, points, true FROM capped ON CONFLICT DO NOTHING
      )
      INSERT INTO point_ledger (member_id, rule, source, entry, points, day, created_at)
      SELECT member_id, rule, source, 'award:1', points, day, at FROM capped WHERE points > 0
      ON CONFLICT DO NOTHING`);
    await this.db.query(`
      UPDATE member_stats s SET
        balance = coalesce(t.points, 0), lifetime = coalesce(t.points, 0),
        posts = coalesce(t.posts, 0), comments = coalesce(t.comments, 0),
        best_answers = coalesce(t.best, 0), reactions_given = coalesce(t.given, 0),
        reactions_received = coalesce(t.received, 0)
      FROM (
        SELECT m.id,
               (SELECT sum(points) FROM point_ledger l WHERE l.member_id = m.id) AS points,
               count(*) FILTER (WHERE a.rule = 'post_created') AS posts,
               count(*) FILTER (WHERE a.rule = 'comment_created') AS comments,
               count(*) FILTER (WHERE a.rule = 'best_answer') AS best,
               count(*) FILTER (WHERE a.rule = 'reaction_given') AS given,
               count(*) FILTER (WHERE a.rule = 'reaction_received') AS received
          FROM members m LEFT JOIN point_awards a ON a.member_id = m.id AND a.active
         GROUP BY m.id) t
      WHERE s.member_id = t.id`);
    await this.db.query(`
      INSERT INTO period_points (period, member_id, points)
      SELECT p, member_id, sum(points) FROM (
        SELECT member_id, points, unnest(ARRAY['all',
                 'week:' || to_char(date_trunc('week', day), 'YYYY-MM-DD'),
                 'month:' || to_char(day, 'YYYY-MM')]) AS p
          FROM point_ledger) x
      GROUP BY p, member_id
      ON CONFLICT (period, member_id) DO UPDATE SET points = EXCLUDED.points`);
    // Streaks: runs of consecutive visit days; the current one must reach yesterday or today.
    await this.db.query(`
      WITH v AS (
        SELECT member_id, day, day - (row_number() OVER (PARTITION BY member_id ORDER BY day))::int AS run
          FROM point_awards a JOIN point_ledger l USING (member_id, rule, source)
         WHERE a.rule = 'daily_visit'),
      runs AS (SELECT member_id, count(*)::int AS len, max(day) AS last FROM v GROUP BY member_id, run),
      per AS (
        SELECT member_id, max(len) AS best, max(last) AS last_day,
               (SELECT count(*) FROM v WHERE v.member_id = runs.member_id)::int AS days
          FROM runs GROUP BY member_id)
      UPDATE member_stats s SET best_streak = per.best, active_days = per.days,
             last_visit_day = per.last_day,
             current_streak = coalesce((SELECT r.len FROM runs r
                                         WHERE r.member_id = s.member_id AND r.last = per.last_day
                                           AND r.last >= (now() AT TIME ZONE
                                             (SELECT timezone FROM community_settings LIMIT 1))::date - 1), 0)
        FROM per WHERE s.member_id = per.member_id`);
    await this.db.query(`
      UPDATE member_stats s SET rank_position = coalesce((SELECT max(r.position) FROM ranks r
        WHERE s.lifetime >= r.threshold AND s.active_days >= r.min_active_days
          AND s.best_answers >= r.min_best_answers), 1)`);
  }
}
