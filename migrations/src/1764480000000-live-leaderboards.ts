import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leaderboards kept up to date as points move, instead of snapshots rebuilt every minute.
 *
 * `leaderboard_entries` holds, per period_points period ('all', 'week:2026-11-30',
 * 'month:2026-12'), the points of each member shown on boards (active, and staff only when the
 * community includes them); `leaderboard_scores` how many of them hold each score, and
 * `leaderboard_blocks` the same per block of 256 scores. A dense rank is 1 + the number of held
 * scores above, counted at read time, so a member reaching a new top score writes their entry
 * and a few counters, not the rank of everyone below.
 *
 * Triggers keep both in the same transaction as whatever changes their inputs: period_points
 * (awards, reversals, adjustments, rewards, however the points module writes them), a member's
 * status or role, and the community's "show staff on leaderboards" setting.
 */
export class LiveLeaderboards1764480000000 implements MigrationInterface {
  name = 'LiveLeaderboards1764480000000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of ['leaderboard_refreshes', 'leaderboard_ranks', 'leaderboard_entries'])
      await q.query(`DROP TABLE ${t}`);
    await q.query(`
      CREATE TABLE leaderboard_entries (
        period text NOT NULL,
        member_id uuid NOT NULL,
        points integer NOT NULL CHECK (points > 0),
        PRIMARY KEY (period, member_id)
      )`);
    // No foreign key to members: a removed member's period_points go by cascade, and the
    // trigger on those takes the entries off with the score counters.
    // Board order: most points first, then member id; (-points, member_id) makes it one range.
    await q.query(
      `CREATE INDEX leaderboard_entries_order_idx ON leaderboard_entries (period, (-points), member_id)`,
    );
    await q.query(`
      CREATE TABLE leaderboard_scores (
        period text NOT NULL,
        points integer NOT NULL,
        members integer NOT NULL,
        PRIMARY KEY (period, points)
      )`);
    // Held scores (members > 0) in this index alone: a rank counts those above within its block.
    await q.query(
      `CREATE INDEX leaderboard_scores_held_idx ON leaderboard_scores (period, points)
         WHERE members > 0`,
    );
    // Per block of 256 scores (points / 256): how many are held and by how many members, so a
    // rank adds up the blocks above (a few dozen rows) and the scores above in its own block.
    await q.query(`
      CREATE TABLE leaderboard_blocks (
        period text NOT NULL,
        block integer NOT NULL,
        scores integer NOT NULL,
        members integer NOT NULL,
        PRIMARY KEY (period, block)
      )`);

    // Brings the entries of the given (period, member) pairs in line with period_points, the
    // members and the setting, and the counters with the entries. The counters are shared
    // by everyone: one lock per transaction (an advisory one, any fixed number) makes their
    // writers take turns, which no order of row locks could do without deadlocks, as one
    // statement can fire two syncs (an upsert's inserted and updated rows).
    await q.query(`
      CREATE FUNCTION leaderboard_sync(periods text[], member_ids uuid[]) RETURNS void
      LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $$
      BEGIN
        IF member_ids IS NULL THEN RETURN; END IF;
        PERFORM pg_advisory_xact_lock(1764480000);
        WITH k AS (
          SELECT DISTINCT period, member_id FROM unnest(periods, member_ids) AS k(period, member_id)),
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
          SELECT period, member_id, points FROM want ORDER BY period, member_id
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
      END $$`);

