import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The changelog: entries the product team writes (drafts until published) and the ideas each
 * ships (an idea's id is its post's id). Publishing stamps `published_at` once, which is what
 * makes it happen once.
 *
 * Demand by engagement counts each voter's visit days in the last 90 days. The activity module
 * offers them as the view activity_visit_days (its interface for set-based SQL, as in
 * module-read-views), and a partial index of the stream's visit days keeps the count an index
 * range per voter. The points module's ranks are offered likewise (points_rank_positions), for
 * "votes from the top two ranks".
 */
export class Changelog1764600000010 implements MigrationInterface {
  name = 'Changelog1764600000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE changelog_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL,
        body_html text NOT NULL,
        released_on date NOT NULL,
        author_id uuid REFERENCES members(id) ON DELETE SET NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX changelog_entries_published_idx ON changelog_entries (released_on DESC, id DESC)
        WHERE published_at IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX changelog_entries_drafts_idx ON changelog_entries (released_on DESC, id DESC)
        WHERE published_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE changelog_entry_ideas (
        entry_id uuid NOT NULL REFERENCES changelog_entries(id) ON DELETE CASCADE,
        idea_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (entry_id, idea_id)
      )`);
    await q.query(`CREATE INDEX changelog_entry_ideas_idea_idx ON changelog_entry_ideas (idea_id)`);
    await q.query(
      `CREATE INDEX member_activity_visit_days_idx ON member_activity (member_id, occurred_at)
        WHERE action = 'visit_day' AND retracted_at IS NULL`,
    );
    await q.query(`CREATE VIEW points_rank_positions AS SELECT position FROM ranks`);
    await q.query(
      `CREATE VIEW activity_visit_days AS SELECT member_id, occurred_at FROM member_activity
        WHERE action = 'visit_day' AND retracted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW activity_visit_days`);
    await q.query(`DROP VIEW points_rank_positions`);
    await q.query(`DROP INDEX member_activity_visit_days_idx`);
    await q.query(`DROP TABLE changelog_entry_ideas`);
    await q.query(`DROP TABLE changelog_entries`);
  }
}
