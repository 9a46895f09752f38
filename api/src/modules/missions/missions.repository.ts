import { Injectable } from '@nestjs/common';
import type { MissionAction } from '@kizuna/shared';
import { Db } from '../../core/database/db.js';
import type { MissionKind } from './missions.models.js';

export interface StepDef {
  action: MissionAction;
  count: number;
  spaceId: string | null;
}

export interface MissionRow {
  id: string;
  kind: MissionKind;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  steps: StepDef[];
  startsAt: Date | null;
  endsAt: Date | null;
  rewardPoints: number;
  rewardBadgeId: string | null;
  createdBy: string | null;
  archivedAt: Date | null;
  createdAt: Date;
}

export type NewMission = Omit<MissionRow, 'id' | 'archivedAt' | 'createdAt'>;

export interface ProgressRow {
  missionId: string;
  memberId: string;
  /** Per step, in step order. */
  counts: number[];
  completedAt: Date | null;
}

const MISSION = `id, kind, title_ja AS "titleJa", title_en AS "titleEn",
  description_ja AS "descriptionJa", description_en AS "descriptionEn", steps,
  starts_at AS "startsAt", ends_at AS "endsAt", reward_points AS "rewardPoints",
  reward_badge_id AS "rewardBadgeId", created_by AS "createdBy", archived_at AS "archivedAt",
  created_at AS "createdAt"`;
const PROGRESS = `mission_id AS "missionId", member_id AS "memberId", counts,
  completed_at AS "completedAt"`;
/** Open at time $1: the onboarding mission always, timeboxed ones within their window. */
const OPEN = `archived_at IS NULL AND (kind = 'onboarding' OR (
  (starts_at IS NULL OR starts_at <= $1) AND (ends_at IS NULL OR ends_at > $1)))`;

const COLUMN: Record<Exclude<keyof NewMission, 'kind' | 'createdBy'>, string> = {
  titleJa: 'title_ja',
  titleEn: 'title_en',
  descriptionJa: 'description_ja',
  descriptionEn: 'description_en',
  steps: 'steps',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  rewardPoints: 'reward_points',
  rewardBadgeId: 'reward_badge_id',
};

@Injectable()
export class MissionsRepository {
  constructor(private readonly db: Db) {}

  /** Missions open now: onboarding first, then those ending soonest. */
  open(at: Date): Promise<MissionRow[]> {
    return this.db.query(
      `SELECT ${MISSION} FROM missions WHERE ${OPEN}
        ORDER BY kind = 'onboarding' DESC, ends_at NULLS LAST, created_at, id`,
      [at],
    );
  }

  /** Missions open at `at` with a step for this action, in id order (the order progress is locked in). */
  openFor(action: MissionAction, at: Date): Promise<MissionRow[]> {
    return this.db.query(
      `SELECT ${MISSION} FROM missions WHERE ${OPEN} AND steps @> $2::jsonb ORDER BY id`,
      [at, JSON.stringify([{ action }])],
    );
  }

  all(includeArchived: boolean): Promise<MissionRow[]> {
    return this.db.query(
      `SELECT ${MISSION} FROM missions WHERE $1 OR archived_at IS NULL
        ORDER BY archived_at IS NOT NULL, kind = 'onboarding' DESC, starts_at DESC NULLS LAST,
                 created_at DESC, id`,
      [includeArchived],
    );
  }

  async findById(id: string): Promise<MissionRow | null> {
    const rows = await this.db.query<MissionRow[]>(
      `SELECT ${MISSION} FROM missions WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async lock(id: string): Promise<MissionRow | null> {
    const rows = await this.db.query<MissionRow[]>(
      `SELECT ${MISSION} FROM missions WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insert(m: NewMission): Promise<MissionRow> {
    const [row] = await this.db.query<Array<{ id: string }>>(
      `INSERT INTO missions (kind, title_ja, title_en, description_ja, description_en, steps,
                             starts_at, ends_at, reward_points, reward_badge_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11) RETURNING id`,
      [
        m.kind,
        m.titleJa,
        m.titleEn,
        m.descriptionJa,
        m.descriptionEn,
        JSON.stringify(m.steps),
        m.startsAt,
        m.endsAt,
        m.rewardPoints,
        m.rewardBadgeId,
        m.createdBy,
      ],
    );
    return (await this.findById(row.id))!;
  }

  async update(id: string, patch: Partial<Omit<NewMission, 'kind' | 'createdBy'>>): Promise<void> {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<
      [keyof typeof COLUMN, unknown]
    >;
    if (!entries.length) return;
    const sets = entries
      .map(([k], i) => `${COLUMN[k]} = $${i + 2}${k === 'steps' ? '::jsonb' : ''}`)
      .join(', ');
    await this.db.query(`UPDATE missions SET ${sets} WHERE id = $1`, [
      id,
      ...entries.map(([k, v]) => (k === 'steps' ? JSON.stringify(v) : v)),
    ]);
  }

  async archive(id: string): Promise<void> {
    await this.db.query(
      `UPDATE missions SET archived_at = now() WHERE id = $1 AND archived_at IS NULL`,
      [id],
    );
  }

  /** Whether any member has counted anything towards the mission. */
  async started(id: string): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `SELECT 1 FROM mission_sources WHERE mission_id = $1 LIMIT 1`,
      [id],
    );
    return rows.length > 0;
  }

