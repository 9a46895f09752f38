import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['badges', 'missions'];

/**
 * Badge definitions and missions join the tables the api keeps in memory (every activity is
 * judged against them): a change notifies `kizuna_read_cache` when it commits, as for the others.
 */
export class ReadCacheRules1764440000000 implements MigrationInterface {
  name = 'ReadCacheRules1764440000000';

  async up(q: QueryRunner): Promise<void> {
    for (const t of TABLES)
      await q.query(
        `CREATE TRIGGER ${t}_read_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${t}
           FOR EACH STATEMENT EXECUTE FUNCTION read_cache_changed()`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of TABLES) await q.query(`DROP TRIGGER ${t}_read_cache ON ${t}`);
  }
}
