import type { MigrationInterface, QueryRunner } from 'typeorm';

const RANKS: Array<[number, string, string, string, string, number]> = [
  [1, 'はじめまして', 'Newcomer', '#8a8f98', '🌱', 0],
  [2, '常連さん', 'Regular', '#5b8c5a', '☕', 150],
  [3, '豆好き', 'Bean Lover', '#7a5c3e', '🫘', 300],
  [4, 'ハンドドリッパー', 'Hand Dripper', '#a0522d', '💧', 500],
  [5, '焙煎見習い', 'Apprentice Roaster', '#b5651d', '🔥', 1000],
  [6, 'バリスタ', 'Barista', '#8b4513', '🥛', 4000],
  [7, 'カッパー', 'Cupper', '#6b3fa0', '🥄', 8000],
  [8, 'ロースター', 'Roaster', '#c0392b', '⚙️', 20000],
  [9, 'マイスター', 'Meister', '#d4a017', '🏅', 35000],
  [10, 'レジェンド', 'Legend', '#b8860b', '👑', 50000],
];

export class Gamification1764100000000 implements MigrationInterface {
  name = 'Gamification1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE point_rules (
        key text PRIMARY KEY,
        points integer NOT NULL CHECK (points BETWEEN 0 AND 100000),
        daily_cap integer CHECK (daily_cap IS NULL OR daily_cap > 0),
        once boolean NOT NULL DEFAULT false,
        enabled boolean NOT NULL DEFAULT true,
        position integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO point_rules (key, points, daily_cap, once, position) VALUES
        ('joined', 100, NULL, true, 0),
        ('daily_visit', 5, 1, false, 1),
        ('post_created', 10, 3, false, 2),
        ('comment_created', 3, 10, false, 3),
        ('reaction_given', 1, 10, false, 4),
        ('reaction_received', 1, 20, false, 5),
        ('best_answer', 20, 3, false, 6),
        ('profile_completed', 20, NULL, true, 7)`);

    // Whether an award (member, rule, source) counts now; the ledger keeps every change.
    await q.query(`
      CREATE TABLE point_awards (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        rule text NOT NULL,
        source text NOT NULL,
        points integer NOT NULL,
        active boolean NOT NULL,
        generation integer NOT NULL DEFAULT 1,
        PRIMARY KEY (member_id, rule, source)
      )`);
    await q.query(`
      CREATE TABLE point_ledger (
        id bigserial PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        rule text NOT NULL,
        source text NOT NULL,
        entry text NOT NULL,
        points integer NOT NULL,
        day date NOT NULL,
        reason text,
        actor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (member_id, rule, source, entry)
      )`);
    await q.query(`CREATE INDEX point_ledger_member_idx ON point_ledger (member_id, id DESC)`);
    await q.query(
      `CREATE INDEX point_ledger_cap_idx ON point_ledger (member_id, rule, day) WHERE points > 0`,
    );

    await q.query(`
      CREATE TABLE ranks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        position integer NOT NULL UNIQUE,
        name_ja text NOT NULL,
        name_en text NOT NULL,
        color text NOT NULL DEFAULT '#2f7d57' CHECK (color ~ '^#[0-9a-f]{6}$'),
        icon text NOT NULL DEFAULT '⭐',
        threshold integer NOT NULL CHECK (threshold >= 0),
        min_active_days integer NOT NULL DEFAULT 0 CHECK (min_active_days >= 0),
        min_best_answers integer NOT NULL DEFAULT 0 CHECK (min_best_answers >= 0),
        perks_ja text NOT NULL DEFAULT '',
        perks_en text NOT NULL DEFAULT ''
      )`);
    for (const [position, ja, en, color, icon, threshold] of RANKS) {
      await q.query(
        `INSERT INTO ranks (position, name_ja, name_en, color, icon, threshold) VALUES ($1, $2, $3, $4, $5, $6)`,
        [position, ja, en, color, icon, threshold],
      );
    }
    await q.query(`ALTER TABLE spaces ADD COLUMN min_rank_position integer`);

    await q.query(`
      CREATE TABLE member_stats (
        member_id uuid PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
        balance integer NOT NULL DEFAULT 0,
        lifetime integer NOT NULL DEFAULT 0,
        rank_position integer NOT NULL DEFAULT 1,
        posts integer NOT NULL DEFAULT 0,
        comments integer NOT NULL DEFAULT 0,
        best_answers integer NOT NULL DEFAULT 0,
        reactions_given integer NOT NULL DEFAULT 0,
        reactions_received integer NOT NULL DEFAULT 0,
        active_days integer NOT NULL DEFAULT 0,
        current_streak integer NOT NULL DEFAULT 0,
        best_streak integer NOT NULL DEFAULT 0,
        last_visit_day date,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO member_stats (member_id) SELECT id FROM members`);

    // Points per member per period ('all', 'week:2026-11-16', 'month:2026-11'), kept with the ledger.
    await q.query(`
      CREATE TABLE period_points (
        period text NOT NULL,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        points integer NOT NULL,
        PRIMARY KEY (period, member_id)
      )`);
    await q.query(`CREATE INDEX period_points_rank_idx ON period_points (period, points DESC)`);

    await q.query(`
      CREATE TABLE badges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9_-]{1,39}$'),
        name_ja text NOT NULL,
        name_en text NOT NULL,
        description_ja text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        icon text NOT NULL DEFAULT '🏅',
        criterion text NOT NULL CHECK (criterion IN
          ('first_post', 'posts', 'best_answers', 'reactions_received', 'streak', 'member_since', 'manual')),
        threshold integer NOT NULL DEFAULT 1 CHECK (threshold >= 0),
        enabled boolean NOT NULL DEFAULT true,
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE member_badges (
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        badge_id uuid NOT NULL REFERENCES badges(id) ON DELETE CASCADE,
        granted_at timestamptz(3) NOT NULL DEFAULT now(),
        granted_by uuid REFERENCES members(id) ON DELETE SET NULL,
        reason text,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES members(id) ON DELETE SET NULL,
        revoke_reason text,
        PRIMARY KEY (member_id, badge_id)
      )`);
    await q.query(
      `CREATE INDEX member_badges_badge_idx ON member_badges (badge_id, granted_at DESC) WHERE revoked_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE missions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('onboarding', 'timeboxed')),
        title_ja text NOT NULL,
        title_en text NOT NULL,
        description_ja text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        steps jsonb NOT NULL,
        starts_at timestamptz,
        ends_at timestamptz,
        reward_points integer NOT NULL DEFAULT 0 CHECK (reward_points >= 0),
        reward_badge_id uuid REFERENCES badges(id) ON DELETE SET NULL,
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at)
      )`);
    await q.query(`
      CREATE TABLE mission_progress (
        mission_id uuid NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        counts jsonb NOT NULL DEFAULT '[]'::jsonb,
        completed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (mission_id, member_id)
      )`);

    // Long work (such as recomputing every rank) reports its progress here.
    await q.query(`
      CREATE TABLE job_progress (
        id text PRIMARY KEY,
        done integer NOT NULL DEFAULT 0,
        total integer NOT NULL DEFAULT 0,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        failed text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'job_progress',
      'mission_progress',
      'missions',
      'member_badges',
      'badges',
      'period_points',
      'member_stats',
    ])
      await q.query(`DROP TABLE ${t}`);
    await q.query(`ALTER TABLE spaces DROP COLUMN min_rank_position`);
    for (const t of ['ranks', 'point_ledger', 'point_awards', 'point_rules'])
      await q.query(`DROP TABLE ${t}`);
  }
}
