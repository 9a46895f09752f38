import { Injectable } from '@nestjs/common';
import type {
  EmailFrequency,
  NotificationChannel,
  NotificationKind,
  NotificationParams,
  NotificationSubjectType,
} from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import { SqlParams, chainCtes, type CteFragment } from '../../core/database/sql-fragment.js';

export interface NotificationRow {
  id: string;
  memberId: string;
  kind: NotificationKind;
  postId: string | null;
  commentId: string | null;
  subjectType: NotificationSubjectType | null;
  subjectId: string | null;
  params: NotificationParams;
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
  /** What it is about, when that is not just its post or comment. */
  subject?: { type: NotificationSubjectType; id: string };
  params?: NotificationParams;
  actorId?: string | null;
  emailPending: boolean;
}

export interface SettingsRow {
  channels: Partial<Record<NotificationKind, NotificationChannel>>;
  emailFrequency: EmailFrequency;
}

/** A member's settings before they change any (each kind on its default channel). */
export const DEFAULT_SETTINGS: SettingsRow = { channels: {}, emailFrequency: 'daily' };

export interface Grouped {
  id: string;
  channel: NotificationChannel;
  emailFrequency: EmailFrequency;
  unreadCount: number;
}

const COLUMNS = `id, member_id AS "memberId", kind, post_id AS "postId", comment_id AS "commentId",
  subject_type AS "subjectType", subject_id AS "subjectId", params, actor_count AS "actorCount", read_at AS "readAt", created_at AS "createdAt",
  updated_at AS "updatedAt"`;

