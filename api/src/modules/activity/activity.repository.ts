import { Injectable } from '@nestjs/common';
import { Db } from '../../core/database/db.js';
import { rowsSql, SqlParams, type CteFragment } from '../../core/database/sql-fragment.js';
import { outboxInsertSql } from '../../core/domain-events/outbox.repository.js';
import type { ActivityRow } from './activity.actions.js';
import type { ActivityKey, NewActivity } from './activity.rules.js';

const ROW = `id::text, member_id AS "memberId", action, subject_type AS "subjectType",
  subject_id AS "subjectId", space_id AS "spaceId", counterpart_id AS "counterpartId",
  occurred_at AS "occurredAt", retracted_at AS "retractedAt", metadata`;

/** The `activity.changed` event of each activity in the statement's `changed` rows. */
const CHANGED = (pendingParam: string) =>
  outboxInsertSql(
    'activity.changed',
    `jsonb_build_object('id', id::text, 'memberId', member_id, 'action', action)`,
    'changed',
    pendingParam,
  );

/** Activities as rows `i` of a statement (see `rowsSql`). */
const activityRows = (p: SqlParams, rows: NewActivity[]) =>
  rowsSql(
    p,
    [
      [rows.map((r) => r.memberId), 'uuid'],
      [rows.map((r) => r.action), 'text'],
      [rows.map((r) => r.subjectType), 'text'],
      [rows.map((r) => r.subjectId), 'text'],
      [rows.map((r) => r.spaceId ?? null), 'uuid'],
      [rows.map((r) => r.counterpartId ?? null), 'uuid'],
      [rows.map((r) => r.occurredAt ?? new Date()), 'timestamptz'],
      [rows.map((r) => JSON.stringify(r.metadata ?? {})), 'jsonb'],
    ],
    'i(member_id, action, subject_type, subject_id, space_id, counterpart_id, occurred_at, metadata)',
  );

/** Activity keys as rows `k` of a statement. */
const keyRows = (p: SqlParams, keys: ActivityKey[]) =>
  rowsSql(
    p,
    [
      [keys.map((k) => k.action), 'text'],
      [keys.map((k) => k.subjectType), 'text'],
      [keys.map((k) => k.subjectId), 'text'],
      [keys.map((k) => k.memberId ?? null), 'uuid'],
      [keys.map((k) => k.counterpartId ?? null), 'uuid'],
    ],
    'k(action, subject_type, subject_id, member_id, counterpart_id)',
  );

export interface VisitSummary {
  memberId: string;
  activeDays: number;
  currentStreak: number;
  bestStreak: number;
  lastVisitDay: string | null;
}

@Injectable()
export class ActivityRepository {
  constructor(private readonly db: Db) {}

  /**
   * Records activities, once each: one already recorded changes nothing, one retracted is
   * recorded again (keeping when it first happened).
   */
  async record(rows: NewActivity[], pending: string[]): Promise<void> {
    if (!rows.length) return;
    const p = new SqlParams();
    const input = activityRows(p, rows);
    await this.db.query(
      `WITH changed AS (
         INSERT INTO member_activity AS a (member_id, action, subject_type, subject_id, space_id,
                                           counterpart_id, occurred_at, metadata)
         SELECT * FROM ${input}
         ON CONFLICT ON CONSTRAINT member_activity_once
           DO UPDATE SET retracted_at = NULL WHERE a.retracted_at IS NOT NULL
         RETURNING a.id, a.member_id, a.action)
       ${CHANGED(p.add(pending))}`,
      p.values,
      { prepare: true },
    );
  }

  /**
   * `record` as part of another statement: `activity_changed` holds the activities it recorded
   * (`activity_announced` their events).
   */
  recordCtes(rows: NewActivity[], pending: string[]): CteFragment {
    if (!rows.length) return () => null;
    return (p, gate) => ({
      gate: 'activity_changed',
      sql: `activity_input AS (
         SELECT * FROM ${activityRows(p, rows)}
          WHERE EXISTS (SELECT 1 FROM ${gate})),
       activity_changed AS (
         INSERT INTO member_activity AS a (member_id, action, subject_type, subject_id, space_id,
                                           counterpart_id, occurred_at, metadata)
         SELECT * FROM activity_input
         ON CONFLICT ON CONSTRAINT member_activity_once
           DO UPDATE SET retracted_at = NULL WHERE a.retracted_at IS NOT NULL
         RETURNING a.id, a.member_id, a.action),
       activity_announced AS (${outboxInsertSql(
         'activity.changed',
         `jsonb_build_object('id', id::text, 'memberId', member_id, 'action', action)`,
         'activity_changed',
         p.add(pending),
       )})`,
    });
  }

  /**
   * `retract` as part of another statement: `activity_retracted` holds the activities it
   * retracted (`activity_retraction_announced` their events).
   */
  retractCtes(keys: ActivityKey[], pending: string[]): CteFragment {
    if (!keys.length) return () => null;
    return (p, gate) => ({
      gate: 'activity_retracted',
      sql: `activity_keys AS (
         SELECT * FROM ${keyRows(p, keys)}
          WHERE EXISTS (SELECT 1 FROM ${gate})),
       activity_retracted AS (
         UPDATE member_activity a SET retracted_at = now()
           FROM activity_keys k
          WHERE a.action = k.action AND a.subject_type = k.subject_type
            AND a.subject_id = k.subject_id
            AND (k.member_id IS NULL OR a.member_id = k.member_id)
            AND (k.counterpart_id IS NULL OR a.counterpart_id = k.counterpart_id)
            AND a.retracted_at IS NULL
         RETURNING a.id, a.member_id, a.action),
       activity_retraction_announced AS (${outboxInsertSql(
         'activity.changed',
         `jsonb_build_object('id', id::text, 'memberId', member_id, 'action', action)`,
         'activity_retracted',
         p.add(pending),
       )})`,
    });
  }

