import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * activity_daily is rebuilt whole from the activity stream by every full recompute, and read
 * only by the computation: writing it to the write-ahead log doubled the cost of a rebuild for
 * nothing the stream does not already keep. Unlogged, a crash (or a failover to a standby)
 * leaves it empty, and the next run, incremental or full, rebuilds it from the stream first.
 *
 * The computation reads it whole or by day ranges. A full rebuild writes it in day order and
 * incremental runs append the last days, so a block range index on the day finds a range of
 * days (from the next full rebuild on) as well as the b-tree on day and action did, for a
 * fraction of its build.
 *
 * activity_daily and engagement_monthly are built beside themselves and swapped in. Dropping a
 * table that references members takes an exclusive lock on members, which waits for every open
 * transaction that read a member and holds up every reader of members behind it. Neither keeps
 * the reference: both are rebuilt from current members by each full run, every reader joins
 * them to current members, and the only members ever removed (refused sign-up requests) have
 * no activity.
 */
export class RebuiltAnalyticsTables1764800000040 implements MigrationInterface {
  name = 'RebuiltAnalyticsTables1764800000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity_daily SET UNLOGGED`);
    await q.query(`DROP INDEX activity_daily_day_idx`);
    await q.query(`CREATE INDEX activity_daily_day_idx ON activity_daily USING brin (day)`);
    await q.query(`ALTER TABLE activity_daily DROP CONSTRAINT activity_daily_member_id_fkey`);
    await q.query(
      `ALTER TABLE engagement_monthly DROP CONSTRAINT engagement_monthly_member_id_fkey`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM engagement_monthly e
                    WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.id = e.member_id)`);
    await q.query(`ALTER TABLE engagement_monthly ADD CONSTRAINT engagement_monthly_member_id_fkey
                     FOREIGN KEY (member_id) REFERENCES members(id) ON DELETE CASCADE`);
    await q.query(`DELETE FROM activity_daily d
                    WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.id = d.member_id)`);
    await q.query(`ALTER TABLE activity_daily ADD CONSTRAINT activity_daily_member_id_fkey
                     FOREIGN KEY (member_id) REFERENCES members(id) ON DELETE CASCADE`);
    await q.query(`DROP INDEX activity_daily_day_idx`);
    await q.query(`CREATE INDEX activity_daily_day_idx ON activity_daily (day, action)`);
    await q.query(`ALTER TABLE activity_daily SET LOGGED`);
  }
}
