import type { MigrationInterface, QueryRunner } from 'typeorm';

// key, name ja, name en, description ja, description en, icon, criterion, threshold
const BADGES: Array<[string, string, string, string, string, string, string, number]> = [
  [
    'first-post',
    '初投稿',
    'First Post',
    '初めて投稿しました',
    'Published a first post',
    '✏️',
    'first_post',
    1,
  ],
  [
    'posts-10',
    '投稿10回',
    '10 Posts',
    '10件の投稿をしました',
    'Published 10 posts',
    '📝',
    'posts',
    10,
  ],
  [
    'posts-50',
    '投稿50回',
    '50 Posts',
    '50件の投稿をしました',
    'Published 50 posts',
    '📚',
    'posts',
    50,
  ],
  [
    'best-answer',
    'はじめてのベストアンサー',
    'First Best Answer',
    'コメントがベストアンサーに選ばれました',
    'A comment was chosen as the best answer',
    '🎯',
    'best_answers',
    1,
  ],
  [
    'best-answers-10',
    'ベストアンサー10回',
    '10 Best Answers',
    'ベストアンサーに10回選ばれました',
    'Chosen as the best answer 10 times',
    '🏆',
    'best_answers',
    10,
  ],
  [
    'reactions-50',
    'リアクション50',
    '50 Reactions',
    '50件のリアクションをもらいました',
    'Received 50 reactions',
    '💖',
    'reactions_received',
    50,
  ],
  [
    'streak-7',
    '7日連続',
    '7-Day Streak',
    '7日続けて訪問しました',
    'Visited 7 days in a row',
    '🔥',
    'streak',
    7,
  ],
  [
    'streak-30',
    '30日連続',
    '30-Day Streak',
    '30日続けて訪問しました',
    'Visited 30 days in a row',
    '🌟',
    'streak',
    30,
  ],
  [
    'member-since-2025',
    '2025年からのメンバー',
    'Member Since 2025',
    '2025年までに参加しました',
    'Joined in 2025 or before',
    '🎉',
    'member_since',
    2025,
  ],
  [
    'community-hero',
    'コミュニティヒーロー',
    'Community Hero',
    'コミュニティへの特別な貢献に',
    'For an outstanding contribution to the community',
    '🦸',
    'manual',
    0,
  ],
];

const ONBOARDING_STEPS = [
  { action: 'profile_completed', count: 1, spaceId: null },
  { action: 'post', count: 1, spaceId: null },
  { action: 'reaction', count: 1, spaceId: null },
  { action: 'comment', count: 1, spaceId: null },
];

export class BadgesMissions1764100200000 implements MigrationInterface {
  name = 'BadgesMissions1764100200000';

  async up(q: QueryRunner): Promise<void> {
    // A re-awarded badge is a new grant: its notification needs a key of its own.
    await q.query(`ALTER TABLE member_badges ADD COLUMN generation integer NOT NULL DEFAULT 1`);

    // What already counted towards a mission step, so a retried event never counts twice.
    await q.query(`
      CREATE TABLE mission_sources (
        mission_id uuid NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        step integer NOT NULL,
        source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (mission_id, member_id, step, source)
      )`);
    await q.query(
      `CREATE INDEX mission_progress_member_idx ON mission_progress (member_id, mission_id)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX missions_onboarding_idx ON missions (kind)
        WHERE kind = 'onboarding' AND archived_at IS NULL`,
    );

    for (const [
      i,
      [key, nameJa, nameEn, descJa, descEn, icon, criterion, threshold],
    ] of BADGES.entries()) {
      await q.query(
        `INSERT INTO badges (key, name_ja, name_en, description_ja, description_en, icon, criterion,
                             threshold, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (key) DO NOTHING`,
        [key, nameJa, nameEn, descJa, descEn, icon, criterion, threshold, i],
      );
    }

    await q.query(
      `INSERT INTO missions (kind, title_ja, title_en, description_ja, description_en, steps,
                             reward_points)
       VALUES ('onboarding', $1, $2, $3, $4, $5::jsonb, 50)`,
      [
        'はじめの一歩',
        'Getting started',
        'プロフィールを整えて、投稿・リアクション・コメントをしてみましょう。',
        'Complete your profile, then post, react and comment for the first time.',
        JSON.stringify(ONBOARDING_STEPS),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM missions WHERE kind = 'onboarding'`);
    await q.query(`DELETE FROM badges WHERE key = ANY($1)`, [BADGES.map((b) => b[0])]);
    await q.query(`DROP INDEX missions_onboarding_idx`);
    await q.query(`DROP INDEX mission_progress_member_idx`);
    await q.query(`DROP TABLE mission_sources`);
    await q.query(`ALTER TABLE member_badges DROP COLUMN generation`);
  }
}
