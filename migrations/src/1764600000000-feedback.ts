import type { MigrationInterface, QueryRunner } from 'typeorm';

// key, name ja, name en, description ja, description en, icon, criterion, threshold
const BADGES: Array<[string, string, string, string, string, string, string, number]> = [
  [
    'first-idea',
    'はじめてのアイデア',
    'First idea',
    'はじめてアイデアを投稿しました',
    'Submitted a first idea',
    '💡',
    'first_idea',
    1,
  ],
  [
    'idea-shipped',
    'アイデアが形に',
    'Idea shipped',
    '投稿したアイデアがリリースされました',
    'An idea of yours was released',
    '🚀',
    'ideas_shipped',
    1,
  ],
  [
    'ideas-shipped-5',
    'プロダクトの共創者',
    'Co-creator',
    '投稿したアイデアが5件リリースされました',
    '5 ideas of yours were released',
    '🛠️',
    'ideas_shipped',
    5,
  ],
];

const CRITERIA = [
  'first_post',
  'posts',
  'best_answers',
  'reactions_received',
  'streak',
  'member_since',
  'manual',
  'events_attended',
];

const criteria = (list: string[]) => list.map((c) => `'${c}'`).join(', ');
const STATUSES = `'open', 'under_review', 'planned', 'in_progress', 'released', 'declined', 'duplicate'`;

/**
 * Product feedback. An idea is a post of kind `idea` without a space (its comments, reactions,
 * rendering and search grams are the post's), with its board, status, approval and counts in
 * `ideas` under the post's id. A vote is kept on the idea it was cast on (`idea_id`) and counts
 * on `counted_idea_id`: the same idea, or the one it was merged into; a member's second vote on
 * a merged pair is kept uncounted (at most one counted vote per member and idea), so an unmerge
 * gives each idea back its own voters. Ideas, votes and milestones are activities with point
 * rules; member_stats counts submitted and released ideas for badges.
 */
export class Feedback1764600000000 implements MigrationInterface {
  name = 'Feedback1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE posts DROP CONSTRAINT posts_kind_check`);
    await q.query(
      `ALTER TABLE posts ADD CONSTRAINT posts_kind_check
         CHECK (kind IN ('talk', 'question', 'announcement', 'event', 'idea'))`,
    );
    await q.query(`ALTER TABLE posts DROP CONSTRAINT posts_discussion_without_space`);
    await q.query(
      `ALTER TABLE posts ADD CONSTRAINT posts_discussion_without_space
         CHECK ((kind IN ('event', 'idea')) = (space_id IS NULL))`,
    );

    await q.query(`
      CREATE TABLE feedback_boards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
        name_ja text NOT NULL,
        name_en text NOT NULL,
        description_ja text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        post_roles text[],
        vote_roles text[],
        min_post_rank_position integer CHECK (min_post_rank_position >= 1),
        min_vote_rank_position integer CHECK (min_vote_rank_position >= 1),
        requires_approval boolean NOT NULL DEFAULT false,
        vote_budget integer CHECK (vote_budget >= 1),
        position integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE ideas (
        id uuid PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
        board_id uuid NOT NULL REFERENCES feedback_boards(id),
        author_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        -- The post's title and tags, kept here for lists, filters and exports.
        title text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'open' CHECK (status IN (${STATUSES})),
        approval text NOT NULL DEFAULT 'approved'
          CHECK (approval IN ('pending', 'approved', 'rejected')),
        vote_count integer NOT NULL DEFAULT 0 CHECK (vote_count >= 0),
        follower_count integer NOT NULL DEFAULT 0 CHECK (follower_count >= 0),
        merged_into_id uuid REFERENCES ideas(id),
        -- What an unmerge gives back.
        status_before_merge text CHECK (status_before_merge IN (${STATUSES})),
        answer_body text,
        answer_html text,
        answer_author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        answered_at timestamptz(3),
        answer_updated_at timestamptz(3),
        hidden_from_roadmap boolean NOT NULL DEFAULT false,
        status_changed_at timestamptz(3) NOT NULL DEFAULT now(),
        -- When the product team first answered or moved it: the author may edit until then.
        responded_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((status = 'duplicate') = (merged_into_id IS NOT NULL)),
        CHECK (merged_into_id <> id),
        CHECK ((answer_body IS NULL) = (answered_at IS NULL))
      )`);
    await q.query(`CREATE INDEX ideas_board ON ideas (board_id, status, vote_count DESC, id)`);
    await q.query(`CREATE INDEX ideas_by_votes ON ideas (vote_count DESC, id)`);
    await q.query(`CREATE INDEX ideas_newest ON ideas (created_at DESC, id)`);
    await q.query(`CREATE INDEX ideas_by_status ON ideas (status, status_changed_at DESC)`);
    await q.query(`CREATE INDEX ideas_merged_into ON ideas (merged_into_id)
                     WHERE merged_into_id IS NOT NULL`);
    await q.query(`CREATE INDEX ideas_tags ON ideas USING gin (tags)`);
    await q.query(`CREATE INDEX ideas_pending ON ideas (created_at) WHERE approval = 'pending'`);

