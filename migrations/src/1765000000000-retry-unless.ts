import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `retry_unless(ok)`: fails the statement with serialization_failure (40001) unless `ok`. A
 * statement that writes at once on what was read before it ran (an RSVP) checks with it that
 * what it changed still matched; failed, it changed nothing, and the caller tries again the
 * careful way.
 */
export class RetryUnless1765000000000 implements MigrationInterface {
  name = 'RetryUnless1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION retry_unless(ok boolean) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        IF NOT ok THEN
          RAISE EXCEPTION 'changed meanwhile' USING ERRCODE = 'serialization_failure';
        END IF;
        RETURN true;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION retry_unless(boolean)`);
  }
}
