import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['spaces', 'reaction_kinds', 'ranks', 'point_rules', 'community_settings'];

/**
 * Tables the api keeps in memory (rarely changed, read by almost every request): any change to
 * one, by any statement, notifies `kizuna_read_cache` with the table's name when it commits, so
 * every instance drops what it holds of it.
 */
export class ReadCacheTables1764410000000 implements MigrationInterface {
  name = 'ReadCacheTables1764410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION read_cache_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('kizuna_read_cache', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const t of TABLES)
      await q.query(
        `CREATE TRIGGER ${t}_read_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${t}
           FOR EACH STATEMENT EXECUTE FUNCTION read_cache_changed()`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) await q.query(`DROP TRIGGER ${t}_read_cache ON ${t}`);
    await q.query(`DROP FUNCTION read_cache_changed()`);
  }
}