  /** Retracts the activities the keys match that stand. */
  async retract(keys: ActivityKey[], pending: string[]): Promise<void> {
    if (!keys.length) return;
    const p = new SqlParams();
    const k = keyRows(p, keys);
    await this.db.query(
      `WITH changed AS (
         UPDATE member_activity a SET retracted_at = now()
           FROM ${k}
          WHERE a.action = k.action AND a.subject_type = k.subject_type
            AND a.subject_id = k.subject_id
            AND (k.member_id IS NULL OR a.member_id = k.member_id)
            AND (k.counterpart_id IS NULL OR a.counterpart_id = k.counterpart_id)
            AND a.retracted_at IS NULL
         RETURNING a.id, a.member_id, a.action)
       ${CHANGED(p.add(pending))}`,
      p.values,
      { prepare: true },
    );
  }

  /** The standing activities of these members with one of these actions. */
  standing(
    memberIds: readonly string[],
    actions: readonly string[],
  ): Promise<Array<Pick<ActivityRow, 'id' | 'memberId' | 'action'>>> {
    return this.db.query(
      `SELECT id::text, member_id AS "memberId", action FROM member_activity
        WHERE member_id = ANY($1::uuid[]) AND action = ANY($2::text[]) AND retracted_at IS NULL`,
      [[...memberIds], [...actions]],
    );
  }

  /** Standing activities with one of these actions, in the order they were recorded. */
  standingAfter(
    actions: readonly string[],
    afterId: string,
    limit: number,
  ): Promise<ActivityRow[]> {
    return this.db.query(
      `SELECT ${ROW} FROM member_activity
        WHERE action = ANY($1::text[]) AND retracted_at IS NULL AND id > $2::bigint
        ORDER BY id LIMIT $3`,
      [[...actions], afterId, limit],
    );
  }

  /**
   * For the outbox's claim (a ClaimCompanion): the activity of each claimed `activity.changed`
   * row, as it stands once the claim holds its locks. Share-locked by key, so a change committed
   * meanwhile is read (a locking read follows a row to its newest version) without making the
   * requests that change activities wait for the delivery.
   */
  claimedSql(taken: string): string {
    return `SELECT t.id AS outbox_id,
                   jsonb_build_object('id', a.id::text, 'memberId', a.member_id, 'action', a.action,
                     'subjectType', a.subject_type, 'subjectId', a.subject_id,
                     'spaceId', a.space_id, 'counterpartId', a.counterpart_id,
                     'occurredAt', a.occurred_at, 'retractedAt', a.retracted_at,
                     'metadata', a.metadata) AS value
              FROM ${taken} t JOIN member_activity a ON a.id = (t.payload->>'id')::bigint
               FOR KEY SHARE OF a`;
  }

  /** An activity as `claimedSql` gave it. */
  static fromClaim(value: unknown): ActivityRow {
    const v = value as Omit<ActivityRow, 'occurredAt' | 'retractedAt'> & {
      occurredAt: string;
      retractedAt: string | null;
    };
    return {
      ...v,
      occurredAt: new Date(v.occurredAt),
      retractedAt: v.retractedAt === null ? null : new Date(v.retractedAt),
    };
  }

  byIds(ids: readonly string[]): Promise<ActivityRow[]> {
    return this.db.query(
      `SELECT ${ROW} FROM member_activity WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [[...ids]],
      { prepare: true },
    );
  }

  /** A member's standing activities with one of these actions, newest first. */
  recentOf(memberId: string, actions: readonly string[], limit: number): Promise<ActivityRow[]> {
    return this.db.query(
      `SELECT ${ROW} FROM member_activity
        WHERE member_id = $1 AND action = ANY($2::text[]) AND retracted_at IS NULL
        ORDER BY occurred_at DESC, id DESC LIMIT $3`,
      [memberId, [...actions], limit],
    );
  }

  /**
   * Active days and streaks from the visit days that stand: the current streak is the run of
   * consecutive days ending on the last visit.
   */
  visitSummaries(memberIds: readonly string[]): Promise<VisitSummary[]> {
    return this.db.query(
      `WITH v AS (
         SELECT member_id, subject_id::date AS day FROM member_activity
          WHERE action = 'visit_day' AND retracted_at IS NULL AND member_id = ANY($1::uuid[])),
       runs AS (
         SELECT member_id, count(*)::int AS len, max(day) AS last
           FROM (SELECT member_id, day,
                        day - (row_number() OVER (PARTITION BY member_id ORDER BY day))::int AS grp
                   FROM v) x
          GROUP BY member_id, grp)
       SELECT m.id AS "memberId", coalesce(sum(r.len), 0)::int AS "activeDays",
              coalesce(max(r.len) FILTER (WHERE r.last = l.last), 0)::int AS "currentStreak",
              coalesce(max(r.len), 0)::int AS "bestStreak",
              to_char(l.last, 'YYYY-MM-DD') AS "lastVisitDay"
         FROM unnest($1::uuid[]) AS m(id)
         LEFT JOIN runs r ON r.member_id = m.id
         LEFT JOIN LATERAL (SELECT max(last) AS last FROM runs WHERE runs.member_id = m.id) l ON true
        GROUP BY m.id, l.last`,
      [[...memberIds]],
    );
  }
}
