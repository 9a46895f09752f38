import { Injectable } from '@nestjs/common';
import type { EmailFrequency, NotificationChannel, NotificationKind } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';

export interface NotificationRow {
  id: string;
  memberId: string;
  kind: NotificationKind;
  postId: string | null;
  commentId: string | null;
  data: { message?: string; years?: number; rank?: number };
  actorCount: number;
  readAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewNotification {
  memberId: string;
  kind: NotificationKind;
  dedupeKey: string;
  postId?: string | null;
  commentId?: string | null;
  data?: NotificationRow['data'];
  actorId?: string | null;
  emailPending: boolean;
}

export interface SettingsRow {
  channels: Partial<Record<NotificationKind, NotificationChannel>>;
  emailFrequency: EmailFrequency;
}

const COLUMNS = `id, member_id AS "memberId", kind, post_id AS "postId", comment_id AS "commentId",
  data, actor_count AS "actorCount", read_at AS "readAt", created_at AS "createdAt",
  updated_at AS "updatedAt"`;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  /** Adds a notification unless the member already has one with this key; null when so. */
  async insert(n: NewNotification): Promise<string | null> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `INSERT INTO notifications
         (member_id, kind, dedupe_key, post_id, comment_id, data, actor_count, email_pending)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (member_id, dedupe_key) DO NOTHING RETURNING id`,
      [
        n.memberId,
        n.kind,
        n.dedupeKey,
        n.postId ?? null,
        n.commentId ?? null,
        n.data ?? {},
        n.actorId ? 1 : 0,
        n.emailPending,
      ],
    );
    const id = rows[0]?.id ?? null;
    if (id && n.actorId) {
      await this.db.query(
        `INSERT INTO notification_actors (notification_id, actor_id) VALUES ($1, $2)`,
        [id, n.actorId],
      );
    }
    return id;
  }

  /**
   * Adds an actor to the member's grouped notification for this key ("3 people reacted"). Once
   * read, the next actor starts a new unread round. Null when the actor was already counted.
   */
  async group(n: NewNotification & { actorId: string }): Promise<string | null> {
    const [row] = await this.db.query<Array<{ id: string; readAt: Date | null }>>(
      `INSERT INTO notifications (member_id, kind, dedupe_key, post_id, comment_id, data)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (member_id, dedupe_key) DO UPDATE SET kind = EXCLUDED.kind
       RETURNING id, read_at AS "readAt"`,
      [n.memberId, n.kind, n.dedupeKey, n.postId ?? null, n.commentId ?? null, n.data ?? {}],
    );
    if (row.readAt) {
      await this.db.query(`DELETE FROM notification_actors WHERE notification_id = $1`, [row.id]);
    }
    // clock_timestamp: after waiting for the row lock, so actors are ordered as they were added.
    const added = await this.db.query<unknown[]>(
      `INSERT INTO notification_actors (notification_id, actor_id, created_at)
       VALUES ($1, $2, clock_timestamp())
       ON CONFLICT DO NOTHING RETURNING 1`,
      [row.id, n.actorId],
    );
    if (!added.length) return null;
    await this.db.query(
      `UPDATE notifications SET
         actor_count = (SELECT count(*) FROM notification_actors WHERE notification_id = $1),
         read_at = NULL, updated_at = now(), email_pending = email_pending OR $2
       WHERE id = $1`,
      [row.id, n.emailPending],
    );
    return row.id;
  }

  list(
    memberId: string,
    first: number,
    after: string[] | null,
    unreadOnly: boolean,
  ): Promise<NotificationRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM notifications
        WHERE member_id = $1 AND (NOT $2 OR read_at IS NULL)
          AND ($3::timestamptz IS NULL OR (updated_at, id) < ($3, $4::uuid))
        ORDER BY updated_at DESC, id DESC LIMIT $5`,
      [memberId, unreadOnly, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
  }

  async findById(id: string): Promise<NotificationRow | null> {
    const rows = await this.db.query<NotificationRow[]>(
      `SELECT ${COLUMNS} FROM notifications WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async unreadCount(memberId: string): Promise<number> {
    const [row] = await this.db.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM notifications WHERE member_id = $1 AND read_at IS NULL`,
      [memberId],
    );
    return row.n;
  }

  async markRead(memberId: string, ids: string[] | null): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET read_at = now()
        WHERE member_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2))`,
      [memberId, ids],
    );
  }

  /** The newest actors of each notification, at most `per` each. */
  actors(
    ids: readonly string[],
    per: number,
  ): Promise<Array<{ notificationId: string; actorId: string }>> {
    return this.db.query(
      `SELECT notification_id AS "notificationId", actor_id AS "actorId" FROM (
         SELECT notification_id, actor_id, created_at,
                row_number() OVER (PARTITION BY notification_id ORDER BY created_at DESC, actor_id) AS n
           FROM notification_actors WHERE notification_id = ANY($1::uuid[])) a
        WHERE n <= $2 ORDER BY created_at DESC, actor_id`,
      [[...ids], per],
    );
  }

  async settings(memberId: string): Promise<SettingsRow | null> {
    const rows = await this.db.query<SettingsRow[]>(
      `SELECT channels, email_frequency AS "emailFrequency" FROM notification_settings
        WHERE member_id = $1`,
      [memberId],
    );
    return rows[0] ?? null;
  }

  async saveSettings(memberId: string, s: SettingsRow): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_settings (member_id, channels, email_frequency) VALUES ($1, $2, $3)
       ON CONFLICT (member_id) DO UPDATE
         SET channels = EXCLUDED.channels, email_frequency = EXCLUDED.email_frequency,
             updated_at = now()`,
      [memberId, s.channels, s.emailFrequency],
    );
  }

  /** Takes a notification's pending mail; only one caller can, so it is sent once. */
  async claimEmail(id: string): Promise<NotificationRow | null> {
    const rows = await this.db.query<NotificationRow[]>(
      `UPDATE notifications SET email_pending = false, emailed_at = now()
        WHERE id = $1 AND email_pending RETURNING ${COLUMNS}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Members on the daily digest with mail waiting and no digest in the last day. */
  async dueForDigest(limit: number): Promise<string[]> {
    const rows = await this.db.query<Array<{ id: string }>>(
      `SELECT DISTINCT n.member_id AS id FROM notifications n
         LEFT JOIN notification_settings s ON s.member_id = n.member_id
        WHERE n.email_pending AND coalesce(s.email_frequency, 'daily') = 'daily'
          AND (s.last_digest_at IS NULL OR s.last_digest_at < now() - interval '23 hours')
        LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  async claimDigest(memberId: string): Promise<NotificationRow[]> {
    await this.db.query(
      `INSERT INTO notification_settings (member_id, last_digest_at) VALUES ($1, now())
       ON CONFLICT (member_id) DO UPDATE SET last_digest_at = now()`,
      [memberId],
    );
    return this.db.query(
      `UPDATE notifications SET email_pending = false, emailed_at = now()
        WHERE member_id = $1 AND email_pending RETURNING ${COLUMNS}`,
      [memberId],
    );
  }

  /**
   * Notifies every active member whose join date is today in their own time zone (28 February
   * for 29 February outside leap years), once per year through the dedupe key.
   */
  anniversaries(
    now: Date,
  ): Promise<Array<{ id: string; memberId: string; emailPending: boolean }>> {
    return this.db.query(
      `WITH due AS (
         SELECT m.id AS member_id,
                extract(year FROM $1::timestamptz AT TIME ZONE m.timezone)::int AS this_year,
                (extract(year FROM $1::timestamptz AT TIME ZONE m.timezone)
                  - extract(year FROM m.joined_at AT TIME ZONE m.timezone))::int AS years,
                coalesce(s.channels ->> 'anniversary', 'in_app') AS channel
           FROM members m LEFT JOIN notification_settings s ON s.member_id = m.id
          WHERE m.status = 'active'
            AND m.joined_at <= $1::timestamptz - interval '1 year' + interval '1 day'
            AND (to_char(m.joined_at AT TIME ZONE m.timezone, 'MM-DD')
                   = to_char($1::timestamptz AT TIME ZONE m.timezone, 'MM-DD')
              OR (to_char(m.joined_at AT TIME ZONE m.timezone, 'MM-DD') = '02-29'
                  AND to_char($1::timestamptz AT TIME ZONE m.timezone, 'MM-DD') = '02-28'
                  AND to_char(($1::timestamptz AT TIME ZONE m.timezone) + interval '1 day', 'MM-DD') = '03-01'))
       )
       INSERT INTO notifications (member_id, kind, dedupe_key, data, email_pending)
       SELECT member_id, 'anniversary', 'anniversary:' || this_year,
              jsonb_build_object('years', years), channel = 'email'
         FROM due WHERE years >= 1 AND channel <> 'off'
       ON CONFLICT (member_id, dedupe_key) DO NOTHING
       RETURNING id, member_id AS "memberId", email_pending AS "emailPending"`,
      [now],
    );
  }

  /**
   * Reply notifications for comments written before notifications existed (the demo data),
   * those older than `readBefore` already read.
   */
  async backfillReplies(readBefore: Date): Promise<void> {
    await this.db.query(
      `WITH made AS (
         INSERT INTO notifications (member_id, kind, dedupe_key, post_id, comment_id, actor_count,
                                    read_at, created_at, updated_at)
         SELECT p.author_id, 'reply_to_post', 'comment:' || c.id, p.id, c.id, 1,
                CASE WHEN c.created_at < $1 THEN c.created_at END, c.created_at, c.created_at
           FROM comments c JOIN posts p ON p.id = c.post_id
          WHERE c.author_id <> p.author_id AND c.deleted_at IS NULL AND p.deleted_at IS NULL
         ON CONFLICT (member_id, dedupe_key) DO NOTHING
         RETURNING id, comment_id, created_at)
       INSERT INTO notification_actors (notification_id, actor_id, created_at)
       SELECT made.id, c.author_id, made.created_at FROM made JOIN comments c ON c.id = made.comment_id`,
      [readBefore],
    );
  }

  async rankOf(memberId: string): Promise<number> {
    const rows = await this.db.query<Array<{ rank: number }>>(
      `SELECT rank_position AS rank FROM member_stats WHERE member_id = $1`,
      [memberId],
    );
    return rows[0]?.rank ?? 1;
  }
}
