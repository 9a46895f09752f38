import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A survey for an event's attendees asks the members checked in at it. The activity module
 * offers them as the view activity_event_attendance (its interface for set-based SQL, as in
 * module-read-views): standing `event_attended` activities, one row per member and event. The
 * stream's unique key (action, subject_type, subject_id, …) already makes one event's rows an
 * index range.
 */
export class SurveyAudienceViews1764700000005 implements MigrationInterface {
  name = 'SurveyAudienceViews1764700000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE VIEW activity_event_attendance AS
         SELECT subject_id AS event_id, member_id FROM member_activity
          WHERE action = 'event_attended' AND subject_type = 'event' AND retracted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW activity_event_attendance`);
  }
}
