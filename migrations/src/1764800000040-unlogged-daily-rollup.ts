import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * activity_daily is rebuilt whole from the activity stream by every full recompute, and read
 * only by the computation: writing it to the write-ahead log doubled the cost of a rebuild for
 * nothing the stream does not already keep. Unlogged, a crash (or a failover to a standby) leaves
 * it empty, and the next run, incremental or full, rebuilds it from the stream first.
 * The computation reads it whole or by day ranges; the action in its index only slowed the
 * index's build.
 */
export class UnloggedDailyRollup1764800000040 implements MigrationInterface {
  name = 'UnloggedDailyRollup1764800000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity_daily SET UNLOGGED`);
    await q.query(`DROP INDEX activity_daily_day_idx`);
    await q.query(`CREATE INDEX activity_daily_day_idx ON activity_daily (day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX activity_daily_day_idx`);
    await q.query(`CREATE INDEX activity_daily_day_idx ON activity_daily (day, action)`);
    await q.query(`ALTER TABLE activity_daily SET LOGGED`);
  }
}