    await q.query(`
      CREATE FUNCTION leaderboard_points_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM leaderboard_sync(array_agg(period), array_agg(member_id)) FROM changed;
        RETURN NULL;
      END $$`);
    for (const [op, ref] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ])
      await q.query(
        `CREATE TRIGGER period_points_leaderboard_${op.toLowerCase()}
           AFTER ${op} ON period_points REFERENCING ${ref} TABLE AS changed
           FOR EACH STATEMENT EXECUTE FUNCTION leaderboard_points_changed()`,
      );

    // Points change with the members' member_stats rows locked (the points module's rule); a
    // status, role or setting change takes the same locks before it syncs, so that the two run
    // one after the other and the later sees what the earlier wrote.
    await q.query(`
      CREATE FUNCTION leaderboard_member_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM member_stats WHERE member_id = NEW.id FOR UPDATE;
        PERFORM leaderboard_sync(array_agg(period), array_agg(member_id))
           FROM period_points WHERE member_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER members_leaderboard AFTER UPDATE OF status, role ON members FOR EACH ROW
         WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.role IS DISTINCT FROM NEW.role)
         EXECUTE FUNCTION leaderboard_member_changed()`,
    );

    await q.query(`
      CREATE FUNCTION leaderboard_staff_setting_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM member_stats s JOIN members m ON m.id = s.member_id
         WHERE m.role <> 'member' ORDER BY s.member_id FOR UPDATE OF s;
        PERFORM leaderboard_sync(array_agg(p.period), array_agg(p.member_id))
           FROM period_points p JOIN members m ON m.id = p.member_id WHERE m.role <> 'member';
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER community_settings_leaderboard
         AFTER UPDATE OF leaderboards_include_staff ON community_settings FOR EACH ROW
         WHEN (OLD.leaderboards_include_staff IS DISTINCT FROM NEW.leaderboards_include_staff)
         EXECUTE FUNCTION leaderboard_staff_setting_changed()`,
    );

    await q.query(`
      INSERT INTO leaderboard_entries (period, member_id, points)
      SELECT p.period, p.member_id, p.points
        FROM period_points p JOIN members m ON m.id = p.member_id
       WHERE p.points > 0 AND m.status = 'active'
         AND (m.role = 'member'
              OR (SELECT leaderboards_include_staff FROM community_settings WHERE id = 1))`);
    await q.query(`
      INSERT INTO leaderboard_scores (period, points, members)
      SELECT period, points, count(*) FROM leaderboard_entries GROUP BY period, points`);
    await q.query(`
      INSERT INTO leaderboard_blocks (period, block, scores, members)
      SELECT period, points / 256, count(*), sum(members) FROM leaderboard_scores
       GROUP BY period, points / 256`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER community_settings_leaderboard ON community_settings`);
    await q.query(`DROP TRIGGER members_leaderboard ON members`);
    for (const op of ['insert', 'update', 'delete'])
      await q.query(`DROP TRIGGER period_points_leaderboard_${op} ON period_points`);
    for (const f of [
      'leaderboard_staff_setting_changed()',
      'leaderboard_member_changed()',
      'leaderboard_points_changed()',
      'leaderboard_sync(text[], uuid[])',
    ])
      await q.query(`DROP FUNCTION ${f}`);
    await q.query(`DROP TABLE leaderboard_blocks`);
    await q.query(`DROP TABLE leaderboard_scores`);
    await q.query(`DROP TABLE leaderboard_entries`);
    // The snapshot tables as they were; the refresh job of that version fills them.
    await q.query(`
      CREATE TABLE leaderboard_entries (
        period text NOT NULL CHECK (period IN ('week', 'month', 'all')),
        member_id uuid NOT NULL,
        points integer NOT NULL CHECK (points > 0),
        PRIMARY KEY (period, member_id)
      )`);
    await q.query(
      `CREATE INDEX leaderboard_entries_order_idx ON leaderboard_entries (period, (-points), member_id)`,
    );
    await q.query(`
      CREATE TABLE leaderboard_ranks (
        period text NOT NULL CHECK (period IN ('week', 'month', 'all')),
        points integer NOT NULL,
        rank integer NOT NULL CHECK (rank > 0),
        PRIMARY KEY (period, points)
      )`);
    await q.query(`
      CREATE TABLE leaderboard_refreshes (
        period text PRIMARY KEY CHECK (period IN ('week', 'month', 'all')),
        source text NOT NULL,
        member_count integer NOT NULL,
        refreshed_at timestamptz NOT NULL
      )`);
  }
}
