import type { MigrationInterface, QueryRunner } from 'typeorm';

// key, name ja, name en, description ja, description en, icon, threshold
const BADGES: Array<[string, string, string, string, string, string, number]> = [
  [
    'first-event',
    'はじめてのイベント参加',
    'First event',
    'はじめてイベントに参加しました',
    'Checked in at a first event',
    '🎟️',
    1,
  ],
  [
    'events-5',
    'イベント常連',
    'Regular',
    '5回のイベントに参加しました',
    'Checked in at 5 events',
    '🗓️',
    5,
  ],
  [
    'events-10',
    'イベントマスター',
    'Event master',
    '10回のイベントに参加しました',
    'Checked in at 10 events',
    '👑',
    10,
  ],
];

const CRITERIA = [
  'first_post',
  'posts',
  'best_answers',
  'reactions_received',
  'streak',
  'member_since',
  'manual',
];

const criteria = (list: string[]) => list.map((c) => `'${c}'`).join(', ');

/**
 * Attendance badges: member_stats counts the events a member was checked in at (as its other
 * counters, through member_stats_activities), and three badges follow that count. Members who
 * attended before earn them through the `badges.backfill` job, asked for through the outbox.
 */
export class AttendanceBadges1764500000030 implements MigrationInterface {
  name = 'AttendanceBadges1764500000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member_stats ADD COLUMN events_attended integer NOT NULL DEFAULT 0`);
    await q.query(`
      INSERT INTO member_stats_activities (activity_id, member_id)
      SELECT id, member_id FROM member_activity
       WHERE action = 'event_attended' AND retracted_at IS NULL
      ON CONFLICT DO NOTHING`);
    await q.query(`
      INSERT INTO member_stats AS s (member_id, events_attended)
      SELECT member_id, count(*)::int FROM member_activity
       WHERE action = 'event_attended' AND retracted_at IS NULL
       GROUP BY member_id
      ON CONFLICT (member_id) DO UPDATE SET events_attended = EXCLUDED.events_attended`);

    await q.query(`ALTER TABLE badges DROP CONSTRAINT badges_criterion_check`);
    await q.query(
      `ALTER TABLE badges ADD CONSTRAINT badges_criterion_check
         CHECK (criterion IN (${criteria([...CRITERIA, 'events_attended'])}))`,
    );

    for (const [key, nameJa, nameEn, descJa, descEn, icon, threshold] of BADGES) {
      await q.query(
        `INSERT INTO badges (key, name_ja, name_en, description_ja, description_en, icon, criterion,
                             threshold, position)
         VALUES ($1, $2, $3, $4, $5, $6, 'events_attended', $7,
                 (SELECT coalesce(max(position), -1) + 1 FROM badges))
         ON CONFLICT (key) DO NOTHING`,
        [key, nameJa, nameEn, descJa, descEn, icon, threshold],
      );
    }
    await q.query(
      `INSERT INTO outbox (event, payload, consumers, pending)
       SELECT 'job.requested',
              jsonb_build_object('name', 'badges.backfill',
                                 'data', jsonb_build_object('badgeId', id)),
              '{jobs}', '{jobs}'
         FROM badges WHERE key = ANY($1) ORDER BY position`,
      [BADGES.map((b) => b[0])],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM badges WHERE criterion = 'events_attended'`);
    await q.query(`ALTER TABLE badges DROP CONSTRAINT badges_criterion_check`);
    await q.query(
      `ALTER TABLE badges ADD CONSTRAINT badges_criterion_check
         CHECK (criterion IN (${criteria(CRITERIA)}))`,
    );
    await q.query(`
      DELETE FROM member_stats_activities c USING member_activity a
       WHERE a.id = c.activity_id AND a.action = 'event_attended'`);
    await q.query(`ALTER TABLE member_stats DROP COLUMN events_attended`);
  }
}