  progressOf(memberId: string, missionIds: readonly string[]): Promise<ProgressRow[]> {
    return this.db.query(
      `SELECT ${PROGRESS} FROM mission_progress
        WHERE member_id = $1 AND mission_id = ANY($2::uuid[])`,
      [memberId, [...missionIds]],
    );
  }

  /** The member's progress on a mission (made on first use), locked: one change at a time. */
  async lockProgress(missionId: string, memberId: string): Promise<ProgressRow> {
    await this.db.query(
      `INSERT INTO mission_progress (mission_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [missionId, memberId],
    );
    const [row] = await this.db.query<ProgressRow[]>(
      `SELECT ${PROGRESS} FROM mission_progress WHERE mission_id = $1 AND member_id = $2
          FOR UPDATE`,
      [missionId, memberId],
    );
    return row;
  }

  /** Records that `source` counted for a step; false when it already had (a retried event). */
  async countSource(
    missionId: string,
    memberId: string,
    step: number,
    source: string,
  ): Promise<boolean> {
    const rows = await this.db.query<unknown[]>(
      `INSERT INTO mission_sources (mission_id, member_id, step, source) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [missionId, memberId, step, source],
    );
    return rows.length > 0;
  }

  /**
   * Takes an undone action (a deleted post, a removed reaction) out of the missions it counted
   * towards and that are not completed yet; returns which missions changed.
   */
  async retractSource(memberId: string, source: string): Promise<string[]> {
    const rows = await this.db.query<Array<{ missionId: string }>>(
      `WITH gone AS (
         DELETE FROM mission_sources s USING mission_progress p
          WHERE s.member_id = $1 AND s.source = $2 AND p.mission_id = s.mission_id
            AND p.member_id = s.member_id AND p.completed_at IS NULL
         RETURNING s.mission_id, s.step)
       UPDATE mission_progress p
          SET counts = jsonb_set(p.counts, ARRAY[g.step::text],
                to_jsonb(greatest(0, coalesce((p.counts ->> g.step)::int, 0) - 1))),
              updated_at = now()
         FROM gone g
        WHERE p.mission_id = g.mission_id AND p.member_id = $1
       RETURNING p.mission_id AS "missionId"`,
      [memberId, source],
    );
    return [...new Set(rows.map((r) => r.missionId))];
  }

  async saveCounts(missionId: string, memberId: string, counts: number[]): Promise<void> {
    await this.db.query(
      `UPDATE mission_progress SET counts = $3::jsonb, updated_at = now()
        WHERE mission_id = $1 AND member_id = $2`,
      [missionId, memberId, JSON.stringify(counts)],
    );
  }

  /** Marks the mission completed for the member; false when it already was. */
  async complete(missionId: string, memberId: string): Promise<Date | null> {
    const rows = await this.db.query<Array<{ completedAt: Date }>>(
      `UPDATE mission_progress SET completed_at = now(), updated_at = now()
        WHERE mission_id = $1 AND member_id = $2 AND completed_at IS NULL
       RETURNING completed_at AS "completedAt"`,
      [missionId, memberId],
    );
    return rows[0]?.completedAt ?? null;
  }

  async completedCounts(missionIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<Array<{ missionId: string; n: number }>>(
      `SELECT mission_id AS "missionId", count(*)::int AS n FROM mission_progress
        WHERE mission_id = ANY($1::uuid[]) AND completed_at IS NOT NULL GROUP BY mission_id`,
      [[...missionIds]],
    );
    return new Map(rows.map((r) => [r.missionId, r.n]));
  }
}