/** The subject columns: given, or else the comment or post it links to. */
const subjectOf = (n: Omit<NewNotification, 'emailPending'>): [string | null, string | null] =>
  n.subject
    ? [n.subject.type, n.subject.id]
    : n.commentId
      ? ['comment', n.commentId]
      : n.postId
        ? ['post', n.postId]
        : [null, null];

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  /** Adds many notifications at once, each unless its member has one with its key; the new ones. */
  async insertMany(
    rows: NewNotification[],
  ): Promise<Array<{ id: string; memberId: string; dedupeKey: string }>> {
    if (!rows.length) return [];
    const made = await this.db.query<Array<{ id: string; memberId: string; dedupeKey: string }>>(
      `INSERT INTO notifications (member_id, kind, dedupe_key, post_id, comment_id, subject_type,
                                  subject_id, params, actor_count, email_pending)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::text[],
                            $7::text[], $8::jsonb[], $9::int[], $10::boolean[])
       ON CONFLICT (member_id, dedupe_key) DO NOTHING
       RETURNING id, member_id AS "memberId", dedupe_key AS "dedupeKey"`,
      [
        rows.map((n) => n.memberId),
        rows.map((n) => n.kind),
        rows.map((n) => n.dedupeKey),
        rows.map((n) => n.postId ?? null),
        rows.map((n) => n.commentId ?? null),
        rows.map((n) => subjectOf(n)[0]),
        rows.map((n) => subjectOf(n)[1]),
        rows.map((n) => JSON.stringify(n.params ?? {})),
        rows.map((n) => (n.actorId ? 1 : 0)),
        rows.map((n) => n.emailPending),
      ],
      { prepare: true },
    );
    const actorOf = new Map(rows.map((n) => [`${n.memberId}|${n.dedupeKey}`, n.actorId]));
    const withActor = made.flatMap((m) => {
      const actor = actorOf.get(`${m.memberId}|${m.dedupeKey}`);
      return actor ? [{ id: m.id, actor }] : [];
    });
    if (withActor.length) {
      await this.db.query(
        `INSERT INTO notification_actors (notification_id, actor_id)
         SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
        [withActor.map((a) => a.id), withActor.map((a) => a.actor)],
        { prepare: true },
      );
    }
    return made;
  }

  /**
   * Adds an actor to the member's grouped notification for this key ("3 people reacted"), in
   * one statement with the member's settings (nothing when they turned the kind off; `channel`
   * when they have not chosen) and, first, `gates` (other modules' conditions: nothing unless
   * each has rows). Once read, the next actor starts a new unread round. Null when nothing was
   * added (the actor already counted, say); otherwise the notification, the channel and mail
   * frequency it went by and the member's unread count with it.
   */
  async group(
    n: Omit<NewNotification, 'emailPending'> & { actorId: string },
    channel: NotificationChannel,
    gates: CteFragment[],
  ): Promise<Grouped | null> {
    const p = new SqlParams([
      n.memberId,
      n.kind,
      n.dedupeKey,
      n.postId ?? null,
      n.commentId ?? null,
      ...subjectOf(n),
      n.params ?? {},
      n.actorId,
      channel,
      DEFAULT_SETTINGS.emailFrequency,
    ]);
    const gated = chainCtes(p, 'ready', gates);
    // clock_timestamp: after waiting for the row lock, so actors are ordered as they were added.
    const [row] = await this.db.query<Grouped[]>(
      `WITH ready AS (SELECT 1)${gated.sql},
       pref AS (
         SELECT coalesce(s.channels->>$2::text, $10::text) AS channel,
                coalesce(s.email_frequency, $11::text) AS email_frequency
           FROM (SELECT 1 FROM ${gated.gate} LIMIT 1) g
           LEFT JOIN notification_settings s ON s.member_id = $1::uuid),
       n AS (
         INSERT INTO notifications AS o (member_id, kind, dedupe_key, post_id, comment_id,
                                         subject_type, subject_id, params, actor_count,
                                         email_pending)
         SELECT $1::uuid, $2::text, $3::text, $4::uuid, $5::uuid, $6::text, $7::text, $8::jsonb,
                1, pref.channel = 'email'
           FROM pref WHERE pref.channel <> 'off'
         ON CONFLICT (member_id, dedupe_key) DO UPDATE SET
           kind = EXCLUDED.kind,
           actor_count = CASE WHEN o.read_at IS NULL THEN o.actor_count + 1 ELSE 1 END,
           read_at = NULL, updated_at = now(),
           email_pending = o.email_pending OR EXCLUDED.email_pending
         WHERE o.read_at IS NOT NULL
            OR NOT EXISTS (SELECT 1 FROM notification_actors x
                            WHERE x.notification_id = o.id AND x.actor_id = $9::uuid)
         RETURNING o.id, old.read_at AS was_read),
       cleared AS (
         DELETE FROM notification_actors a USING n
          WHERE a.notification_id = n.id AND n.was_read IS NOT NULL AND a.actor_id <> $9::uuid),
       added AS (
         INSERT INTO notification_actors (notification_id, actor_id, created_at)
         SELECT id, $9::uuid, clock_timestamp() FROM n
         ON CONFLICT (notification_id, actor_id) DO UPDATE SET created_at = EXCLUDED.created_at)
       SELECT n.id, pref.channel, pref.email_frequency AS "emailFrequency",
              1 + (SELECT count(*)::int FROM notifications u
                    WHERE u.member_id = $1::uuid AND u.read_at IS NULL AND u.id <> n.id)
                AS "unreadCount"
         FROM n, pref`,
      p.values,
      { prepare: true },
    );
    return row ?? null;
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

  async unreadCounts(memberIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<Array<{ memberId: string; n: number }>>(
      `SELECT member_id AS "memberId", count(*)::int AS n FROM notifications
        WHERE member_id = ANY($1::uuid[]) AND read_at IS NULL GROUP BY member_id`,
      [[...memberIds]],
      { prepare: true },
    );
    return new Map(rows.map((r) => [r.memberId, r.n]));
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

  async settings(memberIds: readonly string[]): Promise<Map<string, SettingsRow>> {
    const rows = await this.db.query<Array<SettingsRow & { memberId: string }>>(
      `SELECT member_id AS "memberId", channels, email_frequency AS "emailFrequency"
         FROM notification_settings WHERE member_id = ANY($1::uuid[])`,
      [[...memberIds]],
      { prepare: true },
    );
    return new Map(rows.map(({ memberId, ...s }) => [memberId, s]));
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
   * Notifications for things that happened before notifications existed (the demo data), with
   * their own times, read or not.
   */
  async backfill(
    rows: Array<NewNotification & { at: Date; read: boolean; actorId: string }>,
  ): Promise<void> {
    if (!rows.length) return;
    await this.db.query(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[],
                              $6::uuid[], $7::timestamptz[], $8::boolean[])
           AS i(member_id, kind, dedupe_key, post_id, comment_id, actor_id, at, read)),
       made AS (
         INSERT INTO notifications (member_id, kind, dedupe_key, post_id, comment_id, subject_type,
                                    subject_id, actor_count, read_at, created_at, updated_at)
         SELECT member_id, kind, dedupe_key, post_id, comment_id,
                CASE WHEN comment_id IS NULL THEN 'post' ELSE 'comment' END,
                coalesce(comment_id, post_id)::text, 1, CASE WHEN read THEN at END, at, at
           FROM input
         ON CONFLICT (member_id, dedupe_key) DO NOTHING
         RETURNING id, member_id, dedupe_key)
       INSERT INTO notification_actors (notification_id, actor_id, created_at)
       SELECT made.id, i.actor_id, i.at FROM made
         JOIN input i ON i.member_id = made.member_id AND i.dedupe_key = made.dedupe_key`,
      [
        rows.map((r) => r.memberId),
        rows.map((r) => r.kind),
        rows.map((r) => r.dedupeKey),
        rows.map((r) => r.postId ?? null),
        rows.map((r) => r.commentId ?? null),
        rows.map((r) => r.actorId),
        rows.map((r) => r.at),
        rows.map((r) => r.read),
      ],
    );
  }
}
