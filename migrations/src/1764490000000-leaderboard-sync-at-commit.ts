import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two costs of keeping leaderboards as points move, paid by every award batch:
 *
 * - leaderboard_sync found the entries to take off with an anti-join against the wanted rows,
 *   which the plan ran as a scan of them per key: a batch of 200 awards (600 keys) spent
 *   ~120 ms there. Each key now carries its wanted points (null when it should not be on the
 *   board), looked up by index for each key (subqueries the planner cannot turn into a scan of
 *   members), so every step is linear in the batch.
 * - The sync ran inside the award statement and its lock (the counters' writers take turns)
 *   was then held for the rest of the transaction: the badges, missions and notifications of
 *   the batch and the commit. Concurrent batches waited for each other whole. Changed points
 *   now note their keys, and one deferred trigger per transaction syncs them all at commit, so
 *   the lock is held for the sync and the commit alone. Nothing reads a board in the
 *   transaction that moves its points; a status, role or setting change still syncs at once.
 */
export class LeaderboardSyncAtCommit1764490000000 implements MigrationInterface {
  name = 'LeaderboardSyncAtCommit1764490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      sync(`
        want AS (
          SELECT k.period, k.member_id,
                 CASE WHEN (SELECT m.status = 'active'
                                   AND (m.role = 'member' OR (SELECT leaderboards_include_staff
                                                                FROM community_settings WHERE id = 1))
                              FROM members m WHERE m.id = k.member_id)
                      THEN (SELECT p.points FROM period_points p
                             WHERE p.period = k.period AND p.member_id = k.member_id
                               AND p.points > 0) END AS points
            FROM k),
        gone AS (
          DELETE FROM leaderboard_entries e USING want w
           WHERE e.period = w.period AND e.member_id = w.member_id AND w.points IS NULL
          RETURNING e.period, e.points),
        moved AS (
          INSERT INTO leaderboard_entries AS e (period, member_id, points)
          SELECT period, member_id, points FROM want WHERE points IS NOT NULL
           ORDER BY period, member_id`),
    );

    // Keys noted by a transaction, gone by its commit: unlogged, nothing in them outlives one.
    await q.query(`
      CREATE UNLOGGED TABLE leaderboard_pending (
        xact xid8 NOT NULL,
        period text NOT NULL,
        member_id uuid NOT NULL,
        PRIMARY KEY (xact, period, member_id)
      )`);
    await q.query(`CREATE UNLOGGED TABLE leaderboard_pending_xacts (xact xid8 PRIMARY KEY)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION leaderboard_points_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO leaderboard_pending (xact, period, member_id)
        SELECT DISTINCT pg_current_xact_id(), period, member_id FROM changed
        ON CONFLICT DO NOTHING;
        IF FOUND THEN
          INSERT INTO leaderboard_pending_xacts VALUES (pg_current_xact_id())
          ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION leaderboard_sync_pending() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        periods text[];
        member_ids uuid[];
      BEGIN
        WITH noted AS (
          DELETE FROM leaderboard_pending WHERE xact = NEW.xact RETURNING period, member_id)
        SELECT array_agg(period), array_agg(member_id) INTO periods, member_ids FROM noted;
        DELETE FROM leaderboard_pending_xacts WHERE xact = NEW.xact;
        PERFORM leaderboard_sync(periods, member_ids);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER leaderboard_pending_xacts_sync
        AFTER INSERT ON leaderboard_pending_xacts DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION leaderboard_sync_pending()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER leaderboard_pending_xacts_sync ON leaderboard_pending_xacts`);
    await q.query(`DROP FUNCTION leaderboard_sync_pending()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION leaderboard_points_changed() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM leaderboard_sync(array_agg(period), array_agg(member_id)) FROM changed;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TABLE leaderboard_pending_xacts`);
    await q.query(`DROP TABLE leaderboard_pending`);
    await q.query(
      sync(`
        want AS (
          SELECT k.period, k.member_id, p.points
            FROM k
            JOIN period_points p ON p.period = k.period AND p.member_id = k.member_id
            JOIN members m ON m.id = k.member_id
           WHERE p.points > 0 AND m.status = 'active'
             AND (m.role = 'member'
                  OR (SELECT leaderboards_include_staff FROM community_settings WHERE id = 1))),
        gone AS (
          DELETE FROM leaderboard_entries e USING k
           WHERE e.period = k.period AND e.member_id = k.member_id
             AND NOT EXISTS (SELECT 1 FROM want w
                              WHERE w.period = k.period AND w.member_id = k.member_id)
          RETURNING e.period, e.points),
        moved AS (
          INSERT INTO leaderboard_entries AS e (period, member_id, points)
          SELECT period, member_id, points FROM want ORDER BY period, member_id`),
    );
  }
}

/** The function with the given steps for the entries; the counters follow as before. */
const sync = (entries: string) => `
  CREATE OR REPLACE FUNCTION leaderboard_sync(periods text[], member_ids uuid[]) RETURNS void
  LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
  BEGIN
    IF member_ids IS NULL THEN RETURN; END IF;
    PERFORM pg_advisory_xact_lock(1764480000);
    WITH k AS (
      SELECT DISTINCT period, member_id FROM unnest(periods, member_ids) AS k(period, member_id)),
    ${entries.trim()}
      ON CONFLICT (period, member_id) DO UPDATE SET points = EXCLUDED.points
        WHERE e.points <> EXCLUDED.points
      RETURNING e.period, old.points AS was, new.points AS now),
    delta AS (
      SELECT period, points, -1 AS d FROM gone
      UNION ALL SELECT period, was, -1 FROM moved WHERE was IS NOT NULL
      UNION ALL SELECT period, now, 1 FROM moved),
    scored AS (
      INSERT INTO leaderboard_scores AS s (period, points, members)
      SELECT period, points, sum(d) FROM delta GROUP BY period, points HAVING sum(d) <> 0
      ON CONFLICT (period, points) DO UPDATE SET members = s.members + EXCLUDED.members
      RETURNING s.period, s.points, coalesce(old.members, 0) AS was, new.members AS now)
    INSERT INTO leaderboard_blocks AS b (period, block, scores, members)
    SELECT period, points / 256, sum((now > 0)::int - (was > 0)::int), sum(now - was)
      FROM scored GROUP BY 1, 2
    HAVING sum((now > 0)::int - (was > 0)::int) <> 0 OR sum(now - was) <> 0
    ON CONFLICT (period, block) DO UPDATE
      SET scores = b.scores + EXCLUDED.scores, members = b.members + EXCLUDED.members;
  END $$`;
