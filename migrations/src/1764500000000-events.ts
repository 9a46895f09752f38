import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events and their RSVPs. `seats_taken` (going members and their guests) and `waitlist_count`
 * are kept with every RSVP under the event's row lock, so capacity holds under concurrent
 * requests; `queue_order` is the arrival order on the waitlist.
 */
export class Events1764500000000 implements MigrationInterface {
  name = 'Events1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_id uuid REFERENCES spaces(id),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        description_html text NOT NULL DEFAULT '',
        kind text NOT NULL CHECK (kind IN ('in_person', 'online', 'hybrid')),
        venue_name text,
        venue_address text,
        map_url text,
        join_url text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL,
        rsvp_deadline timestamptz,
        capacity integer CHECK (capacity >= 0),
        guests_allowed integer NOT NULL DEFAULT 0 CHECK (guests_allowed >= 0),
        min_rank_position integer,
        roles text[],
        claim_hours integer CHECK (claim_hours > 0),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
        seats_taken integer NOT NULL DEFAULT 0 CHECK (seats_taken >= 0),
        waitlist_count integer NOT NULL DEFAULT 0 CHECK (waitlist_count >= 0),
        created_by uuid NOT NULL REFERENCES members(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK (rsvp_deadline IS NULL OR rsvp_deadline <= starts_at)
      )`);
    await q.query(`CREATE INDEX events_by_start ON events (starts_at, id)`);
    await q.query(`CREATE SEQUENCE event_rsvp_queue`);
    await q.query(`
      CREATE TABLE event_rsvps (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES members(id),
        status text NOT NULL CHECK (status IN ('going', 'waitlisted', 'interested', 'not_going')),
        guests integer NOT NULL DEFAULT 0 CHECK (guests >= 0),
        queue_order bigint,
        responded_at timestamptz NOT NULL DEFAULT now(),
        promoted_at timestamptz,
        ticket_code text NOT NULL,
        checked_in_at timestamptz,
        checked_in_by uuid REFERENCES members(id),
        check_in_undone_at timestamptz,
        check_in_undo_reason text,
        PRIMARY KEY (event_id, member_id),
        UNIQUE (event_id, ticket_code),
        CHECK (status <> 'waitlisted' OR queue_order IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX event_rsvps_waitlist ON event_rsvps (event_id, queue_order)
         WHERE status = 'waitlisted'`,
    );
    await q.query(`CREATE INDEX event_rsvps_by_member ON event_rsvps (member_id, status)`);
    await q.query(
      `INSERT INTO point_rules (key, points, daily_cap, once, position)
       VALUES ('event_rsvped', 0, NULL, false, 8), ('event_attended', 30, NULL, false, 9)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM point_rules WHERE key IN ('event_rsvped', 'event_attended')`);
    await q.query(`DROP TABLE event_rsvps`);
    await q.query(`DROP SEQUENCE event_rsvp_queue`);
    await q.query(`DROP TABLE events`);
  }
}