    await q.query(`
      CREATE TABLE idea_votes (
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        counted_idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        counted boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, member_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX idea_votes_once ON idea_votes (counted_idea_id, member_id) WHERE counted`,
    );
    await q.query(`CREATE INDEX idea_votes_by_member ON idea_votes (member_id) WHERE counted`);
    await q.query(
      `CREATE INDEX idea_votes_recent ON idea_votes (counted_idea_id, created_at) WHERE counted`,
    );

    await q.query(`
      CREATE TABLE idea_follows (
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, member_id)
      )`);
    await q.query(`CREATE INDEX idea_follows_by_member ON idea_follows (member_id)`);

    await q.query(`
      CREATE TABLE idea_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
        from_status text CHECK (from_status IN (${STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        note text,
        actor_id uuid REFERENCES members(id) ON DELETE SET NULL,
        -- A merge: the idea the votes went to.
        merged_into_id uuid REFERENCES ideas(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(
      `CREATE INDEX idea_status_changes_idea ON idea_status_changes (idea_id, created_at, id)`,
    );

    await q.query(`
      ALTER TABLE member_stats
        ADD COLUMN ideas integer NOT NULL DEFAULT 0,
        ADD COLUMN ideas_shipped integer NOT NULL DEFAULT 0`);
    await q.query(
      `INSERT INTO point_rules (key, points, daily_cap, once, position)
       VALUES ('idea_submitted', 5, 3, false, 10), ('idea_planned', 20, NULL, false, 11),
              ('idea_released', 50, NULL, false, 12)
       ON CONFLICT (key) DO NOTHING`,
    );
    await q.query(`ALTER TABLE badges DROP CONSTRAINT badges_criterion_check`);
    await q.query(
      `ALTER TABLE badges ADD CONSTRAINT badges_criterion_check
         CHECK (criterion IN (${criteria([...CRITERIA, 'first_idea', 'ideas_shipped'])}))`,
    );
    for (const [key, nameJa, nameEn, descJa, descEn, icon, criterion, threshold] of BADGES) {
      await q.query(
        `INSERT INTO badges (key, name_ja, name_en, description_ja, description_en, icon, criterion,
                             threshold, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
                 (SELECT coalesce(max(position), -1) + 1 FROM badges))
         ON CONFLICT (key) DO NOTHING`,
        [key, nameJa, nameEn, descJa, descEn, icon, criterion, threshold],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM badges WHERE criterion IN ('first_idea', 'ideas_shipped')`);
    await q.query(`ALTER TABLE badges DROP CONSTRAINT badges_criterion_check`);
    await q.query(
      `ALTER TABLE badges ADD CONSTRAINT badges_criterion_check
         CHECK (criterion IN (${criteria(CRITERIA)}))`,
    );
    await q.query(
      `DELETE FROM point_rules WHERE key IN ('idea_submitted', 'idea_planned', 'idea_released')`,
    );
    await q.query(`
      DELETE FROM member_stats_activities c USING member_activity a
       WHERE a.id = c.activity_id AND a.action IN ('idea_submitted', 'idea_released')`);
    await q.query(`DELETE FROM member_activity WHERE subject_type = 'idea'`);
    await q.query(`ALTER TABLE member_stats DROP COLUMN ideas, DROP COLUMN ideas_shipped`);
    await q.query(`DROP TABLE idea_status_changes`);
    await q.query(`DROP TABLE idea_follows`);
    await q.query(`DROP TABLE idea_votes`);
    await q.query(`DROP TABLE ideas`);
    await q.query(`DROP TABLE feedback_boards`);
    await q.query(`DELETE FROM posts WHERE kind = 'idea'`);
    await q.query(`ALTER TABLE posts DROP CONSTRAINT posts_discussion_without_space`);
    await q.query(
      `ALTER TABLE posts ADD CONSTRAINT posts_discussion_without_space
         CHECK ((kind = 'event') = (space_id IS NULL))`,
    );
    await q.query(`ALTER TABLE posts DROP CONSTRAINT posts_kind_check`);
    await q.query(
      `ALTER TABLE posts ADD CONSTRAINT posts_kind_check
         CHECK (kind IN ('talk', 'question', 'announcement', 'event'))`,
    );
  }
}
