import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What happens around an event once it is set: reminders 24 hours and 1 hour before, the
 * follow-up half an hour after it ends, no-shows once check-in closes (each stamped on the event
 * by the statement that claims it, so two instances never do it twice), and seats offered from
 * the waitlist for a claim window (`offered`: the seat is held until `offered_until`).
 */
export class EventFollowups1764500000002 implements MigrationInterface {
  name = 'EventFollowups1764500000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE events
        ADD COLUMN reminded_24h_at timestamptz,
        ADD COLUMN reminded_1h_at timestamptz,
        ADD COLUMN followed_up_at timestamptz,
        ADD COLUMN no_shows_at timestamptz`);
    // What was due before this existed is not sent late: events already under way or over.
    await q.query(
      `UPDATE events SET reminded_24h_at = now(), reminded_1h_at = now(),
              followed_up_at = CASE WHEN ends_at <= now() THEN now() END,
              no_shows_at = CASE WHEN ends_at <= now() THEN now() END
        WHERE starts_at <= now()`,
    );
    await q.query(
      `CREATE INDEX events_awaiting_followups ON events (starts_at)
        WHERE status = 'published' AND no_shows_at IS NULL`,
    );
    await q.query(`ALTER TABLE event_rsvps DROP CONSTRAINT event_rsvps_status_check`);
    await q.query(`
      ALTER TABLE event_rsvps
        ADD COLUMN offered_until timestamptz,
        ADD CONSTRAINT event_rsvps_status_check
          CHECK (status IN ('going', 'offered', 'waitlisted', 'interested', 'not_going')),
        ADD CONSTRAINT event_rsvps_offer_check
          CHECK ((status = 'offered') = (offered_until IS NOT NULL))`);
    await q.query(
      `CREATE INDEX event_rsvps_offers ON event_rsvps (offered_until) WHERE status = 'offered'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE event_rsvps SET status = 'going' WHERE status = 'offered'`);
    await q.query(`DROP INDEX event_rsvps_offers`);
    await q.query(`
      ALTER TABLE event_rsvps
        DROP CONSTRAINT event_rsvps_offer_check,
        DROP CONSTRAINT event_rsvps_status_check,
        DROP COLUMN offered_until,
        ADD CONSTRAINT event_rsvps_status_check
          CHECK (status IN ('going', 'waitlisted', 'interested', 'not_going'))`);
    await q.query(`DROP INDEX events_awaiting_followups`);
    await q.query(`
      ALTER TABLE events
        DROP COLUMN reminded_24h_at,
        DROP COLUMN reminded_1h_at,
        DROP COLUMN followed_up_at,
        DROP COLUMN no_shows_at`);
  }
}
